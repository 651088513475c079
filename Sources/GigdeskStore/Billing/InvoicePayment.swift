import GigdeskCore

/// A payment received against an invoice.
public struct InvoicePayment: Hashable, Sendable {
    public let id: EntityID
    /// In minor units of the invoice's currency; always positive.
    public let amount: Int64
    public let date: LocalDate
    /// How it was paid ("bank transfer", "card", …), or empty.
    public let method: String
    /// The bank or processor reference, or empty.
    public let reference: String
}
