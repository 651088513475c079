/// An invoice on the reminders list: sent or partially paid and past its due date.
public struct OverdueInvoice: Hashable, Sendable {
    public let row: InvoiceRow
    /// Days since the due date: 1 on the day after it.
    public let daysOverdue: Int
}
