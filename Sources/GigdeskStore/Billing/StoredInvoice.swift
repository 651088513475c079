import GigdeskCore

/// An invoice or credit note as stored: its lines, the totals computed from them,
/// and the payments received. Amounts are minor units of `currency`; a credit
/// note's are negative.
public struct StoredInvoice: Hashable, Sendable {
    public let id: EntityID
    public let number: String
    public let kind: InvoiceKind
    public let client: ClientReference
    public let status: InvoiceStatus
    public let currency: Currency
    public let issueDate: LocalDate
    public let dueDate: LocalDate
    /// In their order on the document.
    public let lines: [LineItem]
    /// Line nets, tax breakdown and totals, computed from `lines` by `InvoiceCalculator`.
    public let totals: InvoiceTotals
    /// The sum of `payments`.
    public let paid: Int64
    /// What is still owed: `totals.total - paid`, or 0 once void.
    public let balance: Int64
    public let notes: String
    /// Printed under the totals; taken from the seller profile when the invoice was created.
    public let paymentInstructions: String
    /// Oldest first.
    public let payments: [InvoicePayment]
    /// For a credit note, the number of the invoice it corrects.
    public let creditedNumber: String?

    /// Sent or partially paid, and `today` is after the due date.
    public func isOverdue(today: LocalDate) -> Bool {
        kind == .invoice && InvoiceLifecycle.isOverdue(status: status, dueDate: dueDate, today: today)
    }
}
