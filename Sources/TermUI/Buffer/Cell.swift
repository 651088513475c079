/// One terminal cell: a grapheme and the semantic role it is drawn in.
///
/// A two-column grapheme occupies its cell and marks the next one as a
/// continuation (`symbol == ""`), which backends skip when drawing.
public struct Cell: Equatable, Hashable, Sendable {
    public var symbol: String
    public var role: StyleRole

    public init(_ symbol: String = " ", role: StyleRole = .normal) {
        self.symbol = symbol
        self.role = role
    }

    public static let blank = Cell()

    public var isContinuation: Bool { symbol.isEmpty }
}
