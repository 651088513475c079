import GigdeskCore
import GigdeskStore
import XCTest

final class InvoiceLifecycleStoreTests: BillingStoreTestCase {
    private var store: Store!
    private var client: Client!

    override func setUpWithError() throws {
        try super.setUpWithError()
        store = try openStore()
        client = try addClient(store, "Acme", terms: 30)
    }

    private var twoRates: [LineItem] {
        [item("Development", quantity: "10", price: 9_500, rate: "19"),
         item("Workshop", quantity: "2", price: 5_000, rate: "7", discount: "10")]
    }

    func testDraftIsNumberedTotalledAndLogged() throws {
        let draft = try store.createDraft(clientID: client.id, issueDate: day("2026-03-10"), lines: twoRates,
                                          notes: "Thanks!")
        XCTAssertEqual(draft.number, "INV-2026-0001")
        XCTAssertEqual(draft.kind, .invoice)
        XCTAssertEqual(draft.status, .draft)
        XCTAssertEqual(draft.client, ClientReference(id: client.id, name: "Acme"))
        XCTAssertEqual(draft.currency, eur)
        XCTAssertEqual(draft.dueDate, day("2026-04-09"))
        XCTAssertEqual(draft.lines, twoRates)
        XCTAssertEqual(draft.totals.lineNets, [95_000, 9_000])
        XCTAssertEqual(draft.totals.taxes.map(\.tax), [18_050, 630])
        XCTAssertEqual([draft.totals.netTotal, draft.totals.taxTotal, draft.totals.total], [104_000, 18_680, 122_680])
        XCTAssertEqual([draft.paid, draft.balance], [0, 122_680])
        XCTAssertEqual(draft.notes, "Thanks!")
        XCTAssertNil(draft.creditedNumber)
        XCTAssertEqual(try store.invoice(number: "INV-2026-0001"), draft)
        XCTAssertEqual(Array(try changeSummary(store).dropFirst()),
                       ["invoices insert", "invoice_lines insert", "invoice_lines insert", "number_counters insert"])
        let invoiceInsert = try XCTUnwrap(store.changes(after: 0, limit: 10).first { $0.entity == "invoices" })
        XCTAssertEqual(try invoiceInsert.fields()["total"], .integer(122_680))
        XCTAssertEqual(invoiceInsert.entityID, draft.id.rawValue)
    }

    func testDefaultsComeFromClientAndSellerAndCanBeOverridden() throws {
        try store.saveSellerProfile(SellerProfile(paymentInstructions: "IBAN DE89 3704 0044 0532 0130 00",
                                                  homeCurrency: eur))
        let yen = try addClient(store, "Tokyo KK", currency: jpy, terms: 10)
        let draft = try store.createDraft(clientID: yen.id, issueDate: day("2026-01-20"), lines: [item(price: 12_345)])
        XCTAssertEqual(draft.currency, jpy)
        XCTAssertEqual(draft.dueDate, day("2026-01-30"))
        XCTAssertEqual(draft.paymentInstructions, "IBAN DE89 3704 0044 0532 0130 00")
        let euro = try store.createDraft(clientID: yen.id, issueDate: day("2026-01-20"), currency: eur,
                                         lines: [item(price: 12_345)], paymentTermsDays: 0)
        XCTAssertEqual(euro.currency, eur)
        XCTAssertEqual(euro.dueDate, day("2026-01-20"))
    }

