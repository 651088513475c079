import Foundation
import GigdeskCore
import GigdeskStore
import XCTest

final class RecurringStoreTests: BillingStoreTestCase {
    func testCatchUpCreatesEachMissedPeriodOnce() throws {
        let store = try openStore()
        let client = try addClient(store, "Retainer Co", terms: 10)
        let schedule = try RecurringSchedule(unit: .month, every: 1, start: day("2026-01-31"))
        let id = try store.addRecurring(clientID: client.id, schedule: schedule,
                                        lines: [item("Monthly retainer", price: 200_000)], notes: "Retainer")
        XCTAssertEqual(try store.runDueRecurring(today: day("2026-01-30")), [])

        // Closed for months: each missed period is caught up once.
        let created = try store.runDueRecurring(today: day("2026-04-29"))
        XCTAssertEqual(created, ["INV-2026-0001", "INV-2026-0002", "INV-2026-0003"])
        let drafts = try created.map { try XCTUnwrap(store.invoice(number: $0)) }
        XCTAssertEqual(drafts.map(\.issueDate), [day("2026-01-31"), day("2026-02-28"), day("2026-03-31")])
        XCTAssertEqual(drafts.map(\.dueDate), [day("2026-02-10"), day("2026-03-10"), day("2026-04-10")])
        XCTAssertEqual(Set(drafts.map(\.status)), [.draft])
        XCTAssertEqual(Set(drafts.map(\.notes)), ["Retainer"])
        XCTAssertEqual(Set(drafts.map(\.totals.total)), [238_000])

        XCTAssertEqual(try store.runDueRecurring(today: day("2026-04-29")), [], "a second run creates nothing")
        XCTAssertEqual(try store.runDueRecurring(today: day("2026-04-30")), ["INV-2026-0004"])
        let stored = try XCTUnwrap(store.recurringSchedules().first)
        XCTAssertEqual(stored.id, id)
        XCTAssertEqual(stored.schedule, schedule)
        XCTAssertEqual(stored.lastPeriod, day("2026-04-30"))
        XCTAssertEqual(stored.client.name, "Retainer Co")
        XCTAssertEqual(try changeSummary(store).filter { $0.hasPrefix("recurring_runs") }.count, 4)
    }

    func testCountEndPauseAndArchivedClients() throws {
        let store = try openStore()
        let client = try addClient(store, "Weekly Ltd")
        try store.addRecurring(
            clientID: client.id, schedule: try RecurringSchedule(unit: .week, every: 2, start: day("2026-01-05"), count: 3),
            lines: [item(price: 10_000)])
        XCTAssertEqual(try store.runDueRecurring(today: day("2026-12-31")).count, 3)

        let paused = try store.addRecurring(
            clientID: client.id, schedule: try RecurringSchedule(unit: .day, every: 1, start: day("2026-02-01"),
                                                                 end: day("2026-02-05")),
            lines: [item(price: 10_000)])
        try store.setRecurringActive(id: paused, false)
        XCTAssertEqual(try store.runDueRecurring(today: day("2026-12-31")), [])
        XCTAssertEqual(try store.recurringSchedules().map(\.active), [true, false])
        try store.setRecurringActive(id: paused, true)
        XCTAssertEqual(try store.runDueRecurring(today: day("2026-12-31")).count, 5)

        let gone = try addClient(store, "Gone GmbH")
        try store.addRecurring(clientID: gone.id, schedule: try RecurringSchedule(unit: .day, every: 1, start: day("2026-03-01")),
                               lines: [item(price: 10_000)])
        try store.archiveClient(id: gone.id)
        XCTAssertEqual(try store.runDueRecurring(today: day("2026-03-10")), [], "archived clients get no drafts")
        XCTAssertEqual(try store.recurringSchedules().count, 3)
        let unknown = EntityID()
        assertThrows(try store.setRecurringActive(id: unknown, false), "no recurring schedule with id \(unknown)")
        assertThrows(try store.addRecurring(clientID: client.id, schedule: try RecurringSchedule(unit: .day, every: 1,
                                                                                                 start: day("2026-03-01")),
                                            lines: []),
                     "the invoice is not valid: add at least one line item")
    }

    func testTwoStoresRunningAtOnceCreateEachPeriodOnce() throws {
        let first = try openStore()
        let client = try addClient(first, "Daily Inc")
        try first.addRecurring(clientID: client.id,
                               schedule: try RecurringSchedule(unit: .day, every: 1, start: day("2026-01-01")),
                               lines: [item(price: 1_000)])
        try first.addRecurring(clientID: client.id,
                               schedule: try RecurringSchedule(unit: .week, every: 1, start: day("2026-01-01")),
                               lines: [item(price: 5_000)])
        let stores = [first, try openStore(), try openStore()]
        let errors = ThreadErrors()
        let numbers = ThreadStrings()
        let today = day("2026-03-31")
        DispatchQueue.concurrentPerform(iterations: stores.count) { index in
            do {
                numbers.append(contentsOf: try stores[index].runDueRecurring(today: today))
            } catch {
                errors.append(error)
            }
        }
        XCTAssertEqual(errors.all, [])
        let expected = 90 + 13
        XCTAssertEqual(numbers.all.count, expected)
        XCTAssertEqual(Set(numbers.all).count, expected)
        let periods = try first.read {
            try $0.query("SELECT count(*), count(DISTINCT schedule_id || period_date) FROM recurring_runs")
        }
        XCTAssertEqual(periods.first?.values, [.integer(Int64(expected)), .integer(Int64(expected))])
        XCTAssertEqual(try first.counts()["invoices"], expected)
        XCTAssertEqual(try first.runDueRecurring(today: today), [])
    }
}
