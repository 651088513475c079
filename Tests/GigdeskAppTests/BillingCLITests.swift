import Foundation
import XCTest
@testable import GigdeskApp

/// The billing subcommands end to end on a temporary store, as scripts and cron use them.
final class BillingCLITests: XCTestCase {
    private var dir: URL!
    private var store: String { dir.appendingPathComponent("gigdesk.db").path }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("gigdesk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Runs `gigdesk ARGS --store …` and returns status, stdout and stderr.
    @discardableResult
    private func gigdesk(_ args: String...) -> (status: Int32, out: String, err: String) {
        let captured = Captured()
        var main = GigdeskMain(environment: ["HOME": dir.path], makeTerminal: { _, _ in fatalError("no terminal") },
                               probeTerminal: { fatalError("no probe") })
        main.output.out = { captured.append(out: $0) }
        main.output.err = { captured.append(err: $0) }
        let status = main.run(args + ["--store", store])
        return (status, captured.out, captured.err)
    }

    private func setUpSellerAndClient() {
        XCTAssertEqual(gigdesk("seller", "set", "--name", "Ana Müller Design", "--address", "Hauptstr. 1\\n10115 Berlin",
                               "--country", "DE", "--tax-id", "DE123456789", "--iban", "DE89370400440532013000",
                               "--currency", "EUR").status, 0)
        XCTAssertEqual(gigdesk("client", "add", "--name", "株式会社 山田", "--country", "JP", "--currency", "EUR",
                               "--terms", "30").status, 0)
    }

    func testInvoiceWithTwoRatesPartialPaymentAndJSON() throws {
        setUpSellerAndClient()
        let created = gigdesk("invoice", "new", "--client", "株式会社", "--date", "2026-11-02",
                              "--item", "Design work|10|85.00|19", "--item", "Printed book|2|14.99|7|10")
        XCTAssertEqual(created.status, 0, created.err)
        XCTAssertEqual(created.out, "INV-2026-0001\n")

        XCTAssertEqual(gigdesk("invoice", "send", "INV-2026-0001").out, "INV-2026-0001: sent\n")
        let paid = gigdesk("invoice", "pay", "INV-2026-0001", "500", "--method", "bank transfer")
        XCTAssertEqual(paid.status, 0, paid.err)

        let shown = gigdesk("invoice", "show", "INV-2026-0001", "--json")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        // 10 × 85.00 = 850.00 at 19 % → 161.50; 2 × 14.99 = 29.98 − 10 % = 26.982 → 26.98 at 7 % → 1.8886 → 1.89.
        XCTAssertEqual(json["net_total"] as? String, "876.98")
        XCTAssertEqual(json["tax_total"] as? String, "163.39")
        XCTAssertEqual(json["total"] as? String, "1040.37")
        XCTAssertEqual(json["paid"] as? String, "500.00")
        XCTAssertEqual(json["balance"] as? String, "540.37")
        XCTAssertEqual(json["status"] as? String, "partial")
        XCTAssertEqual(json["client"] as? String, "株式会社 山田")
        XCTAssertEqual(json["due_date"] as? String, "2026-12-02")
        let taxes = try XCTUnwrap(json["taxes"] as? [[String: Any]])
        XCTAssertEqual(taxes.map { $0["rate"] as? String }, ["19", "7"])
        let lines = try XCTUnwrap(json["lines"] as? [[String: Any]])
        XCTAssertEqual(lines.map { $0["net"] as? String }, ["850.00", "26.98"])
        XCTAssertEqual(lines[1]["discount"] as? String, "10")
    }

    func testOverpaymentIsRefusedAndNothingIsWritten() {
        setUpSellerAndClient()
        gigdesk("invoice", "new", "--client", "株式会社 山田", "--item", "Work|1|100|19")
        gigdesk("invoice", "send", "INV-\(Calendar.current.component(.year, from: Date()))-0001")
        let number = "INV-\(Calendar.current.component(.year, from: Date()))-0001"
        let over = gigdesk("invoice", "pay", number, "119.01")
        XCTAssertEqual(over.status, 1)
        XCTAssertTrue(over.err.contains("119.01"), over.err)
        XCTAssertTrue(gigdesk("invoice", "show", number).out.contains("paid 0.00"))
    }

    func testBadInputNamesTheProblemAndWritesNothing() {
        setUpSellerAndClient()
        let badItem = gigdesk("invoice", "new", "--client", "株式会社 山田", "--item", "Work|x|100|19")
        XCTAssertEqual(badItem.status, 1)
        XCTAssertEqual(badItem.err, "gigdesk: --item 1 (\"Work|x|100|19\"): quantity 'x' is not a number\n")
        let badCurrency = gigdesk("invoice", "new", "--client", "株式会社 山田", "--currency", "EUX", "--item", "Work|1|100|19")
        XCTAssertEqual(badCurrency.status, 1)
        XCTAssertTrue(badCurrency.err.contains("EUX"), badCurrency.err)
        let unknownClient = gigdesk("invoice", "new", "--client", "Nobody", "--item", "Work|1|100|19")
        XCTAssertEqual(unknownClient.status, 1)
        XCTAssertTrue(unknownClient.err.contains("Nobody"), unknownClient.err)
        let tooPrecise = gigdesk("invoice", "new", "--client", "株式会社 山田", "--item", "Work|1|100.001|19")
        XCTAssertEqual(tooPrecise.status, 1)
        XCTAssertEqual(gigdesk("invoice", "list", "--json").out.trimmingCharacters(in: .whitespacesAndNewlines), "[\n\n]")
        XCTAssertEqual(gigdesk("invoice", "show", "INV-1999-0001").status, 1)
        XCTAssertEqual(gigdesk("invoice", "pay", "INV-1999-0001").status, 2, "a missing AMOUNT is a usage error")
    }

    func testSentInvoiceIsLockedAndVoidable() {
        setUpSellerAndClient()
        gigdesk("invoice", "new", "--client", "株式会社 山田", "--date", "2026-01-10", "--item", "Work|1|100|19")
        XCTAssertEqual(gigdesk("invoice", "send", "INV-2026-0001").status, 0)
        let again = gigdesk("invoice", "send", "INV-2026-0001")
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(gigdesk("invoice", "void", "INV-2026-0001").out, "INV-2026-0001: void\n")
        let list = gigdesk("invoice", "list", "--status", "void")
        XCTAssertTrue(list.out.hasPrefix("INV-2026-0001  2026-01-10"), list.out)
    }

    func testSellerShowJSONAndMissingUBLFields() throws {
        XCTAssertEqual(gigdesk("seller", "show").status, 1, "no profile yet")
        XCTAssertEqual(gigdesk("seller", "set", "--name", "Ana", "--country", "XX").status, 1, "bad country refused")
        XCTAssertEqual(gigdesk("seller", "set", "--name", "Ana").status, 0)
        XCTAssertTrue(gigdesk("seller", "show").out.contains("UBL export needs: address, country, tax_id"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(gigdesk("seller", "show", "--json").out.utf8)) as? [String: Any])
        XCTAssertEqual(json["name"] as? String, "Ana")
        XCTAssertEqual(json["number_pattern"] as? String, "INV-{yyyy}-{seq:4}")
    }

    func testTimeTrackingBecomesAnInvoiceAndRecurringRunsOnce() {
        setUpSellerAndClient()
        XCTAssertEqual(gigdesk("client", "add", "--name", "Zoë Café", "--currency", "EUR", "--rate", "80").status, 0)
        XCTAssertEqual(gigdesk("time", "add", "--client", "Zoë", "--minutes", "90", "--date", "2026-11-30").status, 0)
        XCTAssertEqual(gigdesk("time", "start", "--client", "Zoë").status, 0)
        XCTAssertEqual(gigdesk("time", "start", "--client", "Zoë").status, 1, "one timer at a time")
        XCTAssertEqual(gigdesk("time", "stop").status, 0)
        let invoiced = gigdesk("time", "invoice", "--client", "Zoë", "--date", "2026-12-01")
        XCTAssertEqual(invoiced.status, 0, invoiced.err)
        XCTAssertTrue(gigdesk("invoice", "show", "INV-2026-0001").out.contains("1.5 hours × 80.00"))
        XCTAssertTrue(gigdesk("time", "list", "--unbilled").out.contains("unbilled"), "the timer's own short entry stays unbilled")
        XCTAssertEqual(gigdesk("time", "invoice", "--client", "Zoë").status, 1, "nothing left to bill")

        XCTAssertEqual(gigdesk("recurring", "add", "--client", "Zoë", "--unit", "month", "--start", "2026-09-01",
                               "--count", "3", "--item", "Retainer|1|500|19").status, 0)
        let first = gigdesk("recurring", "run")
        XCTAssertEqual(first.out.split(separator: "\n").count, 3, first.out)
        XCTAssertEqual(gigdesk("recurring", "run").out, "nothing due\n")
    }

    func testClientEditArchiveCreditNoteAndOverdueList() {
        setUpSellerAndClient()
        XCTAssertEqual(gigdesk("client", "edit", "株式会社", "--terms", "10", "--rate", "120").status, 0)
        XCTAssertTrue(gigdesk("client", "list").out.contains("10d"))
        gigdesk("invoice", "new", "--client", "株式会社", "--date", "2026-01-05", "--item", "Work|1|100|19")
        gigdesk("invoice", "send", "INV-2026-0001")
        let overdue = gigdesk("invoice", "overdue")
        XCTAssertTrue(overdue.out.hasPrefix("INV-2026-0001  株式会社 山田  due 2026-01-15"), overdue.out)
        XCTAssertEqual(gigdesk("invoice", "credit", "INV-2026-0001", "--date", "2026-02-01").out, "CN-2026-0001\n")
        let note = gigdesk("invoice", "show", "CN-2026-0001", "--json").out
        XCTAssertTrue(note.contains("\"total\" : \"-119.00\""), note)
        XCTAssertEqual(gigdesk("client", "archive", "株式会社").status, 0)
        XCTAssertFalse(gigdesk("client", "list").out.contains("山田"))
        XCTAssertTrue(gigdesk("client", "list", "--archived").out.contains("山田"))
        XCTAssertTrue(gigdesk("invoice", "show", "INV-2026-0001").out.contains("株式会社 山田"), "archived clients keep their invoices")
        XCTAssertEqual(gigdesk("invoice", "list", "--from", "2026-02-01").out.split(separator: "\n").count, 1)
    }
}
