import GigdeskCore

/// Which invoices the list shows. Every filter left `nil` (or empty) lets all through.
public struct InvoiceQuery: Hashable, Sendable {
    /// A status, or the derived "overdue".
    public enum StatusFilter: Hashable, Sendable {
        case status(InvoiceStatus)
        /// Invoices (not credit notes) sent or partially paid whose due date is before `today`.
        case overdue

        /// "draft", "sent", "partial", "paid", "void" or "overdue", as typed on the command line.
        public init?(name: String) {
            if name == "overdue" {
                self = .overdue
            } else if let status = InvoiceStatus(rawValue: name) {
                self = .status(status)
            } else {
                return nil
            }
        }
    }

    public var status: StatusFilter?
    public var clientID: EntityID?
    /// Issued on or after this date.
    public var issuedFrom: LocalDate?
    /// Issued on or before this date.
    public var issuedThrough: LocalDate?
    /// Text the number or the client's name contains, ignoring case; empty for any.
    public var text: String
    /// The date "overdue" is judged against.
    public var today: LocalDate

    public init(status: StatusFilter? = nil, clientID: EntityID? = nil, issuedFrom: LocalDate? = nil,
                issuedThrough: LocalDate? = nil, text: String = "", today: LocalDate) {
        self.status = status
        self.clientID = clientID
        self.issuedFrom = issuedFrom
        self.issuedThrough = issuedThrough
        self.text = text
        self.today = today
    }
}
