/// An active ISO 4217 currency and the number of digits after its decimal point.
///
/// Encoded as its code alone (`"EUR"`); decoding rejects unknown codes.
public struct Currency: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The three-letter code, uppercase.
    public let code: String
    /// Digits after the decimal point: EUR 2, JPY 0, KWD 3, CLF 4.
    public let minorUnits: Int

    /// The currency for `code` in any letter case; `nil` for codes not in active use.
    public init?(code: String) {
        let upper = code.uppercased()
        guard let digits = CurrencyTable.minorUnits[upper] else { return nil }
        self.code = upper
        minorUnits = digits
    }

    /// Like `init?(code:)`, but says what went wrong.
    public static func parse(_ code: String) throws(BillingError) -> Currency {
        guard let currency = Currency(code: code) else { throw .unknownCurrency(code) }
        return currency
    }

    /// Every active code, sorted.
    public static var allCodes: [String] { CurrencyTable.minorUnits.keys.sorted() }

    public var description: String { code }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let currency = Currency(code: code) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: BillingError.unknownCurrency(code).description)
        }
        self = currency
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
