/// The order of the invoice list: one column, then the number to break ties.
/// Every order is served by an index, so a page is read without sorting.
public struct InvoiceSort: Hashable, Sendable {
    /// What the list is sorted by.
    public enum Column: String, Hashable, Sendable, CaseIterable {
        case number
        /// The client's name, ignoring case.
        case client
        case issueDate
        case dueDate
        case total
        case balance
        /// The stored status (alphabetically), then the due date.
        case status
    }

    public var column: Column
    public var ascending: Bool

    public init(column: Column, ascending: Bool = true) {
        self.column = column
        self.ascending = ascending
    }

    /// Newest first, as the list opens.
    public static let newestFirst = InvoiceSort(column: .issueDate, ascending: false)
}