    func testInvalidDraftWritesNothing() throws {
        let seq = try lastChangeSeq(store)
        assertThrows(try store.createDraft(clientID: client.id, issueDate: day("2026-03-10"),
                                           lines: [item(quantity: "-1", price: 100), item(price: 100, rate: "0")]),
                     "the invoice is not valid: quantity -1 is negative; "
                        + "a 0 % tax rate needs an exemption reason, e.g. \"Reverse charge\"")
        assertThrows(try store.createDraft(clientID: client.id, issueDate: day("2026-03-10"), lines: []),
                     "the invoice is not valid: add at least one line item")
        let stranger = EntityID()
        assertThrows(try store.createDraft(clientID: stranger, issueDate: day("2026-03-10"), lines: [item(price: 1)]),
                     "no client with id \(stranger)")
        XCTAssertEqual(try lastChangeSeq(store), seq)
        // The failed attempts used no number.
        XCTAssertEqual(try store.createDraft(clientID: client.id, issueDate: day("2026-03-10"),
                                             lines: [item(price: 1)]).number, "INV-2026-0001")
    }

    func testUpdatingADraftRewritesOnlyWhatChanged() throws {
        let draft = try store.createDraft(clientID: client.id, issueDate: day("2026-03-10"), lines: twoRates)
        let other = try addClient(store, "Globex")
        let seq = try lastChangeSeq(store)
        let updated = try store.updateDraft(number: draft.number, clientID: other.id, issueDate: day("2026-03-12"),
                                            lines: [twoRates[0], item("Reverse charge work", price: 1_000, rate: "0",
                                                                      exemption: "Reverse charge")],
                                            notes: "Revised")
        XCTAssertEqual(updated.client.name, "Globex")
        XCTAssertEqual(updated.issueDate, day("2026-03-12"))
        XCTAssertEqual(updated.dueDate, day("2026-04-11"), "the 30 days of terms are kept")
        XCTAssertEqual(updated.totals.total, 95_000 + 18_050 + 1_000)
        XCTAssertEqual(updated.totals.taxes.last?.exemptionReason, "Reverse charge")
        XCTAssertEqual(updated.number, draft.number)
        XCTAssertEqual(try changeSummary(store, after: seq), ["invoice_lines update", "invoices update"])
        let shorter = try store.updateDraft(number: draft.number, lines: [twoRates[1]])
        XCTAssertEqual(shorter.lines, [twoRates[1]])
        XCTAssertEqual(try store.read { try $0.query("SELECT count(*) FROM invoice_lines") }.first?[0], 1)
    }

    func testSentInvoiceIsLockedAndPaymentsMoveItsStatus() throws {
        let draft = try store.createDraft(clientID: client.id, issueDate: day("2026-03-10"), lines: twoRates)
        assertThrows(try store.recordPayment(number: draft.number, amount: 100, date: day("2026-03-11")),
                     "a draft invoice cannot take payments (only sent and partially paid invoices can)")
        XCTAssertEqual(try store.send(number: draft.number).status, .sent)
        assertThrows(try store.updateDraft(number: draft.number, notes: "late change"),
                     "INV-2026-0001 is sent and locked; void it or issue a credit note")
        assertThrows(try store.send(number: draft.number), "only a draft can be sent (this invoice is sent)")

        let partial = try store.recordPayment(number: draft.number, amount: 100_000, date: day("2026-03-20"),
                                              method: "bank transfer", reference: "ACME-77")
        XCTAssertEqual(partial.status, .partial)
        XCTAssertEqual([partial.paid, partial.balance], [100_000, 22_680])
        XCTAssertEqual(partial.payments.map(\.reference), ["ACME-77"])
        assertThrows(try store.updateDraft(number: draft.number, notes: "x"),
                     "INV-2026-0001 is partially paid and locked; void it or issue a credit note")

        let seq = try lastChangeSeq(store)
        assertThrows(try store.recordPayment(number: draft.number, amount: 22_681, date: day("2026-03-21")),
                     "payment of 226.81 EUR is more than the balance of 226.80 EUR")
        assertThrows(try store.recordPayment(number: draft.number, amount: 0, date: day("2026-03-21")),
                     "a payment must be more than zero (got 0.00 EUR)")
        XCTAssertEqual(try lastChangeSeq(store), seq, "a refused payment writes nothing")
        XCTAssertEqual(try store.invoice(number: draft.number)?.balance, 22_680)

        let paid = try store.recordPayment(number: draft.number, amount: 22_680, date: day("2026-03-22"), method: "card")
        XCTAssertEqual(paid.status, .paid)
        XCTAssertEqual([paid.paid, paid.balance], [122_680, 0])
        XCTAssertEqual(paid.payments.map(\.amount), [100_000, 22_680])
        XCTAssertEqual(try changeSummary(store, after: seq), ["payments insert", "invoices update"])
        assertThrows(try store.void(number: draft.number), "a paid invoice cannot be voided; issue a credit note instead")
        assertThrows(try store.updateDraft(number: draft.number, notes: "x"),
                     "INV-2026-0001 is paid and locked; issue a credit note to correct it")
    }

