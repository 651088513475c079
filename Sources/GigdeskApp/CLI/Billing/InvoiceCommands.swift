import GigdeskCore
import GigdeskStore

/// `gigdesk invoice new|show|list|send|void|pay|credit`.
enum InvoiceCommands {
    static let newSpec = CommandSpec(
        name: "invoice new", summary: "create a draft invoice and print its number",
        options: [
            .init("--client", value: "NAME", "the client (name or unique prefix)"),
            .init("--date", value: "YYYY-MM-DD", "issue date (default today)"),
            .init("--currency", value: "CUR", "currency (default: the client's)"),
            .init("--item", value: LineItemSpec.format, "a line; amounts in the invoice currency", repeatable: true),
            .init("--unit", value: "UNIT", "unit of every line (default hours)"),
            .init("--exemption", value: "TEXT", "reason printed for 0 % lines (e.g. \"Reverse charge\")"),
            .init("--notes", value: "TEXT", "notes printed on the invoice"),
        ])
    static let showSpec = CommandSpec(
        name: "invoice show", summary: "print one invoice", arguments: ["NUMBER"],
        options: [.init("--json", "machine-readable output")])
    static let listSpec = CommandSpec(
        name: "invoice list", summary: "list invoices",
        options: [
            .init("--status", value: "S", "only this status", choices: ["draft", "sent", "partial", "paid", "void", "overdue"]),
            .init("--client", value: "NAME", "only this client"),
            .init("--from", value: "YYYY-MM-DD", "issued on or after"),
            .init("--to", value: "YYYY-MM-DD", "issued on or before"),
            .init("--search", value: "TEXT", "number or client name contains"),
            .init("--json", "machine-readable output"),
        ])
    static let creditSpec = CommandSpec(
        name: "invoice credit", summary: "issue a credit note for a whole invoice and print its number", arguments: ["NUMBER"],
        options: [.init("--date", value: "YYYY-MM-DD", "credit note date (default today)")])
    static let overdueSpec = CommandSpec(
        name: "invoice overdue", summary: "list overdue invoices with the days they are overdue",
        options: [.init("--json", "machine-readable output")])
    static let sendSpec = CommandSpec(name: "invoice send", summary: "mark a draft as sent (it is locked from then on)", arguments: ["NUMBER"])
    static let voidSpec = CommandSpec(name: "invoice void", summary: "void an invoice that is not paid", arguments: ["NUMBER"])
    static let paySpec = CommandSpec(
        name: "invoice pay", summary: "record a payment", arguments: ["NUMBER", "AMOUNT"],
        options: [
            .init("--date", value: "YYYY-MM-DD", "payment date (default today)"),
            .init("--method", value: "M", "how it was paid (bank transfer, card, …)"),
            .init("--ref", value: "R", "bank or processor reference"),
        ])

    static let all: [RegisteredCommand] = [
        RegisteredCommand(spec: newSpec) { try new($0, $1) },
        RegisteredCommand(spec: showSpec) { try show($0, $1) },
        RegisteredCommand(spec: listSpec) { try list($0, $1) },
        RegisteredCommand(spec: sendSpec) { try changeStatus($0, $1) { try $0.send(number: $1) } },
        RegisteredCommand(spec: voidSpec) { try changeStatus($0, $1) { try $0.void(number: $1) } },
        RegisteredCommand(spec: paySpec) { try pay($0, $1) },
        RegisteredCommand(spec: creditSpec) { try credit($0, $1) },
        RegisteredCommand(spec: overdueSpec) { try overdue($0, $1) },
    ]

    static func credit(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let note = try main.openStore(invocation).createCreditNote(for: invocation.positionals[0], date: try date(invocation, "--date"))
        main.output.print(note.number)
        return 0
    }

    static func overdue(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let overdue = try main.openStore(invocation).overdueInvoices(today: LocalDate.today())
        if invocation.has("--json") {
            main.output.print(try JSONOutput.encode(overdue.map(OverdueJSON.init)))
            return 0
        }
        if overdue.isEmpty { main.output.print("nothing is overdue") }
        for item in overdue {
            let balance = Money(minorUnits: item.row.balance, currency: item.row.currency)
            main.output.print("\(item.row.number)  \(item.row.clientName)  due \(item.row.dueDate.iso)  \(item.daysOverdue) days overdue  \(balance)")
        }
        return 0
    }

