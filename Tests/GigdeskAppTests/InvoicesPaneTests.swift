import Foundation
import GigdeskCore
import GigdeskStore
import SnapshotSupport
import TermUI
import XCTest
@testable import GigdeskApp

/// The Invoices pane on a real temporary store: loading only the rows in view,
/// the keys of the pane, and the screen at 80x24 and 120x40.
final class InvoicesPaneTests: XCTestCase {
    private var dir: URL!
    private var store: Store!
    private let today = LocalDate(iso: "2026-12-04")!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("gigdesk-pane-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try Store.open(path: dir.appendingPathComponent("s.db").path)
        let eur = Currency(code: "EUR")!, jpy = Currency(code: "JPY")!
        let zoe = try store.addClient(Client(name: "Zoë Café", currency: eur, paymentTermsDays: 14))
        let yamada = try store.addClient(Client(name: "株式会社 山田", currency: jpy, paymentTermsDays: 30))
        let work = { (price: Int64, rate: Int) in
            [LineItem(description: "Design", quantity: DecimalNumber(2), unit: "hours", unitPrice: price, taxRate: DecimalNumber(rate))]
        }
        _ = try store.createDraft(clientID: zoe.id, issueDate: LocalDate(iso: "2026-11-20")!, lines: work(8_500, 19))
        let sent = try store.createDraft(clientID: yamada.id, issueDate: LocalDate(iso: "2026-09-01")!, lines: work(12_000, 10))
        _ = try store.send(number: sent.number)
        let paid = try store.createDraft(clientID: zoe.id, issueDate: LocalDate(iso: "2026-10-01")!, lines: work(10_000, 19))
        _ = try store.send(number: paid.number)
        _ = try store.recordPayment(number: paid.number, amount: 23_800, date: LocalDate(iso: "2026-10-10")!)
    }

    override func tearDownWithError() throws {
        store = nil
        try? FileManager.default.removeItem(at: dir)
    }

    private func loaded(_ pane: InvoicesPaneState = InvoicesPaneState(), height: Int = 10) -> InvoicesPaneState {
        var pane = pane
        InvoiceListLoader(store: store).load(into: &pane, viewHeight: height, today: today)
        return pane
    }

    func testLoadsCountAndOnlyThePageInView() {
        let pane = loaded(height: 2)
        XCTAssertEqual(pane.scroll.itemCount, 3)
        XCTAssertEqual(pane.page.map(\.number), ["INV-2026-0001", "INV-2026-0003"], "newest issue date first, one page of 2")
    }

    func testStatusFilterCyclesAndOverdueIsDerived() {
        var pane = loaded()
        let reducer = InvoicesReducer(pageSize: 10, today: today)
        _ = reducer.reduce(&pane, .invoke("invoices.status_filter"))
        XCTAssertEqual(pane.statusFilterName, "overdue")
        pane = loaded(pane)
        XCTAssertEqual(pane.page.map(\.number), ["INV-2026-0002"])
        XCTAssertTrue(pane.page[0].isOverdue)
        _ = reducer.reduce(&pane, .invoke("app.cancel"))
        XCTAssertNil(pane.statusFilter, "esc clears the filters")
    }

    func testTextFilterAndOpenSelected() throws {
        var pane = loaded()
        let reducer = InvoicesReducer(pageSize: 10, today: today)
        _ = reducer.reduce(&pane, .invoke("list.filter"))
        XCTAssertTrue(pane.isEditingText)
        for ch in "山田" { _ = reducer.reduce(&pane, .text(.char(ch))) }
        _ = reducer.reduce(&pane, .text(Key(.enter)))
        pane = loaded(pane)
        XCTAssertEqual(pane.page.map(\.clientName), ["株式会社 山田"])
        XCTAssertEqual(reducer.reduce(&pane, .invoke("list.open")), [.openInvoice("INV-2026-0002")])
        pane.detail = try InvoiceListLoader(store: store).loadDetail(number: "INV-2026-0002")
        XCTAssertEqual(pane.detail?.history.count, 2, "created, then sent")
        _ = reducer.reduce(&pane, .invoke("app.cancel"))
        XCTAssertNil(pane.detail)
    }

    func testSortCyclesColumnsAndReverses() {
        var pane = loaded()
        let reducer = InvoicesReducer(pageSize: 10, today: today)
        _ = reducer.reduce(&pane, .invoke("list.sort_next_column"))
        XCTAssertEqual(pane.sort.column, .dueDate)
        _ = reducer.reduce(&pane, .invoke("list.sort_reverse"))
        pane = loaded(pane)
        XCTAssertEqual(pane.page.first?.number, "INV-2026-0002", "earliest due date first once reversed")
    }

