import GigdeskCore

/// An invoice or credit note about to be stored, before it has a number: a draft,
/// or (for demo data) already further along with `paid` received.
struct NewInvoice {
    var kind: InvoiceKind = .invoice
    var client: Client
    var currency: Currency
    var issueDate: LocalDate
    var dueDate: LocalDate
    var lines: [LineItem]
    var notes: String
    var paymentInstructions: String
    /// For a credit note, the invoice it corrects.
    var creditedInvoiceID: EntityID?
    var status: InvoiceStatus = .draft
    /// The sum of the payments that come with it, which the caller inserts.
    var paid: Int64 = 0
}
