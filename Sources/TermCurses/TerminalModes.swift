import Glibc

/// Escape sequences for terminal modes curses does not manage itself, written straight to the tty.
enum TerminalModes {
    static let enableBracketedPaste = "\u{1B}[?2004h"
    static let disableBracketedPaste = "\u{1B}[?2004l"
    /// Everything a crash must undo: bracketed paste, mouse reporting, attributes,
    /// cursor visibility, keypad mode, and the alternate screen.
    static let resetAll = "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1l\u{1B}>\u{1B}[?1049l\r\n"

    /// Frees ctrl+s and ctrl+q for the app (XON/XOFF off); `endwin` restores the shell's modes.
    static func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    }

    static func write(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        _ = Glibc.write(STDOUT_FILENO, &bytes, bytes.count)
    }
}
