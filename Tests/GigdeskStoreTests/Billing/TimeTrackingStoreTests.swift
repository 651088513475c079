import Foundation
import GigdeskCore
import GigdeskStore
import XCTest

final class TimeTrackingStoreTests: BillingStoreTestCase {
    private let nine = Timestamp.date(from: "2026-03-02T09:00:00.000Z")!

    func testTimerSurvivesReopeningTheStore() throws {
        let client: Client
        do {
            let store = try openStore()
            client = try addClient(store, "Acme", rate: 8_000)
            let started = try store.startTimer(clientID: client.id, description: "API review", at: nine)
            XCTAssertTrue(started.isRunning)
            XCTAssertNil(started.minutes)
        }
        let reopened = try openStore()
        let running = try XCTUnwrap(reopened.runningTimer())
        XCTAssertEqual(running.client, ClientReference(id: client.id, name: "Acme"))
        XCTAssertEqual(running.description, "API review")
        XCTAssertEqual(running.startedAt, nine)
        XCTAssertEqual(running.date, day("2026-03-02"))

        let stopped = try reopened.stopTimer(at: nine.addingTimeInterval(95 * 60 + 29))
        XCTAssertEqual(stopped.minutes, 95)
        XCTAssertFalse(stopped.isRunning)
        XCTAssertNil(try reopened.runningTimer())
        XCTAssertEqual(try changeSummary(reopened).filter { $0.hasPrefix("time_entries") },
                       ["time_entries insert", "time_entries update"])
    }

    func testOnlyOneTimerRunsAndStoppingNeedsOne() throws {
        let store = try openStore()
        let acme = try addClient(store, "Acme")
        let globex = try addClient(store, "Globex")
        assertThrows(try store.stopTimer(at: nine), "no timer is running")
        try store.startTimer(clientID: acme.id, description: "Support", at: nine)
        assertThrows(try store.startTimer(clientID: globex.id, description: "Other", at: nine),
                     "a timer is already running for \"Acme\" (Support) since 2026-03-02T09:00:00.000Z; stop it first")
        // A second store on the file (another gigdesk process) sees the same timer.
        assertThrows(try openStore().startTimer(clientID: globex.id, description: "", at: nine),
                     "a timer is already running for \"Acme\" (Support) since 2026-03-02T09:00:00.000Z; stop it first")
        assertThrows(try store.stopTimer(at: nine.addingTimeInterval(-60)),
                     "the timer cannot stop at 2026-03-02T08:59:00.000Z, before it started at 2026-03-02T09:00:00.000Z")
        try store.stopTimer(at: nine.addingTimeInterval(600))
        try store.startTimer(clientID: globex.id, description: "Next", at: nine.addingTimeInterval(600))
        XCTAssertEqual(try store.runningTimer()?.client.name, "Globex")
    }

    func testUnbilledTimeBecomesLineItemsAndIsMarkedBilled() throws {
        let store = try openStore()
        let client = try addClient(store, "Acme", rate: 9_000)
        let other = try addClient(store, "Globex", rate: 5_000)
        assertThrows(try store.invoiceUnbilledTime(clientID: client.id, issueDate: day("2026-03-31"),
                                                   taxRate: DecimalNumber(19)),
                     "client \"Acme\" has no unbilled time to invoice")
        try store.addTimeEntry(clientID: client.id, date: day("2026-03-03"), minutes: 90, description: "Design")
        try store.addTimeEntry(clientID: client.id, date: day("2026-03-04"), minutes: 20, description: "")
        try store.addTimeEntry(clientID: other.id, date: day("2026-03-04"), minutes: 60, description: "Elsewhere")
        try store.startTimer(clientID: client.id, description: "Still running", at: nine)
        assertThrows(try store.addTimeEntry(clientID: client.id, date: day("2026-03-05"), minutes: 0, description: "x"),
                     "a time entry needs more than zero minutes (got 0)")
        XCTAssertEqual(try store.timeEntries(clientID: client.id, unbilledOnly: true).map(\.minutes), [nil, 90, 20])

        let invoice = try store.invoiceUnbilledTime(clientID: client.id, issueDate: day("2026-03-31"),
                                                    taxRate: DecimalNumber(19))
        XCTAssertEqual(invoice.lines.map(\.description), ["2026-03-03 Design", "2026-03-04 Time worked"])
        XCTAssertEqual(invoice.lines.map(\.quantity.description), ["1.5", "0.33"])
        XCTAssertEqual(Set(invoice.lines.map(\.unit)), ["hours"])
        XCTAssertEqual(invoice.totals.lineNets, [13_500, 2_970])
        XCTAssertEqual(invoice.status, .draft)
        XCTAssertEqual(try store.timeEntries(clientID: client.id).map(\.billedInvoiceNumber),
                       [nil, invoice.number, invoice.number])
        XCTAssertEqual(try store.timeEntries(clientID: client.id, unbilledOnly: true).map(\.description), ["Still running"])
        XCTAssertEqual(try store.timeEntries().count, 4)
        assertThrows(try store.invoiceUnbilledTime(clientID: client.id, issueDate: day("2026-03-31"),
                                                   taxRate: DecimalNumber(19)),
                     "client \"Acme\" has no unbilled time to invoice")
    }

    func testBillingTimeNeedsARateAndAnExemptionAtZeroPercent() throws {
        let store = try openStore()
        let noRate = try addClient(store, "No Rate")
        try store.addTimeEntry(clientID: noRate.id, date: day("2026-03-03"), minutes: 60, description: "x")
        assertThrows(try store.invoiceUnbilledTime(clientID: noRate.id, issueDate: day("2026-03-31"),
                                                   taxRate: DecimalNumber(19)),
                     "client \"No Rate\" has no hourly rate; set one to bill time")
        let abroad = try addClient(store, "Abroad", rate: 10_000)
        try store.addTimeEntry(clientID: abroad.id, date: day("2026-03-03"), minutes: 60, description: "x")
        let seq = try lastChangeSeq(store)
        assertThrows(try store.invoiceUnbilledTime(clientID: abroad.id, issueDate: day("2026-03-31"),
                                                   taxRate: DecimalNumber(0)),
                     "the invoice is not valid: a 0 % tax rate needs an exemption reason, e.g. \"Reverse charge\"")
        XCTAssertEqual(try lastChangeSeq(store), seq)
        let invoice = try store.invoiceUnbilledTime(clientID: abroad.id, issueDate: day("2026-03-31"),
                                                    taxRate: DecimalNumber(0), exemptionReason: "Reverse charge")
        XCTAssertEqual(invoice.totals.taxes.map(\.exemptionReason), ["Reverse charge"])
        XCTAssertEqual(try changeSummary(store, after: seq),
                       ["invoices insert", "invoice_lines insert", "number_counters insert", "time_entries update"])
    }
}
