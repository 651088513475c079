import Glibc

/// Restores the terminal when gigdesk crashes (SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE).
///
/// The handler only calls async-signal-safe functions: `write(2)` of a reset
/// sequence prepared in advance, `tcsetattr` with the modes saved at start,
/// then restores the default action and re-raises so the crash is reported as usual.
enum CrashGuard {
    nonisolated(unsafe) private static var resetBytes: [UInt8] = []
    nonisolated(unsafe) private static var savedModes = termios()
    nonisolated(unsafe) private static var haveSavedModes = false

    static let crashSignals: [Int32] = [SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE]

    /// Call after `initscr` (so the saved tty modes are the shell's, taken before curses changed them).
    static func install() {
        resetBytes = Array(TerminalModes.resetAll.utf8)
        haveSavedModes = false
        if let saved = ShellModes.atStart {
            savedModes = saved
            haveSavedModes = true
        }
        for sig in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigaction(sig, &action, nil)
        }
    }

    private static let crashHandler: @convention(c) (Int32) -> Void = { sig in
        CrashGuard.resetBytes.withUnsafeBufferPointer { buf in
            _ = Glibc.write(STDOUT_FILENO, buf.baseAddress, buf.count)
        }
        if CrashGuard.haveSavedModes {
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &CrashGuard.savedModes)
        }
        signal(sig, SIG_DFL)
        raise(sig)
    }
}

/// The tty modes before curses started, captured once by `capture()`.
enum ShellModes {
    nonisolated(unsafe) static var atStart: termios?

    static func capture() {
        var modes = termios()
        if tcgetattr(STDIN_FILENO, &modes) == 0 { atStart = modes }
    }
}
