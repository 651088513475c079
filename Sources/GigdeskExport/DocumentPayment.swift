/// A payment already received against the document.
public struct DocumentPayment: Sendable, Equatable {
    /// ISO 8601 calendar date, e.g. "2026-12-10".
    public var date: String
    /// Amount in minor units.
    public var amount: Int64
    /// How it was paid, e.g. "bank transfer".
    public var method: String

    /// Creates a payment record.
    public init(date: String, amount: Int64, method: String) {
        self.date = date
        self.amount = amount
        self.method = method
    }
}
