import GigdeskCore
import GigdeskStore
import XCTest

final class InvoiceListStoreTests: BillingStoreTestCase {
    private var store: Store!
    private var acme: Client!
    private let today = LocalDate(iso: "2026-03-01")!

    override func setUpWithError() throws {
        try super.setUpWithError()
        store = try openStore()
        acme = try addClient(store, "Acme")
        let zeta = try addClient(store, "Zeta Studio")
        let arzt = try addClient(store, "Ärzte Praxis")
        let tokyo = try addClient(store, "東京 Works", currency: jpy)
        func demo(_ client: Client, _ issue: String, _ due: String, price: Int64, sent: Bool = true,
                  paid: [Int64] = [], voided: Bool = false) -> DemoInvoice {
            DemoInvoice(clientID: client.id, issueDate: day(issue), dueDate: day(due),
                        lines: [item(price: price, rate: "0", exemption: "Small business")], sent: sent,
                        payments: paid.map { DemoPayment(amount: $0, date: day(issue)) }, voided: voided)
        }
        let numbers = try store.insertDemoInvoices([
            demo(acme, "2026-01-10", "2026-01-24", price: 10_000),
            demo(acme, "2026-02-01", "2026-02-15", price: 20_000, paid: [5_000, 15_000]),
            demo(zeta, "2026-02-10", "2026-03-10", price: 30_000, paid: [1_000]),
            demo(zeta, "2026-01-20", "2026-02-03", price: 40_000, paid: [39_999]),
            demo(arzt, "2026-02-20", "2026-02-21", price: 50_000, sent: false),
            demo(tokyo, "2026-01-05", "2026-01-19", price: 6_000, voided: true),
        ])
        XCTAssertEqual(numbers, (1...6).map { "INV-2026-000\($0)" })
        XCTAssertEqual(try store.createCreditNote(for: "INV-2026-0002", lines: [item(price: 2_000, rate: "0",
                                                                                         exemption: "Small business")],
                                                  date: day("2026-02-25")).number, "CN-2026-0001")
    }

    private func numbers(_ query: InvoiceQuery, _ sort: InvoiceSort = InvoiceSort(column: .number)) throws -> [String] {
        try store.invoiceRows(query, sort: sort, offset: 0, limit: 100).map(\.number)
    }

    func testRowsCarryDenormalisedTotalsAndDerivedOverdue() throws {
        let rows = try store.invoiceRows(InvoiceQuery(today: today), sort: InvoiceSort(column: .number), offset: 0,
                                         limit: 100)
        XCTAssertEqual(rows.map(\.number), ["CN-2026-0001"] + (1...6).map { "INV-2026-000\($0)" })
        XCTAssertEqual(rows.map(\.status), [.draft, .sent, .paid, .partial, .partial, .draft, .void])
        XCTAssertEqual(rows.map(\.total), [-2_000, 10_000, 20_000, 30_000, 40_000, 50_000, 6_000])
        XCTAssertEqual(rows.map(\.balance), [-2_000, 10_000, 0, 29_000, 1, 50_000, 0])
        XCTAssertEqual(rows.map(\.isOverdue), [false, true, false, false, true, false, false])
        XCTAssertEqual(rows.map(\.kind), [.creditNote] + Array(repeating: .invoice, count: 6))
        XCTAssertEqual(rows.last?.currency, jpy)
        XCTAssertEqual(rows.last?.clientName, "東京 Works")
    }

