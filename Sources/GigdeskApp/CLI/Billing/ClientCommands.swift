import GigdeskCore
import GigdeskStore

/// `gigdesk client add|list`.
enum ClientCommands {
    static let addSpec = CommandSpec(
        name: "client add", summary: "add a client",
        options: [
            .init("--name", value: "NAME", "the client's name (required)"),
            .init("--email", value: "E", "billing email"),
            .init("--country", value: "CC", "ISO 3166 country code"),
            .init("--address", value: "TEXT", "billing address; \\n separates lines"),
            .init("--tax-id", value: "ID", "VAT or tax id"),
            .init("--currency", value: "CUR", "invoice currency (default: the seller's, else EUR)"),
            .init("--terms", value: "DAYS", "payment terms in days (default: the seller's, else 14)"),
            .init("--rate", value: "AMOUNT", "default hourly rate in the client's currency"),
            .init("--notes", value: "TEXT", "free notes"),
        ])

    static let listSpec = CommandSpec(
        name: "client list", summary: "list clients",
        options: [.init("--json", "machine-readable output"), .init("--archived", "include archived clients")])

    static let editSpec = CommandSpec(
        name: "client edit", summary: "change a client (only the fields given change)", arguments: ["NAME"],
        options: addSpec.options.filter { $0.name != "--name" } + [.init("--rename", value: "NEW", "a new name")])

    static let archiveSpec = CommandSpec(
        name: "client archive", summary: "archive a client; their invoices stay", arguments: ["NAME"])

    static let all: [RegisteredCommand] = [
        RegisteredCommand(spec: addSpec) { try add($0, $1) },
        RegisteredCommand(spec: editSpec) { try edit($0, $1) },
        RegisteredCommand(spec: archiveSpec) { try archive($0, $1) },
        RegisteredCommand(spec: listSpec) { try list($0, $1) },
    ]

    static func edit(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        var client = try store.resolveClient(named: invocation.positionals[0])
        if let v = invocation.value("--rename") { client.name = v }
        if let v = invocation.value("--email") { client.email = v }
        if let v = invocation.value("--country") { client.country = v.uppercased() }
        if let v = invocation.value("--address") { client.address = v.replacingOccurrences(of: "\\n", with: "\n") }
        if let v = invocation.value("--tax-id") { client.taxID = v }
        if let v = invocation.value("--currency") { client.currency = try Currency.parse(v) }
        if let v = invocation.value("--notes") { client.notes = v }
        if let v = invocation.value("--terms") {
            guard let days = Int(v), days >= 0 else { throw CLIError("--terms must be a whole number of days, not '\(v)'") }
            client.paymentTermsDays = days
        }
        if let v = invocation.value("--rate") { client.hourlyRate = try Money.parse(v, currency: client.currency).minorUnits }
        let problems = client.validate()
        guard problems.isEmpty else { throw CLIError(problems) }
        main.output.print("client saved: \(try store.updateClient(client).name)")
        return 0
    }

    static func archive(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        let client = try store.archiveClient(id: try store.resolveClient(named: invocation.positionals[0]).id)
        main.output.print("client archived: \(client.name) (their invoices stay; client list --archived shows them)")
        return 0
    }

    static func add(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        guard let name = invocation.value("--name")?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            throw CLIError("client add needs --name NAME")
        }
        let store = try main.openStore(invocation)
        let seller = try store.sellerProfile()
        let currency = try invocation.value("--currency").map { code throws -> Currency in try Currency.parse(code) }
            ?? seller?.homeCurrency ?? Currency(code: "EUR")!
        var terms = seller?.paymentTermsDays ?? 14
        if let v = invocation.value("--terms") {
            guard let days = Int(v), days >= 0 else { throw CLIError("--terms must be a whole number of days, not '\(v)'") }
            terms = days
        }
        let rate = try invocation.value("--rate").map { text throws -> Int64 in try Money.parse(text, currency: currency).minorUnits }
        let client = Client(
            name: name, email: invocation.value("--email") ?? "",
            address: (invocation.value("--address") ?? "").replacingOccurrences(of: "\\n", with: "\n"),
            country: (invocation.value("--country") ?? "").uppercased(), taxID: invocation.value("--tax-id") ?? "",
            currency: currency, hourlyRate: rate, paymentTermsDays: terms, notes: invocation.value("--notes") ?? "")
        let problems = client.validate()
        guard problems.isEmpty else { throw CLIError(problems) }
        let saved = try store.addClient(client)
        main.output.print("client added: \(saved.name)")
        return 0
    }

    static func list(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        let clients = try store.clients(includeArchived: invocation.has("--archived"))
        if invocation.has("--json") {
            main.output.print(try JSONOutput.encode(clients.map(ClientJSON.init)))
            return 0
        }
        if clients.isEmpty {
            main.output.print("no clients yet; add one with: gigdesk client add --name NAME")
            return 0
        }
        let width = min(40, clients.map { $0.name.count }.max() ?? 4)
        for c in clients {
            let rate = c.hourlyRate.map { Money(minorUnits: $0, currency: c.currency).description + "/h" } ?? ""
            main.output.print([c.name.padding(toLength: width, withPad: " ", startingAt: 0), c.currency.code,
                               "\(c.paymentTermsDays)d", c.country, rate, c.archived ? "archived" : ""]
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        return 0
    }
}

/// A client as `client list --json` prints it.
struct ClientJSON: Encodable {
    var id, name, email, address, country, tax_id, currency, notes: String
    var hourly_rate: String?
    var terms: Int
    var archived: Bool

    init(_ c: Client) {
        (id, name, email, address, country, tax_id) = (c.id.rawValue, c.name, c.email, c.address, c.country, c.taxID)
        (currency, notes, terms, archived) = (c.currency.code, c.notes, c.paymentTermsDays, c.archived)
        hourly_rate = c.hourlyRate.map { Money(minorUnits: $0, currency: c.currency).decimalString }
    }
}
