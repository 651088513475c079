import Foundation
import GigdeskCore
import GigdeskStore

/// `gigdesk time start|stop|list|add|invoice`: tracked time that becomes invoice lines.
enum TimeCommands {
    static let startSpec = CommandSpec(
        name: "time start", summary: "start the timer on a client (it keeps running across restarts)",
        options: [.init("--client", value: "NAME", "the client"), .init("--note", value: "TEXT", "what you work on")])
    static let stopSpec = CommandSpec(name: "time stop", summary: "stop the running timer")
    static let addSpec = CommandSpec(
        name: "time add", summary: "record time by hand",
        options: [
            .init("--client", value: "NAME", "the client"),
            .init("--minutes", value: "N", "how long"),
            .init("--date", value: "YYYY-MM-DD", "the day (default today)"),
            .init("--note", value: "TEXT", "what was done"),
        ])
    static let listSpec = CommandSpec(
        name: "time list", summary: "list time entries",
        options: [.init("--client", value: "NAME", "only this client"), .init("--unbilled", "only time not yet invoiced"),
                  .init("--json", "machine-readable output")])
    static let invoiceSpec = CommandSpec(
        name: "time invoice", summary: "turn a client's unbilled time into a draft invoice",
        options: [.init("--client", value: "NAME", "the client"), .init("--date", value: "YYYY-MM-DD", "issue date (default today)"),
                  .init("--tax-rate", value: "PERCENT", "tax rate of the lines (default 19)"),
                  .init("--exemption", value: "TEXT", "reason printed when the rate is 0")])

    static let all: [RegisteredCommand] = [
        RegisteredCommand(spec: startSpec) { try start($0, $1) },
        RegisteredCommand(spec: stopSpec) { try stop($0, $1) },
        RegisteredCommand(spec: addSpec) { try add($0, $1) },
        RegisteredCommand(spec: listSpec) { try list($0, $1) },
        RegisteredCommand(spec: invoiceSpec) { try invoice($0, $1) },
    ]

    static func client(_ store: Store, _ invocation: Invocation) throws -> Client {
        guard let name = invocation.value("--client") else { throw CLIError("\(invocation.command) needs --client NAME") }
        return try store.resolveClient(named: name)
    }

    static func start(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        let entry = try store.startTimer(clientID: try client(store, invocation).id, description: invocation.value("--note") ?? "")
        main.output.print("timer started for \(entry.client.name)")
        return 0
    }

    static func stop(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let entry = try main.openStore(invocation).stopTimer()
        main.output.print("timer stopped: \(entry.client.name), \(entry.minutes ?? 0) min")
        return 0
    }

    static func add(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        guard let text = invocation.value("--minutes"), let minutes = Int(text), minutes > 0 else {
            throw CLIError("time add needs --minutes N (a whole number above 0)")
        }
        let store = try main.openStore(invocation)
        let entry = try store.addTimeEntry(clientID: try client(store, invocation).id, date: try InvoiceCommands.date(invocation, "--date"),
                                           minutes: minutes, description: invocation.value("--note") ?? "")
        main.output.print("recorded \(minutes) min for \(entry.client.name) on \(entry.date.iso)")
        return 0
    }

    static func list(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        let clientID = invocation.value("--client") == nil ? nil : try client(store, invocation).id
        let entries = try store.timeEntries(clientID: clientID, unbilledOnly: invocation.has("--unbilled"))
        if invocation.has("--json") {
            main.output.print(try JSONOutput.encode(entries.map(TimeEntryJSON.init)))
            return 0
        }
        if entries.isEmpty { main.output.print("no time entries") }
        for e in entries {
            let state = e.isRunning ? "running" : e.billedInvoiceNumber.map { "billed \($0)" } ?? "unbilled"
            main.output.print("\(e.date.iso)  \(e.client.name)  \(e.minutes.map { "\($0) min" } ?? "…")  \(state)  \(e.description)")
        }
        return 0
    }

    static func invoice(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        let rateText = invocation.value("--tax-rate") ?? "19"
        guard let rate = DecimalNumber(parsing: rateText), !rate.isNegative else {
            throw CLIError("--tax-rate must be a percentage, not '\(rateText)'")
        }
        let invoice = try store.invoiceUnbilledTime(clientID: try client(store, invocation).id,
                                                    issueDate: try InvoiceCommands.date(invocation, "--date"),
                                                    taxRate: rate, exemptionReason: invocation.value("--exemption"))
        main.output.print(invoice.number)
        return 0
    }
}

/// A time entry as `time list --json` prints it.
struct TimeEntryJSON: Encodable {
    var client, description, date, started_at: String
    var minutes: Int?
    var running: Bool
    var billed_invoice: String?

    init(_ e: TimeEntry) {
        (client, description, date) = (e.client.name, e.description, e.date.iso)
        started_at = Timestamp.string(from: e.startedAt)
        (minutes, running, billed_invoice) = (e.minutes, e.isRunning, e.billedInvoiceNumber)
    }
}
