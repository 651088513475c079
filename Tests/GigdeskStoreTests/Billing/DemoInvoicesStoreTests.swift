import Foundation
import GigdeskCore
import GigdeskStore
import XCTest

final class DemoInvoicesStoreTests: BillingStoreTestCase {
    func testBatchIsNumberedReplayedAndFullyLogged() throws {
        let store = try openStore()
        let client = try addClient(store, "Demo Client")
        let lines = [item(price: 10_000), item(quantity: "2", price: 2_500, rate: "7")]
        let batch = [
            DemoInvoice(clientID: client.id, issueDate: day("2025-12-01"), dueDate: day("2025-12-15"), lines: lines,
                        payments: [DemoPayment(amount: 17_250, date: day("2025-12-10"), reference: "R1")]),
            DemoInvoice(clientID: client.id, issueDate: day("2026-01-02"), dueDate: day("2026-01-16"), lines: lines,
                        sent: false),
            DemoInvoice(clientID: client.id, issueDate: day("2026-01-03"), dueDate: day("2026-01-17"), currency: jpy,
                        lines: lines, payments: [DemoPayment(amount: 1_000, date: day("2026-01-05"))], voided: true),
        ]
        XCTAssertEqual(try store.insertDemoInvoices(batch), ["INV-2025-0001", "INV-2026-0001", "INV-2026-0002"])
        let paid = try XCTUnwrap(store.invoice(number: "INV-2025-0001"))
        XCTAssertEqual(paid.status, .paid)
        XCTAssertEqual(paid.payments.map(\.reference), ["R1"])
        XCTAssertEqual(try store.invoice(number: "INV-2026-0001")?.status, .draft)
        let void = try XCTUnwrap(store.invoice(number: "INV-2026-0002"))
        XCTAssertEqual([void.paid, void.balance], [1_000, 0])
        XCTAssertEqual(void.currency, jpy)

        // Every row written is in the change log.
        let counts = try store.counts()
        let logged = Dictionary(grouping: try changeSummary(store), by: { $0 }).mapValues(\.count)
        for table in ["clients", "invoices", "invoice_lines", "payments", "number_counters"] {
            XCTAssertEqual(logged["\(table) insert"], counts[table], table)
        }
        // The counters continue after the batch.
        XCTAssertEqual(try store.createDraft(clientID: client.id, issueDate: day("2026-02-01"), lines: lines).number,
                       "INV-2026-0003")
    }

    func testABatchBreakingTheLifecycleWritesNothing() throws {
        let store = try openStore()
        let client = try addClient(store, "Demo Client")
        let seq = try lastChangeSeq(store)
        let good = DemoInvoice(clientID: client.id, issueDate: day("2026-01-02"), dueDate: day("2026-01-16"),
                               lines: [item(price: 100, rate: "0", exemption: "Exempt")])
        var overpaid = good
        overpaid.payments = [DemoPayment(amount: 101, date: day("2026-01-03"))]
        assertThrows(try store.insertDemoInvoices([good, overpaid]), "payment of 1.01 EUR is more than the balance of 1.00 EUR")
        XCTAssertEqual(try lastChangeSeq(store), seq)
    }

    /// 100,000 invoices with 2–3 lines each, through the change-logged write path, then
    /// the list's queries on them. Runs only with GIGDESK_BENCHMARK=1 (use a release build);
    /// GIGDESK_BENCHMARK_CHUNK=N splits the insert into transactions of N invoices.
    func testBenchmarkHundredThousandInvoices() throws {
        guard ProcessInfo.processInfo.environment["GIGDESK_BENCHMARK"] == "1" else {
            throw XCTSkip("set GIGDESK_BENCHMARK=1 to run")
        }
        let store = try openStore()
        let clients = try (0..<1_000).map { try addClient(store, "Client \($0)") }
        var random = SystemRandomNumberGenerator()
        let start = day("2020-01-01")
        let batch = (0..<100_000).map { index -> DemoInvoice in
            let issue = start.adding(days: index * 2_200 / 100_000)
            let lines = (0..<(2 + index % 2)).map { line in
                item("Line \(line)", quantity: "\(1 + index % 7).5", price: Int64.random(in: 1_000...90_000, using: &random),
                     rate: line == 2 ? "7" : "19", discount: index % 5 == 0 ? "10" : nil)
            }
            let total = InvoiceCalculator.totals(for: lines, currency: eur).total
            let sent = index % 10 != 9
            let payments = switch index % 4 {
            case 0 where sent: [DemoPayment(amount: total, date: issue.adding(days: 10))]
            case 1 where sent: [DemoPayment(amount: total / 2, date: issue.adding(days: 5))]
            default: [DemoPayment]()
            }
            return DemoInvoice(clientID: clients[index % clients.count].id, issueDate: issue,
                               dueDate: issue.adding(days: 14), lines: lines, sent: sent, payments: payments)
        }
        var clock = ContinuousClock.now
        let chunk = Int(ProcessInfo.processInfo.environment["GIGDESK_BENCHMARK_CHUNK"] ?? "") ?? batch.count
        for start in stride(from: 0, to: batch.count, by: chunk) {
            try store.insertDemoInvoices(Array(batch[start..<min(start + chunk, batch.count)]))
        }
        print("BENCHMARK insert 100000 invoices in transactions of \(chunk): \(clock.duration(to: .now))")
        print("BENCHMARK rows: \(try store.counts().filter { ["invoices", "invoice_lines", "payments", "change_log"].contains($0.key) })")

        let today = day("2026-01-15")
        func time(_ label: String, _ body: () throws -> Void) rethrows {
            clock = ContinuousClock.now
            try body()
            print("BENCHMARK \(label): \(clock.duration(to: .now))")
        }
        try time("count all") { _ = try store.invoiceCount(InvoiceQuery(today: today)) }
        try time("count overdue") { _ = try store.invoiceCount(InvoiceQuery(status: .overdue, today: today)) }
        try time("count text") { _ = try store.invoiceCount(InvoiceQuery(text: "client 12", today: today)) }
        for column in InvoiceSort.Column.allCases {
            let sort = InvoiceSort(column: column, ascending: false)
            try time("first page by \(column)") { _ = try store.invoiceRows(InvoiceQuery(today: today), sort: sort,
                                                                            offset: 0, limit: 50) }
            try time("page at 99950 by \(column)") { _ = try store.invoiceRows(InvoiceQuery(today: today), sort: sort,
                                                                               offset: 99_950, limit: 50) }
        }
        let page = try store.invoiceRows(InvoiceQuery(today: today), sort: .newestFirst, offset: 50_000, limit: 50)
        try time("keyset page after row 50050") { _ = try store.invoiceRows(InvoiceQuery(today: today), sort: .newestFirst,
                                                                            after: page.last, limit: 50) }
        try time("first page overdue by due date") { _ = try store.invoiceRows(InvoiceQuery(status: .overdue, today: today),
                                                                               sort: InvoiceSort(column: .dueDate),
                                                                               offset: 0, limit: 50) }
        try time("first page text by number") { _ = try store.invoiceRows(InvoiceQuery(text: "client 12", today: today),
                                                                          sort: InvoiceSort(column: .number),
                                                                          offset: 0, limit: 50) }
        try time("first page of one client by total") { _ = try store.invoiceRows(
            InvoiceQuery(clientID: clients[7].id, today: today), sort: InvoiceSort(column: .total), offset: 0, limit: 50) }
        try time("overdue list") { _ = try store.overdueInvoices(today: today) }
        try time("one invoice") { _ = try store.invoice(number: "INV-2023-0100") }
    }
}
