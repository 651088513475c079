import GigdeskCore
import GigdeskStore

/// Demo billing data: a seller profile, clients with accented and CJK names in
/// several currencies, and invoices over several years — paid, partly paid,
/// overdue, draft and void. `large` makes 10,000 clients and 100,000 invoices.
struct BillingDemoGenerator: DemoGenerator {
    let domain = "billing"
    /// The day the demo history ends on (its "today").
    var today: LocalDate

    static let names = [
        "Zoë Café GmbH", "Société d'Études Générales", "Ærø Fisk ApS", "株式会社 山田", "北京未来科技有限公司",
        "Müller & Söhne KG", "Acme Analytics Ltd", "Łódź Studio", "São Paulo Digital Ltda", "서울 디자인",
        "Ñandú Films", "Fjörð Labs ehf", "Kuwait Data Co", "Château Rouge SARL", "Brightline Inc",
    ]
    static let countries = ["DE", "FR", "DK", "JP", "CN", "DE", "GB", "PL", "BR", "KR", "ES", "IS", "KW", "FR", "US"]
    static let currencies = ["EUR", "EUR", "EUR", "JPY", "USD", "EUR", "GBP", "EUR", "USD", "USD", "EUR", "EUR", "KWD", "EUR", "USD"]
    static let work: [(String, String, Int64)] = [
        ("Design sprint", "days", 65_000), ("Consulting", "hours", 9_500), ("Logo and brand guide", "items", 120_000),
        ("Website maintenance", "months", 45_000), ("Code review", "hours", 8_000), ("Workshop", "days", 80_000),
        ("Illustrations", "items", 15_000), ("Hosting", "months", 2_500),
    ]

    func generate(into store: Store, size: DemoSize, random: inout SeededRandom) throws -> String {
        if try store.sellerProfile() == nil {
            try store.saveSellerProfile(SellerProfile(
                name: "Ana Müller Design", address: "Hauptstraße 12\n10115 Berlin", country: "DE", taxID: "DE123456789",
                email: "ana@example.com", iban: "DE89370400440532013000", bic: "COBADEFFXXX",
                paymentInstructions: "Bank transfer to DE89 3704 0044 0532 0130 00 within the terms, quoting the invoice number.",
                homeCurrency: Currency(code: "EUR")!))
        }
        let clientCount = size == .large ? 10_000 : Self.names.count
        let invoiceCount = size == .large ? 100_000 : 150
        var clients: [Client] = []
        for i in 0..<clientCount {
            let base = i % Self.names.count
            let name = i < Self.names.count ? Self.names[base] : "\(Self.names[base]) \(i / Self.names.count + 1)"
            let currency = Currency(code: Self.currencies[base])!
            let rate = currency.minorUnits == 0 ? Int64(9_000) : currency.minorUnits == 3 ? 30_000 : 9_000
            clients.append(try store.addClient(Client(
                name: name, email: "billing@client\(i).example", address: "Street \(i + 1)\nCity",
                country: Self.countries[base], taxID: base % 3 == 0 ? "\(Self.countries[base])\(100_000_000 + i)" : "",
                currency: currency, hourlyRate: rate, paymentTermsDays: [14, 30, 30, 60][i % 4])))
        }
        let days = size == .large ? 5 * 365 : 3 * 365
        let start = today.adding(days: -days)
        var made = 0
        let batchSize = 5_000
        while made < invoiceCount {
            let count = min(batchSize, invoiceCount - made)
            let batch = (0..<count).map { k in
                invoice(index: made + k, of: invoiceCount, clients: clients, start: start, days: days, random: &random)
            }
            try store.insertDemoInvoices(batch)
            made += count
        }
        let schedules = try addRecurring(clients: clients, to: store)
        let entries = try addTime(clients: clients, to: store, random: &random)
        return "\(clients.count) clients, \(made) invoices from \(start.iso) to \(today.iso), "
            + "\(schedules) recurring schedules, \(entries) unbilled time entries"
    }

