import Foundation
import GigdeskApp
import TermCurses

// Parse the command line and dispatch; the curses backend is chosen here and nowhere else.
let main = GigdeskMain(
    environment: ProcessInfo.processInfo.environment,
    makeTerminal: { theme, mouse in CursesTerminal(theme: theme, mouse: mouse) },
    probeTerminal: { TerminalProbe.run() })
exit(main.run(Array(CommandLine.arguments.dropFirst())))
