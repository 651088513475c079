/// One SQLite value, as bound to a statement or read from a column.
public enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The integer, if this is `.integer`.
    public var integerValue: Int64? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// The number as a `Double`, if this is `.real` or `.integer`.
    public var realValue: Double? {
        switch self {
        case .real(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// The string, if this is `.text`.
    public var textValue: String? {
        if case .text(let value) = self { value } else { nil }
    }

    /// The bytes, if this is `.blob`.
    public var blobValue: [UInt8]? {
        if case .blob(let value) = self { value } else { nil }
    }

    public var isNull: Bool { self == .null }

    /// Equal as SQLite would store them: an integer and a real of the same
    /// numeric value match, since column affinity may turn one into the other.
    func isSameStoredValue(as other: SQLValue) -> Bool {
        switch (self, other) {
        case (.integer(let a), .real(let b)), (.real(let b), .integer(let a)):
            Double(a) == b
        default:
            self == other
        }
    }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(nilLiteral: ()) { self = .null }
}
