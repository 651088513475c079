import Foundation
import GigdeskCore

/// The SQL behind the invoice list: a filter from an `InvoiceQuery`, an order from
/// an `InvoiceSort` that an index serves, and keyset conditions for paging.
struct InvoiceListSQL {
    /// The columns `row(from:today:)` reads.
    private static let columns = "number, kind, client_name, issue_date, due_date, total, balance, currency, status"

    /// `WHERE …`, or empty when nothing is filtered.
    private var filter = ""
    /// The values for the `?` in `filter`, in order.
    private(set) var bindings: [SQLValue] = []

    /// The filter of `query`. With `orderedBy`, a status condition is written so that
    /// SQLite does not pick the status index for it (`+status`), but walks the index of
    /// the sort order and stops after one page instead of sorting every matching row.
    init(_ query: InvoiceQuery, orderedBy sort: InvoiceSort? = nil) {
        let status = sort.map { $0.column == .status ? "status" : "+status" } ?? "status"
        var conditions: [String] = []
        switch query.status {
        case .status(let wanted)?:
            conditions.append("\(status) = ?")
            bindings.append(.text(wanted.rawValue))
        case .overdue?:
            conditions.append("\(status) IN ('sent', 'partial') AND due_date < ? AND kind = 'invoice'")
            bindings.append(.text(query.today.iso))
        case nil:
            break
        }
        if let clientID = query.clientID {
            conditions.append("client_id = ?")
            bindings.append(.text(clientID.rawValue))
        }
        if let from = query.issuedFrom {
            conditions.append("issue_date >= ?")
            bindings.append(.text(from.iso))
        }
        if let through = query.issuedThrough {
            conditions.append("issue_date <= ?")
            bindings.append(.text(through.iso))
        }
        let text = NameKey.of(query.text.trimmingCharacters(in: .whitespacesAndNewlines))
        if !text.isEmpty {
            conditions.append("(instr(client_key, ?) > 0 OR instr(lower(number), ?) > 0)")
            bindings += [.text(text), .text(text)]
        }
        if !conditions.isEmpty {
            filter = "WHERE " + conditions.joined(separator: " AND ")
        }
    }

    /// Adds the keyset condition "after `row` in `sort` order".
    mutating func restrict(after row: InvoiceRow, in sort: InvoiceSort) {
        let keys = Self.sortKeys(sort.column)
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        let condition = "(\(keys.joined(separator: ", "))) \(sort.ascending ? ">" : "<") (\(placeholders))"
        filter += (filter.isEmpty ? "WHERE " : " AND ") + condition
        bindings += Self.sortValues(of: row, sort.column)
    }

    /// The SELECT of list rows matching the filter in `sort` order (matching one of the
    /// invoice indexes column for column), followed by `paging` (`LIMIT ?`…).
    func select(_ sort: InvoiceSort, paging: String) -> String {
        let direction = sort.ascending ? "ASC" : "DESC"
        let order = Self.sortKeys(sort.column).map { "\($0) \(direction)" }.joined(separator: ", ")
        return "SELECT \(Self.columns) FROM invoices \(filter) ORDER BY \(order) \(paging)"
    }

    /// The SELECT counting the rows that match the filter.
    var count: String {
        "SELECT count(*) AS count FROM invoices \(filter)"
    }

    /// The list row in `row`, selected with `columns`.
    static func row(from row: SQLRow, today: LocalDate) throws -> InvoiceRow {
        let kind = try row.raw("kind", as: InvoiceKind.self)
        let status = try row.raw("status", as: InvoiceStatus.self)
        let dueDate = try row.date("due_date")
        return InvoiceRow(
            number: try row.text("number"), kind: kind, clientName: try row.text("client_name"),
            issueDate: try row.date("issue_date"), dueDate: dueDate, total: try row.integer("total"),
            balance: try row.integer("balance"), currency: try row.currency("currency"), status: status,
            isOverdue: kind == .invoice && InvoiceLifecycle.isOverdue(status: status, dueDate: dueDate, today: today))
    }

    /// The columns of the order, ending in the unique number.
    private static func sortKeys(_ column: InvoiceSort.Column) -> [String] {
        switch column {
        case .number: ["number"]
        case .client: ["client_key", "number"]
        case .issueDate: ["issue_date", "number"]
        case .dueDate: ["due_date", "number"]
        case .total: ["total", "number"]
        case .balance: ["balance", "number"]
        case .status: ["status", "due_date", "number"]
        }
    }

    /// The values of `sortKeys(column)` for a row already shown.
    private static func sortValues(of row: InvoiceRow, _ column: InvoiceSort.Column) -> [SQLValue] {
        let number = SQLValue.text(row.number)
        switch column {
        case .number: return [number]
        case .client: return [.text(NameKey.of(row.clientName)), number]
        case .issueDate: return [.text(row.issueDate.iso), number]
        case .dueDate: return [.text(row.dueDate.iso), number]
        case .total: return [.integer(row.total), number]
        case .balance: return [.integer(row.balance), number]
        case .status: return [.text(row.status.rawValue), .text(row.dueDate.iso), number]
        }
    }
}
