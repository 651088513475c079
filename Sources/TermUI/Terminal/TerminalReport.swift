/// What was found out about the terminal without starting the UI (for `gigdesk doctor`).
public struct TerminalReport: Sendable, Equatable {
    public var term: String
    public var terminfoFound: Bool
    public var colors: Int
    public var colorDepth: ColorDepth
    public var locale: String
    public var utf8: Bool
    public var isTTY: Bool
    public var size: Size?

    public init(term: String, terminfoFound: Bool, colors: Int, colorDepth: ColorDepth,
                locale: String, utf8: Bool, isTTY: Bool, size: Size?) {
        self.term = term
        self.terminfoFound = terminfoFound
        self.colors = colors
        self.colorDepth = colorDepth
        self.locale = locale
        self.utf8 = utf8
        self.isTTY = isTTY
        self.size = size
    }
}
