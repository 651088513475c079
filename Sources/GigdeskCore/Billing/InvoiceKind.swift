/// An invoice, or a credit note that corrects one with negative amounts and its own number series.
public enum InvoiceKind: String, Codable, Sendable, CaseIterable {
    case invoice
    case creditNote = "credit_note"
}
