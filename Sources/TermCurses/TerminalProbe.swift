import CNcursesw
import Foundation
import TermUI

/// Reads terminfo and the locale without starting curses (for `gigdesk doctor`).
public enum TerminalProbe {
    public static func run(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalReport {
        setlocale(LC_ALL, "")
        let utf8 = gigdesk_locale_is_utf8() != 0
        let locale = String(cString: setlocale(LC_CTYPE, nil))
        var err: Int32 = 0
        let found = setupterm(nil, STDOUT_FILENO, &err) == OK
        let colors = found ? Int(max(0, tigetnum("colors"))) : 0
        var size: Size?
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 {
            size = Size(width: Int(ws.ws_col), height: Int(ws.ws_row))
        }
        return TerminalReport(
            term: environment["TERM"] ?? "(unset)", terminfoFound: found, colors: colors,
            colorDepth: ColorDepth.detect(terminalColors: colors, environment: environment),
            locale: locale, utf8: utf8, isTTY: isatty(STDOUT_FILENO) != 0, size: size)
    }
}
