/// A subcommand: its spec (for parsing and `--help`) and what it does.
struct RegisteredCommand: Sendable {
    var spec: CommandSpec
    var run: @Sendable (GigdeskMain, Invocation) throws -> Int32
}

/// Every subcommand, in the order `gigdesk --help` lists them.
enum CommandRegistry {
    static let all: [RegisteredCommand] = [
        RegisteredCommand(spec: DemoCommand.spec) { try DemoCommand(main: $0).run($1) },
        RegisteredCommand(spec: DoctorCommand.spec) { DoctorCommand(main: $0).run($1) },
    ] + SellerCommands.all + ClientCommands.all + InvoiceCommands.all + [InvoiceExportCommand.registered, ReminderCommand.registered]
        + TimeCommands.all + RecurringCommands.all
}
