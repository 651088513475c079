import Foundation
import GigdeskStore
import TermUI

/// `gigdesk` with no subcommand: the full-screen app.
struct UICommand {
    var main: GigdeskMain

    func run(_ invocation: Invocation) throws -> Int32 {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            main.output.error("gigdesk: the app needs a terminal; for scripts use a subcommand (gigdesk --help)")
            return 1
        }
        let settings = LoadedSettings.load(environment: main.environment)
        let store = try main.openStore(invocation)
        // Signals are taken over before curses starts, so curses installs no handlers of its own.
        let signals = SignalMonitor()
        let terminal = main.makeTerminal(settings.theme, settings.mouse)
        let runtime = AppRuntime(terminal: terminal, store: store, settings: settings, signals: signals)
        return runtime.run()
    }
}
