/// Everything the billing rules refuse, with a message that names the problem.
public enum BillingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not an active ISO 4217 code.
    case unknownCurrency(String)
    /// Not a decimal amount such as `1234.50`.
    case invalidAmount(String)
    /// More fraction digits than the currency has.
    case tooManyDecimals(String, Currency)
    /// A well-formed amount too large to hold in 64-bit minor units.
    case amountOutOfRange(String)
    /// Two amounts in different currencies where one currency is required.
    case currencyMismatch(expected: Currency, found: Currency)
    /// Not a real calendar date in the form YYYY-MM-DD.
    case invalidDate(String)
    /// A status change the lifecycle does not allow.
    case invalidTransition(from: InvoiceStatus, to: InvoiceStatus)
    /// A payment on an invoice that is not open (only sent and partial take payments).
    case paymentNotAccepted(InvoiceStatus)
    /// A payment of zero or less.
    case nonPositivePayment(Money)
    /// A payment larger than what is still owed.
    case overpayment(balance: Money, amount: Money)
    /// A number pattern that cannot number anything.
    case invalidNumberPattern(pattern: String, reason: String)
    /// A `{token}` in a number pattern that is not `yyyy`, `yy`, `mm`, `seq` or `seq:N`.
    case unknownPatternToken(String)
    /// A recurring schedule that cannot produce dates.
    case invalidSchedule(String)
    /// A `{name}` in a template that is not one of the known placeholders.
    case unknownPlaceholder(String)
    /// A known placeholder used in a template without a value to put there.
    case missingPlaceholderValue(String)
    /// A template with an unclosed `{`.
    case malformedTemplate(String)

    public var description: String {
        switch self {
        case .unknownCurrency(let code):
            return "unknown currency \"\(code)\" (use an ISO 4217 code such as EUR, USD, JPY)"
        case .invalidAmount(let text):
            return "\"\(text)\" is not an amount (write it like 1234.50 or -3.10)"
        case .tooManyDecimals(let text, let currency):
            return "\(text) has more decimals than \(currency.code) allows (\(currency.minorUnits))"
        case .amountOutOfRange(let text):
            return "\(text) is too large an amount"
        case .currencyMismatch(let expected, let found):
            return "amount in \(found.code) where \(expected.code) is required"
        case .invalidDate(let text):
            return "\"\(text)\" is not a date (write it as YYYY-MM-DD, e.g. 2026-03-31)"
        case .invalidTransition(let from, let to):
            return Self.transitionMessage(from: from, to: to)
        case .paymentNotAccepted(let status):
            return "a \(status.rawValue) invoice cannot take payments (only sent and partially paid invoices can)"
        case .nonPositivePayment(let amount):
            return "a payment must be more than zero (got \(amount))"
        case .overpayment(let balance, let amount):
            return "payment of \(amount) is more than the balance of \(balance)"
        case .invalidNumberPattern(let pattern, let reason):
            return "number pattern \"\(pattern)\" \(reason)"
        case .unknownPatternToken(let token):
            return "unknown token {\(token)} in number pattern (use {yyyy}, {yy}, {mm}, {seq} or {seq:N})"
        case .invalidSchedule(let reason):
            return "invalid recurring schedule: \(reason)"
        case .unknownPlaceholder(let name):
            return "unknown placeholder {\(name)} (known: "
                + ReminderTemplate.placeholders.map { "{\($0)}" }.joined(separator: ", ") + ")"
        case .missingPlaceholderValue(let name):
            return "no value for placeholder {\(name)}"
        case .malformedTemplate(let reason):
            return "malformed template: \(reason)"
        }
    }

    private static func transitionMessage(from: InvoiceStatus, to: InvoiceStatus) -> String {
        switch (from, to) {
        case (.paid, .void):
            return "a paid invoice cannot be voided; issue a credit note instead"
        case (.void, .void):
            return "the invoice is already void; to correct it further, issue a credit note"
        case (_, .sent):
            return "only a draft can be sent (this invoice is \(from.rawValue))"
        default:
            return "cannot change a \(from.rawValue) invoice to \(to.rawValue)"
        }
    }
}
