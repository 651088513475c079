import CNcursesw
import Foundation
import TermUI

/// The ncurses implementation of `Terminal`: the only code in gigdesk that calls curses.
///
/// Call everything from one thread. `shutdown()` is idempotent and is also what
/// the crash guard approximates with raw escape sequences.
public final class CursesTerminal: Terminal {
    public private(set) var capabilities: TerminalCapabilities
    private var palette: CursesPalette
    private var lastFrame: CellBuffer?
    private var isActive = false
    private let keyDecoder = CursesKeyDecoder()

    /// Starts curses: locale, alternate screen, raw-ish input, colours, optional mouse, bracketed paste.
    public init(theme: Theme, mouse: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) {
        setlocale(LC_ALL, "")
        let unicode = gigdesk_locale_is_utf8() != 0
        ShellModes.capture()
        initscr()
        cbreak()
        TerminalModes.disableFlowControl()
        noecho()
        nonl()
        keypad(gigdesk_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        var depth = ColorDepth.none
        if has_colors() {
            start_color()
            use_default_colors()
            depth = ColorDepth.detect(terminalColors: Int(gigdesk_colors()), environment: environment)
        }
        let directColor = gigdesk_colors() >= 0x1000000
        if depth == .trueColor && !directColor { depth = .palette256 }
        if mouse {
            mousemask(gigdesk_mouse_mask(), nil)
            mouseinterval(0)
        }
        keyDecoder.definePasteKeys()
        CrashGuard.install()
        TerminalModes.write(TerminalModes.enableBracketedPaste)
        capabilities = TerminalCapabilities(colorDepth: depth, unicode: unicode, mouse: mouse)
        palette = CursesPalette(theme: theme, depth: depth, directColor: directColor)
        isActive = true
    }

    public var size: Size {
        Size(width: Int(gigdesk_cols()), height: Int(gigdesk_lines()))
    }

    public func apply(theme: Theme) {
        palette = CursesPalette(theme: theme, depth: capabilities.colorDepth, directColor: gigdesk_colors() >= 0x1000000)
        lastFrame = nil
    }

    public func present(_ frame: CellBuffer) {
        guard isActive else { return }
        if lastFrame == nil || lastFrame?.size != frame.size { werase(gigdesk_stdscr()) }
        for run in BufferDiff.changes(from: lastFrame, to: frame) {
            var x = run.x
            for cell in run.cells {
                defer { x += 1 }
                if cell.isContinuation { continue }
                draw(cell, x: x, y: run.y)
            }
        }
        lastFrame = frame
        wnoutrefresh(gigdesk_stdscr())
        doupdate()
    }

    private func draw(_ cell: Cell, x: Int, y: Int) {
        let style = palette.attributes(for: cell.role)
        var symbol = cell.symbol
        if !capabilities.unicode, symbol.unicodeScalars.contains(where: { !$0.isASCII }) {
            symbol = DisplayWidth.of(symbol) == 2 ? "??" : "?"
        }
        var wide = Array(symbol.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
        wide.append(0)
        // Writing the bottom-right cell makes curses try to scroll; the error it returns is harmless.
        _ = gigdesk_put_cell(Int32(y), Int32(x), wide, style.attrs, style.pair)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard isActive else { return nil }
        wtimeout(gigdesk_stdscr(), Int32(timeoutMilliseconds))
        let event = keyDecoder.next()
        if case .resize = event {
            lastFrame = nil
            return .resize(size)
        }
        return event
    }

    public func invalidate() {
        lastFrame = nil
        clearok(gigdesk_stdscr(), true)
    }

    public func copyToClipboard(_ text: String) {
        TerminalModes.write(OSC52.sequence(copying: text))
    }

    public func shutdown() {
        guard isActive else { return }
        isActive = false
        TerminalModes.write(TerminalModes.disableBracketedPaste)
        if capabilities.mouse { mousemask(0, nil) }
        curs_set(1)
        endwin()
    }
}
