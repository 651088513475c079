import GigdeskCore
import GigdeskStore

/// `gigdesk recurring add|list|run`: schedules the background worker turns into drafts.
enum RecurringCommands {
    static let addSpec = CommandSpec(
        name: "recurring add", summary: "create a recurring invoice schedule",
        options: [
            .init("--client", value: "NAME", "the client"),
            .init("--every", value: "N", "how many units between invoices (default 1)"),
            .init("--unit", value: "UNIT", "the period", choices: ["day", "week", "month"]),
            .init("--start", value: "YYYY-MM-DD", "the first invoice date (default today)"),
            .init("--end", value: "YYYY-MM-DD", "no invoices after this date"),
            .init("--count", value: "N", "stop after this many invoices"),
            .init("--item", value: LineItemSpec.format, "a line of every invoice", repeatable: true),
            .init("--notes", value: "TEXT", "notes printed on every invoice"),
        ])
    static let listSpec = CommandSpec(name: "recurring list", summary: "list recurring schedules",
                                      options: [.init("--json", "machine-readable output")])
    static let runSpec = CommandSpec(name: "recurring run", summary: "create the drafts that are due now (the app's worker does this too)")

    static let all: [RegisteredCommand] = [
        RegisteredCommand(spec: addSpec) { try add($0, $1) },
        RegisteredCommand(spec: listSpec) { try list($0, $1) },
        RegisteredCommand(spec: runSpec) { try run($0, $1) },
    ]

    static func add(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        guard let clientName = invocation.value("--client") else { throw CLIError("recurring add needs --client NAME") }
        guard let unitName = invocation.value("--unit"), let unit = RecurringSchedule.Unit(rawValue: unitName) else {
            throw CLIError("recurring add needs --unit day|week|month")
        }
        let items = invocation.allValues("--item")
        guard !items.isEmpty else { throw CLIError("recurring add needs at least one --item \"\(LineItemSpec.format)\"") }
        func number(_ option: String) throws -> Int? {
            guard let text = invocation.value(option) else { return nil }
            guard let n = Int(text) else { throw CLIError("\(option) must be a whole number, not '\(text)'") }
            return n
        }
        let store = try main.openStore(invocation)
        let client = try store.resolveClient(named: clientName)
        let schedule = try RecurringSchedule(
            unit: unit, every: try number("--every") ?? 1, start: try InvoiceCommands.date(invocation, "--start"),
            end: try invocation.value("--end").map { text throws -> LocalDate in try LocalDate.parse(text) },
            count: try number("--count"))
        let lines = try items.enumerated().map { index, text in
            try LineItemSpec.parse(text, index: index + 1, currency: client.currency, unit: "items", exemptionReason: nil)
        }
        let id = try store.addRecurring(clientID: client.id, schedule: schedule, lines: lines, notes: invocation.value("--notes") ?? "")
        main.output.print("recurring schedule \(id.rawValue.prefix(8)) for \(client.name): every \(schedule.every) \(unit.rawValue)(s) from \(schedule.start.iso)")
        return 0
    }

    static func list(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let schedules = try main.openStore(invocation).recurringSchedules()
        if invocation.has("--json") {
            main.output.print(try JSONOutput.encode(schedules.map(RecurringJSON.init)))
            return 0
        }
        if schedules.isEmpty { main.output.print("no recurring schedules") }
        for s in schedules {
            let total = Money(minorUnits: InvoiceCalculator.totals(for: s.lines, currency: s.currency).total, currency: s.currency)
            main.output.print("\(s.id.rawValue.prefix(8))  \(s.client.name)  every \(s.schedule.every) \(s.schedule.unit.rawValue)  from \(s.schedule.start.iso)  \(total)  last \(s.lastPeriod?.iso ?? "none")\(s.active ? "" : "  paused")")
        }
        return 0
    }

    static func run(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let created = try main.openStore(invocation).runDueRecurring(today: LocalDate.today())
        main.output.print(created.isEmpty ? "nothing due" : created.joined(separator: "\n"))
        return 0
    }
}

/// A schedule as `recurring list --json` prints it.
struct RecurringJSON: Encodable {
    var id, client, unit, start, currency, total: String
    var every: Int
    var end, last_period: String?
    var count: Int?
    var active: Bool

    init(_ s: StoredRecurringSchedule) {
        (id, client, unit, start, currency) = (s.id.rawValue, s.client.name, s.schedule.unit.rawValue, s.schedule.start.iso, s.currency.code)
        total = Money(minorUnits: InvoiceCalculator.totals(for: s.lines, currency: s.currency).total, currency: s.currency).decimalString
        (every, end, last_period, count, active) = (s.schedule.every, s.schedule.end?.iso, s.lastPeriod?.iso, s.schedule.count, s.active)
    }
}