    func testScreens() {
        var state = Fixtures.state()
        state.invoices = loaded(height: 30)
        state.invoices.scroll.select(1)
        Snapshot.assert(Fixtures.view.render(state: state, size: Size(width: 80, height: 24), keymap: Fixtures.keymap), named: "invoices-list-80x24")
        Snapshot.assert(Fixtures.view.render(state: state, size: Size(width: 120, height: 40), keymap: Fixtures.keymap), named: "invoices-list-120x40")
    }

    func testInvoiceFormValidatesInlineThenSavesThroughTheStore() throws {
        var pane = loaded()
        let reducer = InvoicesReducer(pageSize: 10, today: today)
        _ = reducer.reduce(&pane, .invoke("invoices.new"))
        let type = { (text: String) in for ch in text { _ = reducer.reduce(&pane, .text(.char(ch))) } }
        type("Zoë")
        _ = reducer.reduce(&pane, .text(Key(.tab)))
        _ = reducer.reduce(&pane, .text(.ctrl("u")))
        type("2026-02-30")
        XCTAssertEqual(reducer.reduce(&pane, .text(InvoicesReducer.submitKey)), [], "nothing is saved while a field is invalid")
        XCTAssertEqual(pane.form?.form.fields[1].error, "not a date: write YYYY-MM-DD, e.g. 2026-12-04")
        XCTAssertEqual(pane.form?.form.fields[3].error, "required")
        _ = reducer.reduce(&pane, .text(.ctrl("u")))
        type("2026-12-01")
        _ = reducer.reduce(&pane, .text(Key(.tab)))
        _ = reducer.reduce(&pane, .text(Key(.tab)))
        type("Design|2|100|19")
        _ = reducer.reduce(&pane, .text(Key(.enter)))
        type("Book|1|10|7")
        let effects = reducer.reduce(&pane, .text(InvoicesReducer.submitKey))
        guard case .submitForm(let form)? = effects.first else { return XCTFail("no submit: \(String(describing: pane.form?.error))") }
        let message = try InvoicePaneOperations(store: store, today: today).submit(form)
        XCTAssertEqual(message, "draft INV-2026-0004 created for Zoë Café")
        let saved = try XCTUnwrap(store.invoice(number: "INV-2026-0004"))
        XCTAssertEqual(saved.totals.total, 24_870, "2 × 100 + 19 % = 238.00, plus 10.00 + 7 % = 10.70")
    }

    func testEscOnAChangedFormAsksBeforeDiscarding() {
        var pane = loaded()
        let reducer = InvoicesReducer(pageSize: 10, today: today)
        _ = reducer.reduce(&pane, .invoke("invoices.new"))
        _ = reducer.reduce(&pane, .text(.char("Z")))
        _ = reducer.reduce(&pane, .text(Key(.escape)))
        XCTAssertNotNil(pane.form)
        XCTAssertTrue(pane.form?.error?.hasPrefix("unsaved changes") ?? false)
        _ = reducer.reduce(&pane, .text(Key(.escape)))
        XCTAssertNil(pane.form)
    }

    func testSentInvoiceCannotBeEdited() {
        XCTAssertThrowsError(try InvoicePaneOperations(store: store, today: today).editForm("INV-2026-0002")) { error in
            XCTAssertTrue("\(error)".contains("locked"), "\(error)")
        }
    }

    func testRunLoopLoadsThePageTheSelectionMovedTo() throws {
        let zoe = try XCTUnwrap(store.client(named: "Zoë Café"))
        for day in 1...25 {
            _ = try store.createDraft(clientID: zoe.id, issueDate: LocalDate(year: 2025, month: 1, day: day)!,
                                      lines: [LineItem(description: "Work", quantity: DecimalNumber(1), unit: "hours",
                                                       unitPrice: 1_000, taxRate: DecimalNumber(19))])
        }
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), script: [.key(.char("G"))])
        _ = AppRuntime(terminal: terminal, store: store, settings: Fixtures.settings, signals: SignalMonitor()).run()
        let last = try XCTUnwrap(terminal.lastFrame).lines.joined(separator: "\n")
        XCTAssertTrue(last.contains("INV-2025-0001"), "the oldest invoice is shown after G:\n\(last)")
    }

    func testTextFilterCarriesADateRange() {
        var pane = InvoicesPaneState()
        pane.text = TextInputState(text: "zoë from:2026-10-01 to:2026-10-31")
        let query = pane.query(today: today)
        XCTAssertEqual(query.text, "zoë")
        XCTAssertEqual(query.issuedFrom, LocalDate(iso: "2026-10-01"))
        XCTAssertEqual(query.issuedThrough, LocalDate(iso: "2026-10-31"))
        pane = loaded(pane)
        XCTAssertEqual(pane.page.map(\.number), ["INV-2026-0003"])
    }
}