    func testFiltersAndCounts() throws {
        func check(_ query: InvoiceQuery, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
            XCTAssertEqual(try numbers(query), expected, file: file, line: line)
            XCTAssertEqual(try store.invoiceCount(query), expected.count, file: file, line: line)
        }
        try check(InvoiceQuery(status: .overdue, today: today), ["INV-2026-0001", "INV-2026-0004"])
        try check(InvoiceQuery(status: .overdue, today: day("2026-03-11")),
                  ["INV-2026-0001", "INV-2026-0003", "INV-2026-0004"])
        try check(InvoiceQuery(status: .overdue, today: day("2026-01-24")), [])
        try check(InvoiceQuery(status: .status(.draft), today: today), ["CN-2026-0001", "INV-2026-0005"])
        try check(InvoiceQuery(status: InvoiceQuery.StatusFilter(name: "partial"), today: today),
                  ["INV-2026-0003", "INV-2026-0004"])
        try check(InvoiceQuery(clientID: acme.id, today: today), ["CN-2026-0001", "INV-2026-0001", "INV-2026-0002"])
        try check(InvoiceQuery(issuedFrom: day("2026-02-01"), issuedThrough: day("2026-02-20"), today: today),
                  ["INV-2026-0002", "INV-2026-0003", "INV-2026-0005"])
        try check(InvoiceQuery(text: "ärzte", today: today), ["INV-2026-0005"])
        try check(InvoiceQuery(text: "ÄRZ", today: today), ["INV-2026-0005"])
        try check(InvoiceQuery(text: "東京", today: today), ["INV-2026-0006"])
        try check(InvoiceQuery(text: " cn-2026 ", today: today), ["CN-2026-0001"])
        try check(InvoiceQuery(status: .status(.sent), clientID: acme.id, text: "0001", today: today), ["INV-2026-0001"])
        try check(InvoiceQuery(text: "nothing like this", today: today), [])
        XCTAssertNil(InvoiceQuery.StatusFilter(name: "late"))
    }

    func testEverySortInBothDirectionsPagesTheSameByOffsetAndByKeyset() throws {
        let query = InvoiceQuery(today: today)
        let all = try store.invoiceRows(query, sort: InvoiceSort(column: .number), offset: 0, limit: 100)
        for column in InvoiceSort.Column.allCases {
            for ascending in [true, false] {
                let sort = InvoiceSort(column: column, ascending: ascending)
                let expected = all.sorted { lhs, rhs in
                    let (a, b) = ascending ? (lhs, rhs) : (rhs, lhs)
                    let keys = (sortKey(a, column), sortKey(b, column))
                    return keys.0 != keys.1 ? keys.0 < keys.1 : a.number < b.number
                }.map(\.number)
                var byOffset: [String] = []
                var byKeyset: [String] = []
                var last: InvoiceRow?
                for page in 0..<4 {
                    byOffset += try store.invoiceRows(query, sort: sort, offset: page * 2, limit: 2).map(\.number)
                    let rows = try store.invoiceRows(query, sort: sort, after: last, limit: 2)
                    byKeyset += rows.map(\.number)
                    last = rows.last ?? last
                }
                XCTAssertEqual(byOffset, expected, "\(sort) by offset")
                XCTAssertEqual(byKeyset, expected, "\(sort) by keyset")
            }
        }
    }

    func testKeysetPagingKeepsFilters() throws {
        let query = InvoiceQuery(clientID: acme.id, today: today)
        let first = try store.invoiceRows(query, sort: .newestFirst, after: nil, limit: 2)
        XCTAssertEqual(first.map(\.number), ["CN-2026-0001", "INV-2026-0002"])
        XCTAssertEqual(try store.invoiceRows(query, sort: .newestFirst, after: first.last, limit: 2).map(\.number),
                       ["INV-2026-0001"])
    }

    func testOverdueListCountsDaysPastTheDueDate() throws {
        let overdue = try store.overdueInvoices(today: today)
        XCTAssertEqual(overdue.map(\.row.number), ["INV-2026-0001", "INV-2026-0004"])
        XCTAssertEqual(overdue.map(\.daysOverdue), [36, 26])
        XCTAssertEqual(overdue.map(\.row.balance), [10_000, 1])
        XCTAssertEqual(try store.overdueInvoices(today: day("2026-01-24")).count, 0)
        XCTAssertEqual(try store.overdueInvoices(today: day("2026-01-25")).map(\.daysOverdue), [1])
    }

    private func sortKey(_ row: InvoiceRow, _ column: InvoiceSort.Column) -> String {
        func padded(_ amount: Int64) -> String {
            let shifted = UInt64(bitPattern: amount) ^ (1 << 63)
            return String(repeating: "0", count: 20 - String(shifted).count) + String(shifted)
        }
        switch column {
        case .number: return row.number
        case .client: return row.clientName.lowercased()
        case .issueDate: return row.issueDate.iso
        case .dueDate: return row.dueDate.iso
        case .total: return padded(row.total)
        case .balance: return padded(row.balance)
        case .status: return row.status.rawValue + " " + row.dueDate.iso
        }
    }
}