    func testVoidKeepsPaymentsAndClearsTheBalance() throws {
        let draft = try store.createDraft(clientID: client.id, issueDate: day("2026-03-10"), lines: twoRates)
        try store.send(number: draft.number)
        try store.recordPayment(number: draft.number, amount: 2_680, date: day("2026-03-11"))
        let void = try store.void(number: draft.number)
        XCTAssertEqual(void.status, .void)
        XCTAssertEqual([void.paid, void.balance], [2_680, 0])
        assertThrows(try store.void(number: draft.number),
                     "the invoice is already void; to correct it further, issue a credit note")
        assertThrows(try store.recordPayment(number: draft.number, amount: 1, date: day("2026-03-12")),
                     "a void invoice cannot take payments (only sent and partially paid invoices can)")
        assertThrows(try store.send(number: "INV-2026-0099"), "no invoice or credit note numbered INV-2026-0099")
    }

    func testCreditNotesCarryNegativeAmountsAndNeverCreditMoreThanTheTotal() throws {
        let invoice = try store.createDraft(clientID: client.id, issueDate: day("2026-03-10"), lines: twoRates)
        assertThrows(try store.createCreditNote(for: invoice.number, date: day("2026-03-11")),
                     "cannot issue a credit note against INV-2026-0001: it is still a draft; edit it instead")
        try store.send(number: invoice.number)

        let partial = try store.createCreditNote(for: invoice.number, lines: [twoRates[1]], date: day("2026-04-02"),
                                                 notes: "Workshop cancelled")
        XCTAssertEqual(partial.number, "CN-2026-0001")
        XCTAssertEqual(partial.kind, .creditNote)
        XCTAssertEqual(partial.creditedNumber, invoice.number)
        XCTAssertEqual(partial.status, .draft)
        XCTAssertEqual(partial.lines.map(\.unitPrice), [-5_000])
        XCTAssertEqual([partial.totals.netTotal, partial.totals.taxTotal, partial.totals.total], [-9_000, -630, -9_630])
        XCTAssertEqual(partial.balance, -9_630)
        XCTAssertEqual(partial.dueDate, day("2026-04-02"))

        assertThrows(try store.createCreditNote(for: invoice.number, date: day("2026-04-03")),
                     "a credit note of 1226.80 EUR is more than the 1130.50 EUR of INV-2026-0001 not yet credited")
        try store.void(number: partial.number)
        let full = try store.createCreditNote(for: invoice.number, date: day("2026-04-03"))
        XCTAssertEqual(full.number, "CN-2026-0002")
        XCTAssertEqual(full.totals.total, -invoice.totals.total)
        XCTAssertEqual(full.totals.taxes.map(\.tax), invoice.totals.taxes.map { -$0.tax })

        try store.send(number: full.number)
        assertThrows(try store.recordPayment(number: full.number, amount: 100, date: day("2026-04-04")),
                     "CN-2026-0002 is a credit note; payments are recorded against invoices only")
        assertThrows(try store.createCreditNote(for: full.number, date: day("2026-04-04")),
                     "cannot issue a credit note against CN-2026-0002: it is itself a credit note")
        XCTAssertFalse(full.isOverdue(today: day("2027-01-01")), "credit notes are never overdue")
    }
}
