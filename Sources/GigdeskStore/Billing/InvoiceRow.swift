import GigdeskCore

/// One line of the invoice list.
public struct InvoiceRow: Hashable, Sendable {
    public let number: String
    public let kind: InvoiceKind
    public let clientName: String
    public let issueDate: LocalDate
    public let dueDate: LocalDate
    /// In minor units of `currency`.
    public let total: Int64
    /// What is still owed, in minor units of `currency`; 0 once void.
    public let balance: Int64
    public let currency: Currency
    public let status: InvoiceStatus
    /// Sent or partially paid and past its due date on the query's `today`.
    public let isOverdue: Bool
}
