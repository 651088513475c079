import Foundation
import GigdeskCore
import GigdeskStore
import TermUI

/// The command line's entry: parses arguments, picks the subcommand, runs it, and
/// returns the exit status (0 ok, 1 failure, 2 usage error).
///
/// The terminal backend is handed in, so this target never imports curses.
public struct GigdeskMain {
    public static let version = "0.1.0"

    public var environment: [String: String]
    public var makeTerminal: (Theme, Bool) -> Terminal
    public var probeTerminal: () -> TerminalReport
    public var output = Output()

    public init(environment: [String: String], makeTerminal: @escaping (Theme, Bool) -> Terminal,
                probeTerminal: @escaping () -> TerminalReport) {
        self.environment = environment
        self.makeTerminal = makeTerminal
        self.probeTerminal = probeTerminal
    }

    /// The app's own spec: `gigdesk` with no command.
    static let appSpec = CommandSpec(
        name: "", summary: "billing, income, service health, incidents and access reviews in one terminal app",
        options: [CommandSpec.Option("--version", "print the version")],
        details: "commands:\n" + CommandRegistry.all.map { "  " + $0.spec.name.padding(toLength: 18, withPad: " ", startingAt: 0) + $0.spec.summary }
            .joined(separator: "\n") + "\n\nWith no command, the full-screen app starts. Run 'gigdesk COMMAND --help' for a command's options.")

    public static var specs: [CommandSpec] { [appSpec] + CommandRegistry.all.map(\.spec) }

    public func run(_ arguments: [String]) -> Int32 {
        let invocation: Invocation
        do {
            invocation = try CommandLineParser(specs: Self.specs).parse(arguments)
        } catch let error as UsageError {
            let hint = error.command.isEmpty ? "gigdesk --help" : "gigdesk \(error.command) --help"
            output.error("gigdesk: \(error.message)\nTry '\(hint)'.")
            return 2
        } catch {
            output.error("gigdesk: \(error)")
            return 2
        }
        if invocation.has("--help") {
            output.print(Self.specs.first { $0.name == invocation.command }!.helpText, terminator: "")
            return 0
        }
        if invocation.has("--version") {
            output.print("gigdesk \(Self.version)")
            return 0
        }
        do {
            guard let command = CommandRegistry.all.first(where: { $0.spec.name == invocation.command }) else {
                return try UICommand(main: self).run(invocation)
            }
            return try command.run(self, invocation)
        } catch {
            output.error("gigdesk: \(error)")
            return 1
        }
    }

    /// The store path this invocation names.
    func storePath(_ invocation: Invocation) -> String {
        StoreLocation.resolve(explicitPath: invocation.value("--store"), environment: environment)
    }

    func openStore(_ invocation: Invocation) throws -> Store {
        try Store.open(path: storePath(invocation), readOnly: invocation.has("--read-only"),
                       actor: Actor.current(environment: environment), environment: environment)
    }
}

/// Where commands write: stdout and stderr, replaceable in tests.
public struct Output: Sendable {
    public var out: @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }
    public var err: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }

    public init() {}

    func print(_ text: String, terminator: String = "\n") { out(text + terminator) }
    func error(_ text: String) { err(text + "\n") }
}