    /// Monthly and weekly schedules whose next invoice falls in the coming weeks.
    private func addRecurring(clients: [Client], to store: Store) throws -> Int {
        let plans: [(RecurringSchedule.Unit, Int, Int, String, Int64)] = [
            (.month, 1, 5, "Website maintenance retainer", 45_000), (.week, 2, 3, "Fortnightly support block", 30_000),
            (.month, 3, 20, "Quarterly analytics report", 120_000),
        ]
        for (i, plan) in plans.enumerated() {
            let client = clients[i % clients.count]
            let price = client.currency.minorUnits == 0 ? plan.4 / 100 * 150 / 100 : plan.4 * (client.currency.minorUnits == 3 ? 10 : 1)
            let schedule = try RecurringSchedule(unit: plan.0, every: plan.1, start: today.adding(days: plan.2))
            let line = LineItem(description: plan.3, quantity: DecimalNumber(1), unit: "items", unitPrice: price,
                                taxRate: DecimalNumber(19))
            try store.addRecurring(clientID: client.id, schedule: schedule, lines: [line])
        }
        return plans.count
    }

    /// Time tracked over the last two weeks that is not invoiced yet.
    private func addTime(clients: [Client], to store: Store, random: inout SeededRandom) throws -> Int {
        var count = 0
        for client in clients.prefix(4) {
            for day in stride(from: 1, through: 13, by: 3) {
                _ = try store.addTimeEntry(clientID: client.id, date: today.adding(days: -day),
                                          minutes: 30 * Int.random(in: 1...8, using: &random),
                                          description: ["Design review", "Call", "Implementation", "Bug fixing"][day % 4])
                count += 1
            }
        }
        return count
    }

    /// One invoice, spread evenly over the period so that numbers rise with dates.
    private func invoice(index: Int, of total: Int, clients: [Client], start: LocalDate, days: Int,
                         random: inout SeededRandom) -> DemoInvoice {
        let client = clients[Int.random(in: 0..<clients.count, using: &random)]
        let issue = start.adding(days: index * days / max(1, total))
        let due = issue.adding(days: client.paymentTermsDays)
        let scale: Int64 = client.currency.minorUnits == 0 ? 1 : client.currency.minorUnits == 3 ? 10 : 1
        let lines = (0..<Int.random(in: 1...3, using: &random)).map { n -> LineItem in
            let (what, unit, price) = Self.work[Int.random(in: 0..<Self.work.count, using: &random)]
            let reverseCharge = client.country != "DE" && client.taxID.isEmpty == false && n == 0
            return LineItem(description: what, quantity: DecimalNumber(Int.random(in: 1...8, using: &random)), unit: unit,
                            unitPrice: client.currency.minorUnits == 0 ? price / 100 * 150 / 100 : price * scale,
                            taxRate: reverseCharge ? DecimalNumber(0) : (n == 2 ? DecimalNumber(7) : DecimalNumber(19)),
                            discountPercent: n == 1 && index % 5 == 0 ? DecimalNumber(10) : nil,
                            exemptionReason: reverseCharge ? "Reverse charge" : nil)
        }
        let totalAmount = InvoiceCalculator.totals(for: lines, currency: client.currency).total
        let daysAgo = issue.days(until: today)
        let roll = Int.random(in: 0..<100, using: &random)
        var payments: [DemoPayment] = []
        var sent = true
        var voided = false
        if daysAgo < 45 && roll < 25 {
            sent = false
        } else if roll < 3 {
            voided = true
        } else if daysAgo > 240 || roll < 55 {
            payments = [DemoPayment(amount: totalAmount, date: due.adding(days: Int.random(in: -10...20, using: &random)),
                                    reference: "TRX-\(index)")]
        } else if roll < 80 {
            payments = [DemoPayment(amount: totalAmount / 2, date: issue.adding(days: 10), reference: "TRX-\(index)")]
        }
        return DemoInvoice(clientID: client.id, issueDate: issue, dueDate: due, lines: lines,
                           notes: index % 7 == 0 ? "Thank you for your business." : "", sent: sent,
                           payments: payments, voided: voided)
    }
}
