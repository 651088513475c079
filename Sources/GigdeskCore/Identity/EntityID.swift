/// The identity of a stored entity: 128 random bits written as 32 lowercase hex digits.
///
/// Random rather than sequential so that stores on different machines can create
/// rows independently and sync them without collisions.
public struct EntityID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The 32 lowercase hex digits.
    public let rawValue: String

    /// A new random identifier from the system's cryptographic generator.
    public init() {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        rawValue = Hex.encode(high) + Hex.encode(low)
    }

    /// Accepts exactly 32 lowercase hex digits; anything else is `nil`.
    public init?(_ text: String) {
        let utf8 = text.utf8
        guard utf8.count == 32,
              utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return nil }
        rawValue = text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = EntityID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not an entity id (32 lowercase hex digits): \(text)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}
