import Foundation
import GigdeskCore
import GigdeskStore

/// `gigdesk invoice remind NUMBER [--level polite|firm|final] [--output FILE] [--force]`.
enum ReminderCommand {
    static let spec = CommandSpec(
        name: "invoice remind", summary: "write a payment reminder for an overdue invoice", arguments: ["NUMBER"],
        options: [
            .init("--level", value: "LEVEL", "tone of the reminder (default polite)", choices: ReminderLevel.allCases.map(\.rawValue)),
            .init("--output", value: "FILE", "save to this file instead of printing"),
            .init("--force", "overwrite an existing file"),
        ])

    static let registered = RegisteredCommand(spec: spec) { try run($0, $1) }

    static func run(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        let number = invocation.positionals[0]
        guard let invoice = try store.invoice(number: number) else { throw BillingStoreError.unknownInvoice(number) }
        let today = LocalDate.today()
        guard invoice.isOverdue(today: today) else {
            throw CLIError("\(number) is not overdue (status \(invoice.status.rawValue), due \(invoice.dueDate.iso))")
        }
        let level = ReminderLevel(rawValue: invocation.value("--level") ?? "polite") ?? .polite
        let text = try ReminderComposer.compose(invoice, level: level, seller: try store.sellerProfile(),
                                                assets: ResourceLocator(environment: main.environment).assets, today: today)
        guard let output = invocation.value("--output") else {
            main.output.print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return 0
        }
        if FileManager.default.fileExists(atPath: output), !invocation.has("--force") {
            throw CLIError("\(output) exists; add --force to overwrite it")
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        main.output.print(output)
        return 0
    }
}
