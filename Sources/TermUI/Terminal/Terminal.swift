/// What a screen backend can do, as the app sees it. `TermCurses` implements it
/// with ncurses; tests use an in-memory one.
///
/// All calls come from one thread (the run loop's).
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// What the terminal was found to support.
    var capabilities: TerminalCapabilities { get }
    /// Shows `frame`, sending only what differs from the last frame presented.
    func present(_ frame: CellBuffer)
    /// Waits up to `timeoutMilliseconds` for input; nil on timeout.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Asks the terminal to put `text` on the clipboard (OSC 52).
    func copyToClipboard(_ text: String)
    /// Switches themes at run time.
    func apply(theme: Theme)
    /// Forgets the last frame so the next `present` repaints every cell.
    func invalidate()
    /// Restores the terminal: leaves the alternate screen, shows the cursor, disables modes.
    func shutdown()
}

/// Terminal features detected at start.
public struct TerminalCapabilities: Equatable, Sendable {
    public var colorDepth: ColorDepth
    public var unicode: Bool
    public var mouse: Bool
    public init(colorDepth: ColorDepth, unicode: Bool, mouse: Bool) {
        self.colorDepth = colorDepth
        self.unicode = unicode
        self.mouse = mouse
    }
}