    static func date(_ invocation: Invocation, _ option: String) throws -> LocalDate {
        guard let text = invocation.value(option) else { return LocalDate.today() }
        return try LocalDate.parse(text)
    }

    static func new(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        guard let clientName = invocation.value("--client") else { throw CLIError("invoice new needs --client NAME") }
        let items = invocation.allValues("--item")
        guard !items.isEmpty else { throw CLIError("invoice new needs at least one --item \"\(LineItemSpec.format)\"") }
        let issueDate = try date(invocation, "--date")
        let store = try main.openStore(invocation)
        let client = try store.resolveClient(named: clientName)
        let currency = try invocation.value("--currency").map { code throws -> Currency in try Currency.parse(code) } ?? client.currency
        let lines = try items.enumerated().map { index, text in
            try LineItemSpec.parse(text, index: index + 1, currency: currency, unit: invocation.value("--unit") ?? "hours",
                                   exemptionReason: invocation.value("--exemption"))
        }
        let invoice = try store.createDraft(clientID: client.id, issueDate: issueDate, currency: currency, lines: lines,
                                            notes: invocation.value("--notes") ?? "")
        main.output.print(invoice.number)
        return 0
    }

    static func show(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        let number = invocation.positionals[0]
        guard let invoice = try store.invoice(number: number) else { throw BillingStoreError.unknownInvoice(number) }
        let today = LocalDate.today()
        if invocation.has("--json") {
            main.output.print(try JSONOutput.encode(InvoiceJSON(invoice, today: today)))
        } else {
            main.output.print(InvoiceText.render(invoice, today: today))
        }
        return 0
    }

    static func list(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        var query = InvoiceQuery(today: LocalDate.today())
        if let status = invocation.value("--status") { query.status = InvoiceQuery.StatusFilter(name: status) }
        if let name = invocation.value("--client") { query.clientID = try store.resolveClient(named: name).id }
        query.issuedFrom = try invocation.value("--from").map { text throws -> LocalDate in try LocalDate.parse(text) }
        query.issuedThrough = try invocation.value("--to").map { text throws -> LocalDate in try LocalDate.parse(text) }
        query.text = invocation.value("--search") ?? ""
        let rows = try store.invoiceRows(query, sort: InvoiceSort(column: .issueDate), offset: 0, limit: Int.max)
        if invocation.has("--json") {
            main.output.print(try JSONOutput.encode(rows.map(InvoiceRowJSON.init)))
            return 0
        }
        if rows.isEmpty { main.output.print("no invoices match") }
        for row in rows {
            let total = Money(minorUnits: row.total, currency: row.currency)
            let balance = Money(minorUnits: row.balance, currency: row.currency)
            main.output.print([row.number, row.issueDate.iso, row.dueDate.iso, row.clientName,
                               total.description, "balance " + balance.decimalString,
                               row.isOverdue ? "overdue" : row.status.rawValue].joined(separator: "  "))
        }
        return 0
    }

    static func changeStatus(_ main: GigdeskMain, _ invocation: Invocation,
                             _ change: (Store, String) throws -> StoredInvoice) throws -> Int32 {
        let store = try main.openStore(invocation)
        let invoice = try change(store, invocation.positionals[0])
        main.output.print("\(invoice.number): \(invoice.status.rawValue)")
        return 0
    }

    static func pay(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        let number = invocation.positionals[0]
        guard let invoice = try store.invoice(number: number) else { throw BillingStoreError.unknownInvoice(number) }
        let amount = try Money.parse(invocation.positionals[1], currency: invoice.currency)
        let paid = try store.recordPayment(number: number, amount: amount.minorUnits, date: try date(invocation, "--date"),
                                           method: invocation.value("--method") ?? "", reference: invocation.value("--ref") ?? "")
        let balance = Money(minorUnits: paid.balance, currency: paid.currency)
        main.output.print("\(paid.number): \(paid.status.rawValue), balance \(balance)")
        return 0
    }
}
