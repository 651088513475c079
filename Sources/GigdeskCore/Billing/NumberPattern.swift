/// How invoice and credit note numbers look: literal text with `{yyyy}`, `{yy}`,
/// `{mm}` and exactly one `{seq}` or `{seq:N}` (zero-padded to N digits).
///
/// The store keeps the counter, which restarts at 1 each year; this type only formats.
public struct NumberPattern: Hashable, Sendable {
    /// The default for invoices.
    public static let defaultInvoice = "INV-{yyyy}-{seq:4}"
    /// The default for credit notes, a series of their own.
    public static let defaultCreditNote = "CN-{yyyy}-{seq:4}"

    /// The pattern as written.
    public let pattern: String
    private let parts: [Part]

    private enum Part: Hashable, Sendable {
        case literal(String)
        case year4
        case year2
        case month
        case sequence(width: Int)
    }

    public init(_ pattern: String) throws(BillingError) {
        var parts: [Part] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw .invalidNumberPattern(pattern: pattern, reason: "has a \"{\" without a closing \"}\"")
            }
            parts.append(try Self.part(for: String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        let sequences = parts.filter { if case .sequence = $0 { true } else { false } }.count
        guard sequences == 1 else {
            throw .invalidNumberPattern(
                pattern: pattern, reason: "must contain exactly one {seq} or {seq:N} (it has \(sequences))")
        }
        self.pattern = pattern
        self.parts = parts
    }

    /// The number for the `sequence`-th document of `year` issued in `month`.
    public func format(year: Int, month: Int, sequence: Int) -> String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .year4: Self.padded(year, 4)
            case .year2: Self.padded(year % 100, 2)
            case .month: Self.padded(month, 2)
            case .sequence(let width): Self.padded(sequence, width)
            }
        }.joined()
    }

    private static func part(for token: String) throws(BillingError) -> Part {
        switch token {
        case "yyyy": return .year4
        case "yy": return .year2
        case "mm": return .month
        case "seq": return .sequence(width: 1)
        default:
            let digits = token.dropFirst(4)
            guard token.hasPrefix("seq:"), digits.allSatisfy({ ("0"..."9").contains($0) }),
                  let width = Int(digits), (1...18).contains(width)
            else { throw .unknownPatternToken(token) }
            return .sequence(width: width)
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
