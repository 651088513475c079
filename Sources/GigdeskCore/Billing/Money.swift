/// An amount of money: integer minor units (cents, yen, fils) in one currency.
///
/// Amounts in the same currency order by value; amounts in different currencies
/// order by currency code, so that sorting a mixed list never traps.
public struct Money: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The amount in the currency's smallest unit: 1234.50 EUR is 123450.
    public let minorUnits: Int64
    public let currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Exactly the currency's minor digits: "1234.50", "-0.05", JPY "1235", KWD "1.250".
    public var decimalString: String {
        let digits = currency.minorUnits
        var magnitude = String(minorUnits.magnitude)
        let sign = minorUnits < 0 ? "-" : ""
        guard digits > 0 else { return sign + magnitude }
        if magnitude.count <= digits {
            magnitude = String(repeating: "0", count: digits + 1 - magnitude.count) + magnitude
        }
        return sign + magnitude.dropLast(digits) + "." + magnitude.suffix(digits)
    }

    /// The amount and code: "1234.50 EUR".
    public var description: String { "\(decimalString) \(currency.code)" }

    /// Reads "1234.5", "1234.50", "1234" or "-3.10" in `currency`.
    public static func parse(_ text: String, currency: Currency) throws(BillingError) -> Money {
        guard let parsed = DecimalText(text) else { throw .invalidAmount(text) }
        guard parsed.fractionDigits.count <= currency.minorUnits else {
            throw .tooManyDecimals(text, currency)
        }
        guard let minor = parsed.value(fractionCount: currency.minorUnits) else {
            throw .amountOutOfRange(text)
        }
        return Money(minorUnits: minor, currency: currency)
    }

    /// The sum; both amounts must be in the same currency.
    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "adding \(rhs.currency) to \(lhs.currency)")
        return Money(minorUnits: lhs.minorUnits + rhs.minorUnits, currency: lhs.currency)
    }

    /// The difference; both amounts must be in the same currency.
    public static func - (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "subtracting \(rhs.currency) from \(lhs.currency)")
        return Money(minorUnits: lhs.minorUnits - rhs.minorUnits, currency: lhs.currency)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        if lhs.currency != rhs.currency { return lhs.currency.code < rhs.currency.code }
        return lhs.minorUnits < rhs.minorUnits
    }
}
