/// An exact decimal for quantities, tax rates and discount percents:
/// `mantissa × 10^-scale`, with `scale` in 0…9.
///
/// Always normalised (no trailing zeros in the mantissa while `scale > 0`), so
/// "1.50" and "1.5" are the same value and compare and hash equal. Encoded as
/// its description, a string such as `"1.5"`.
public struct DecimalNumber: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let mantissa: Int64
    public let scale: Int

    /// The most digits after the decimal point.
    public static let maxScale = 9

    /// `mantissa × 10^-scale`, normalised; `scale` must be in 0…9.
    public init(mantissa: Int64, scale: Int) {
        precondition((0...Self.maxScale).contains(scale), "decimal scale \(scale) outside 0...9")
        var mantissa = mantissa
        var scale = scale
        while scale > 0, mantissa % 10 == 0 {
            mantissa /= 10
            scale -= 1
        }
        self.mantissa = mantissa
        self.scale = scale
    }

    public init(_ int: Int) {
        self.init(mantissa: Int64(int), scale: 0)
    }

    /// Reads "1.5", "0.25", "19", "-2"; `nil` for anything else, for more than nine
    /// significant fraction digits, and for values beyond Int64 mantissas.
    public init?(parsing text: String) {
        guard let parsed = DecimalText(text) else { return nil }
        var fractionCount = parsed.fractionDigits.count
        while fractionCount > 0, parsed.fractionDigits[fractionCount - 1] == 0 { fractionCount -= 1 }
        guard fractionCount <= Self.maxScale, let mantissa = parsed.value(fractionCount: fractionCount) else {
            return nil
        }
        self.init(mantissa: mantissa, scale: fractionCount)
    }

    public var isZero: Bool { mantissa == 0 }
    public var isNegative: Bool { mantissa < 0 }

    /// Without trailing zeros: "1.5", "19", "-0.25".
    public var description: String {
        var digits = String(mantissa.magnitude)
        let sign = mantissa < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        if digits.count <= scale {
            digits = String(repeating: "0", count: scale + 1 - digits.count) + digits
        }
        return sign + digits.dropLast(scale) + "." + digits.suffix(scale)
    }

    /// The value times 10^`scale` for any `scale` ≥ `self.scale`, exactly.
    private func scaled(to scale: Int) -> ExactInteger {
        ExactInteger(mantissa) * ExactInteger.powerOfTen(scale - self.scale)
    }

    public static func < (lhs: DecimalNumber, rhs: DecimalNumber) -> Bool {
        if lhs.scale == rhs.scale { return lhs.mantissa < rhs.mantissa }
        let scale = max(lhs.scale, rhs.scale)
        return lhs.scaled(to: scale) < rhs.scaled(to: scale)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = DecimalNumber(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a decimal number: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
