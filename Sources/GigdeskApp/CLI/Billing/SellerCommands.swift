import GigdeskCore
import GigdeskStore

/// `gigdesk seller set|show`: the seller profile printed on every invoice.
enum SellerCommands {
    static let setSpec = CommandSpec(
        name: "seller set", summary: "create or change the seller profile (only the fields given change)",
        options: [
            .init("--name", value: "NAME", "business name"),
            .init("--address", value: "TEXT", "postal address; \\n separates lines"),
            .init("--country", value: "CC", "ISO 3166 country code, e.g. DE"),
            .init("--tax-id", value: "ID", "VAT or tax id"),
            .init("--email", value: "E", "email address"),
            .init("--iban", value: "IBAN", "bank account for transfers (enables the SEPA QR code on EUR invoices)"),
            .init("--bic", value: "BIC", "bank identifier"),
            .init("--payment-instructions", value: "TEXT", "printed under the totals"),
            .init("--currency", value: "CUR", "home currency (ISO 4217)"),
            .init("--number-pattern", value: "P", "invoice numbers, e.g. INV-{yyyy}-{seq:4}"),
            .init("--terms", value: "DAYS", "default payment terms in days"),
        ])

    static let showSpec = CommandSpec(
        name: "seller show", summary: "print the seller profile",
        options: [.init("--json", "machine-readable output")])

    static let all: [RegisteredCommand] = [
        RegisteredCommand(spec: setSpec) { try set($0, $1) },
        RegisteredCommand(spec: showSpec) { try show($0, $1) },
    ]

    static func set(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        let currency = try invocation.value("--currency").map { code throws -> Currency in try Currency.parse(code) }
        var profile = try store.sellerProfile() ?? SellerProfile(homeCurrency: currency ?? Currency(code: "EUR")!)
        if let v = invocation.value("--name") { profile.name = v }
        if let v = invocation.value("--address") { profile.address = v.replacingOccurrences(of: "\\n", with: "\n") }
        if let v = invocation.value("--country") { profile.country = v.uppercased() }
        if let v = invocation.value("--tax-id") { profile.taxID = v }
        if let v = invocation.value("--email") { profile.email = v }
        if let v = invocation.value("--iban") { profile.iban = v.replacingOccurrences(of: " ", with: "").uppercased() }
        if let v = invocation.value("--bic") { profile.bic = v.uppercased() }
        if let v = invocation.value("--payment-instructions") { profile.paymentInstructions = v }
        if let currency { profile.homeCurrency = currency }
        if let v = invocation.value("--number-pattern") { profile.numberPattern = v }
        if let v = invocation.value("--terms") {
            guard let days = Int(v) else { throw CLIError("--terms must be a whole number of days, not '\(v)'") }
            profile.paymentTermsDays = days
        }
        let problems = profile.validate()
        guard problems.isEmpty else { throw CLIError(problems) }
        try store.saveSellerProfile(profile)
        main.output.print("seller profile saved")
        return 0
    }

    static func show(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        let store = try main.openStore(invocation)
        guard let profile = try store.sellerProfile() else {
            throw CLIError("no seller profile yet; set one with: gigdesk seller set --name NAME …")
        }
        if invocation.has("--json") {
            main.output.print(try JSONOutput.encode(SellerJSON(profile)))
            return 0
        }
        let rows: [(String, String)] = [
            ("name", profile.name), ("address", profile.address.replacingOccurrences(of: "\n", with: ", ")),
            ("country", profile.country), ("tax id", profile.taxID), ("email", profile.email),
            ("iban", profile.iban), ("bic", profile.bic), ("payment", profile.paymentInstructions),
            ("currency", profile.homeCurrency.code), ("number pattern", profile.numberPattern),
            ("terms", "\(profile.paymentTermsDays) days"),
        ]
        for (label, value) in rows {
            main.output.print(label.padding(toLength: 16, withPad: " ", startingAt: 0) + value)
        }
        let missing = profile.missingFields(for: .ubl)
        if !missing.isEmpty { main.output.print("\nUBL export needs: " + missing.joined(separator: ", ")) }
        return 0
    }
}

/// The seller profile as `seller show --json` prints it.
struct SellerJSON: Encodable {
    var name, address, country, tax_id, email, iban, bic, payment_instructions, currency, number_pattern: String
    var terms: Int

    init(_ p: SellerProfile) {
        (name, address, country, tax_id, email) = (p.name, p.address, p.country, p.taxID, p.email)
        (iban, bic, payment_instructions) = (p.iban, p.bic, p.paymentInstructions)
        (currency, number_pattern, terms) = (p.homeCurrency.code, p.numberPattern, p.paymentTermsDays)
    }
}
