/// The status rules: draft → sent → partial → paid, void, and the derived "overdue".
public enum InvoiceLifecycle {
    /// Only drafts can be changed; a sent invoice is locked (void it or issue a credit note).
    public static func canEdit(_ status: InvoiceStatus) -> Bool {
        status == .draft
    }

    /// Sending: draft → sent.
    public static func send(from status: InvoiceStatus) throws(BillingError) -> InvoiceStatus {
        guard status == .draft else { throw .invalidTransition(from: status, to: .sent) }
        return .sent
    }

    /// Voiding: draft, sent or partial → void. Paid and void invoices are corrected with a credit note.
    public static func void(from status: InvoiceStatus) throws(BillingError) -> InvoiceStatus {
        switch status {
        case .draft, .sent, .partial: return .void
        case .paid, .void: throw .invalidTransition(from: status, to: .void)
        }
    }

    /// The status once `amount` is paid on an invoice of `total` of which `paidBefore`
    /// was already paid: `.paid` when nothing is left, else `.partial`.
    /// Only sent and partial invoices take payments, and never more than the balance.
    public static func statusAfterPayment(
        total: Money, paidBefore: Money, amount: Money, status: InvoiceStatus
    ) throws(BillingError) -> InvoiceStatus {
        guard status == .sent || status == .partial else { throw .paymentNotAccepted(status) }
        for other in [paidBefore, amount] where other.currency != total.currency {
            throw .currencyMismatch(expected: total.currency, found: other.currency)
        }
        guard amount.minorUnits > 0 else { throw .nonPositivePayment(amount) }
        let balance = total - paidBefore
        guard amount <= balance else { throw .overpayment(balance: balance, amount: amount) }
        return amount == balance ? .paid : .partial
    }

    /// Sent or partially paid, and `today` is after the due date.
    public static func isOverdue(status: InvoiceStatus, dueDate: LocalDate, today: LocalDate) -> Bool {
        (status == .sent || status == .partial) && today > dueDate
    }

    /// The status as shown to the user: "overdue" when overdue, else the status itself.
    public static func displayStatus(status: InvoiceStatus, dueDate: LocalDate, today: LocalDate) -> String {
        isOverdue(status: status, dueDate: dueDate, today: today) ? "overdue" : status.rawValue
    }
}
