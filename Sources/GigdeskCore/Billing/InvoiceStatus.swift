/// Where an invoice stands. "Overdue" is not a status: `InvoiceLifecycle` derives it.
public enum InvoiceStatus: String, Codable, Sendable, CaseIterable {
    case draft
    case sent
    case partial
    case paid
    case void
}
