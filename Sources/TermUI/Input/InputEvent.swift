/// Something the terminal reported.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    /// Text pasted with bracketed paste: insert as text, never interpret as keys.
    case paste(String)
    case mouse(MouseEvent)
    case resize(Size)
}

/// A mouse click or wheel step at a cell.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case press, release, scrollUp, scrollDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
