import GigdeskCore

/// An invoice for demo data, with how far it got: sent or not, payments received, voided.
public struct DemoInvoice: Sendable {
    public var clientID: EntityID
    public var issueDate: LocalDate
    public var dueDate: LocalDate
    /// `nil` for the client's currency.
    public var currency: Currency?
    public var lines: [LineItem]
    public var notes: String
    /// False leaves it a draft.
    public var sent: Bool
    /// Received after sending, in order; each within the balance left.
    public var payments: [DemoPayment]
    /// Voided after the payments (not possible once fully paid).
    public var voided: Bool

    public init(clientID: EntityID, issueDate: LocalDate, dueDate: LocalDate, currency: Currency? = nil,
                lines: [LineItem], notes: String = "", sent: Bool = true, payments: [DemoPayment] = [],
                voided: Bool = false) {
        self.clientID = clientID
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.currency = currency
        self.lines = lines
        self.notes = notes
        self.sent = sent
        self.payments = payments
        self.voided = voided
    }
}

/// A payment of a `DemoInvoice`.
public struct DemoPayment: Sendable {
    /// In minor units of the invoice's currency.
    public var amount: Int64
    public var date: LocalDate
    public var method: String
    public var reference: String

    public init(amount: Int64, date: LocalDate, method: String = "bank transfer", reference: String = "") {
        self.amount = amount
        self.date = date
        self.method = method
        self.reference = reference
    }
}
