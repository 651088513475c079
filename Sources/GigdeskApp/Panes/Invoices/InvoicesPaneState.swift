import GigdeskCore
import GigdeskStore
import TermUI

/// The Invoices pane: sort, filters, selection, and the page of rows in view
/// (loaded by `InvoiceListLoader` before each frame; never the whole table).
public struct InvoicesPaneState: Sendable, Equatable {
    public var sort = InvoiceSort(column: .issueDate, ascending: false)
    /// Cycled with `f`: nil shows every status.
    public var statusFilter: InvoiceQuery.StatusFilter?
    /// The `/` text filter on number and client name.
    public var text = TextInputState()
    public var isEditingText = false
    public var scroll = ScrollState()
    /// The rows loaded for the view, starting at `pageOffset`.
    public var page: [InvoiceRow] = []
    public var pageOffset = 0
    /// The invoice open in the detail view, with its change history.
    public var detail: InvoiceDetail?
    /// Set when the last load failed; shown instead of the table.
    public var loadError: String?
    /// A form over the list (new or edited invoice, new client, payment).
    public var form: PaneForm?
    /// The clients view, when open: one line per client.
    public var clients: [String]?
    public var clientScroll = ScrollState()

    /// True while a text field (filter or form) has the keyboard.
    public var takesText: Bool { isEditingText || form != nil }

    public init() {}

    /// Status filters in the order `f` cycles through them.
    public static let statusCycle: [InvoiceQuery.StatusFilter?] = [
        nil, .overdue, .status(.draft), .status(.sent), .status(.partial), .status(.paid), .status(.void),
    ]

    public var statusFilterName: String {
        switch statusFilter {
        case nil: return "all"
        case .overdue?: return "overdue"
        case .status(let s)?: return s.rawValue
        }
    }

    /// The store query these settings describe. The `/` text may carry a date range:
    /// `from:2026-01-01` and `to:2026-06-30` words limit the issue date; the rest
    /// matches the number or the client's name.
    public func query(today: LocalDate) -> InvoiceQuery {
        var words: [String] = []
        var query = InvoiceQuery(status: statusFilter, today: today)
        for word in text.text.split(separator: " ").map(String.init) {
            if word.hasPrefix("from:"), let date = LocalDate(iso: String(word.dropFirst(5))) {
                query.issuedFrom = date
            } else if word.hasPrefix("to:"), let date = LocalDate(iso: String(word.dropFirst(3))) {
                query.issuedThrough = date
            } else {
                words.append(word)
            }
        }
        query.text = words.joined(separator: " ")
        return query
    }

    /// The loaded row at a list index, if it is in the page.
    public func row(at index: Int) -> InvoiceRow? {
        let i = index - pageOffset
        return page.indices.contains(i) ? page[i] : nil
    }
}

/// One invoice opened from the list, with what the change log says happened to it.
public struct InvoiceDetail: Sendable, Equatable {
    public var invoice: StoredInvoice
    public var history: [String]
    public var scroll = 0
}
