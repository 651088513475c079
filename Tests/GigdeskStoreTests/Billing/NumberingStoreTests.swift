import Foundation
import GigdeskCore
import GigdeskStore
import XCTest

final class NumberingStoreTests: BillingStoreTestCase {
    func testCounterRestartsEachYearAndCreditNotesHaveTheirOwnSeries() throws {
        let store = try openStore()
        let client = try addClient(store, "Acme")
        func draft(_ date: String) throws -> String {
            try store.createDraft(clientID: client.id, issueDate: day(date), lines: [item(price: 1_000)]).number
        }
        XCTAssertEqual(try draft("2025-12-30"), "INV-2025-0001")
        XCTAssertEqual(try draft("2025-12-31"), "INV-2025-0002")
        XCTAssertEqual(try draft("2026-01-01"), "INV-2026-0001")
        XCTAssertEqual(try draft("2025-12-31"), "INV-2025-0003", "a late invoice for last year continues its series")
        try store.send(number: "INV-2026-0001")
        XCTAssertEqual(try store.createCreditNote(for: "INV-2026-0001", date: day("2026-01-05")).number, "CN-2026-0001")
        XCTAssertEqual(try draft("2026-01-06"), "INV-2026-0002")
        let counters = try store.read {
            try $0.query("SELECT series, year, last_value FROM number_counters ORDER BY series, year")
                .map { "\($0[0].textValue!) \($0[1].integerValue!) \($0[2].integerValue!)" }
        }
        XCTAssertEqual(counters, ["credit_note 2026 1", "invoice 2025 3", "invoice 2026 2"])
    }

    func testSellerPatternAndPatternsWithoutTheYear() throws {
        let store = try openStore()
        let client = try addClient(store, "Acme")
        func draft(_ date: String) throws -> String {
            try store.createDraft(clientID: client.id, issueDate: day(date), lines: [item(price: 1_000)]).number
        }
        try store.saveSellerProfile(SellerProfile(homeCurrency: eur, numberPattern: "{yy}{mm}-{seq:3}"))
        XCTAssertEqual(try draft("2026-03-10"), "2603-001")
        XCTAssertEqual(try draft("2026-04-01"), "2604-002")
        // Without the year in the pattern the counter never restarts, so numbers cannot repeat.
        try store.saveSellerProfile(SellerProfile(homeCurrency: eur, numberPattern: "F{seq}"))
        XCTAssertEqual(try draft("2026-12-31"), "F1")
        XCTAssertEqual(try draft("2027-01-01"), "F2")
        // A number already used (after switching patterns back and forth) is passed over.
        try store.saveSellerProfile(SellerProfile(homeCurrency: eur, numberPattern: "{yy}{mm}-{seq:3}"))
        try store.saveSellerProfile(SellerProfile(homeCurrency: eur, numberPattern: "F{seq}"))
        XCTAssertEqual(try draft("2027-01-02"), "F3")
    }

    func testTwoStoresOnOneFileNeverRepeatOrSkipANumber() throws {
        let first = try openStore()
        let client = try addClient(first, "Acme")
        let stores = [first, try openStore()]
        let perStore = 60
        let errors = ThreadErrors()
        let numbers = ThreadStrings()
        DispatchQueue.concurrentPerform(iterations: stores.count) { index in
            var mine: [String] = []
            for _ in 0..<perStore {
                do {
                    mine.append(try stores[index].createDraft(clientID: client.id, issueDate: LocalDate(iso: "2026-05-01")!,
                                                              lines: [LineItem(description: "x", quantity: DecimalNumber(1),
                                                                               unit: "h", unitPrice: 100,
                                                                               taxRate: DecimalNumber(19))]).number)
                } catch {
                    errors.append(error)
                }
            }
            numbers.append(contentsOf: mine)
        }
        XCTAssertEqual(errors.all, [])
        let expected = (1...stores.count * perStore).map { "INV-2026-" + String(format: "%04d", $0) }
        XCTAssertEqual(numbers.all.sorted(), expected)
        let stored = try stores[1].read { try $0.query("SELECT number FROM invoices ORDER BY number") }
            .compactMap { $0[0].textValue }
        XCTAssertEqual(stored, expected)
    }

    func testTwoProcessesOnOneFileNeverRepeatOrSkipANumber() throws {
        let store = try openStore()
        let client = try addClient(store, "Acme")
        let perProcess = 150
        let go = path("go")
        let children = try (0..<2).map { _ in
            try ChildProcess.start(test: "NumberingStoreTests/testChildCreatesDrafts",
                                   environment: ["GIGDESK_CHILD_STORE": path("gigdesk.db"), "GIGDESK_CHILD_GO": go,
                                                 "GIGDESK_CHILD_CLIENT": client.id.rawValue,
                                                 "GIGDESK_CHILD_COUNT": String(perProcess)])
        }
        // Both children wait for this file, so that their writes overlap.
        XCTAssertTrue(FileManager.default.createFile(atPath: go, contents: nil))
        for child in children {
            child.waitUntilExit()
            XCTAssertEqual(child.terminationStatus, 0, "the child process's test failed")
        }
        let stored = try store.read { try $0.query("SELECT number FROM invoices ORDER BY number") }
            .compactMap { $0[0].textValue }
        XCTAssertEqual(stored, (1...2 * perProcess).map { "INV-2026-" + String(format: "%04d", $0) })
    }

    /// Run by `testTwoProcessesOnOneFileNeverRepeatOrSkipANumber` in a child process; does nothing otherwise.
    func testChildCreatesDrafts() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let path = environment["GIGDESK_CHILD_STORE"], let client = environment["GIGDESK_CHILD_CLIENT"],
              let count = environment["GIGDESK_CHILD_COUNT"].flatMap({ Int($0) }),
              let go = environment["GIGDESK_CHILD_GO"] else { return }
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: go), Date() < deadline {
            usleep(1_000)
        }
        let store = try Store.open(path: path, actor: testActor, environment: [:])
        for _ in 0..<count {
            _ = try store.createDraft(clientID: try XCTUnwrap(EntityID(client)), issueDate: day("2026-06-01"),
                                      lines: [item(price: 100)])
        }
    }
}
