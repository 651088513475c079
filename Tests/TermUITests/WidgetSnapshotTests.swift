import SnapshotSupport
import TermUI
import XCTest

/// Renders `widget` into `area` (the whole buffer when nil) of a fresh buffer.
func rendered(_ widget: some Widget, width: Int, height: Int, glyphs: Glyphs = .unicode, area: Rect? = nil) -> CellBuffer {
    var buffer = CellBuffer(width: width, height: height, glyphs: glyphs)
    widget.render(area ?? buffer.area, into: &buffer)
    return buffer
}

enum Sample {
    static let invoices: [[String]] = [
        ["ACME Corp", "paid", "1,200.00"],
        ["Globex", "overdue", "350.00"],
        ["Initech 株式会社", "sent", "80.50"],
        ["Umbrella", "draft", "12,000.00"],
        ["Hooli", "overdue", "99.99"],
        ["Stark Industries", "paid", "5,000.00"],
        ["Wayne Enterprises", "sent", "740.00"],
        ["Tyrell", "void", "0.00"],
        ["Cyberdyne", "paid", "1.00"],
        ["Soylent", "sent", "64.00"],
    ]

    static func invoiceTable(selected: Int = 2) -> Table {
        var state = TableState(rowCount: invoices.count, selected: selected, sortColumn: 2, sortAscending: false)
        state.ensureVisible(viewHeight: 7)
        return Table(
            columns: [
                TableColumn("Client", width: .fill(1), minWidth: 8),
                TableColumn("Status", width: .fixed(7)),
                TableColumn("Amount", width: .fixed(9), alignment: .right),
            ],
            source: invoices, state: state,
            cellRole: { _, column, value in column == 1 && value == "overdue" ? .statusError : nil })
    }

    static let bars = [
        Bar("Jan", segments: [BarSegment(3, role: .series(0)), BarSegment(2, role: .series(1))]),
        Bar("Feb", value: 7.5),
        Bar("Mar", segments: [BarSegment(1, role: .series(0)), BarSegment(4.25, role: .series(1))]),
        Bar("April", value: 0),
        Bar("May", value: 10),
    ]

    static let lines = [
        LineSeries((0...10).map { (x: Double($0), y: Double($0 * $0)) }),
        LineSeries([(x: 0, y: 50), (x: 5, y: 20), (x: 10, y: 60)]),
    ]

    static let help = [
        HelpSection("Navigation", [(keys: "j / down", description: "next row"), (keys: "k / up", description: "previous row"),
                                   (keys: "g / G", description: "first / last row"), (keys: "ctrl+d", description: "page down")]),
        HelpSection("Invoices", [(keys: "n", description: "new invoice"), (keys: "p", description: "record a payment"),
                                 (keys: "x", description: "export as PDF, Markdown, HTML or CSV")]),
    ]
}

final class WidgetSnapshotTests: XCTestCase {
    func blocks(_ glyphs: Glyphs) -> CellBuffer {
        var buffer = CellBuffer(width: 24, height: 7, glyphs: glyphs)
        let block = Block(title: "Invoices", footer: "? help", isFocused: true)
        block.render(Rect(x: 0, y: 0, width: 24, height: 4), into: &buffer)
        buffer.put("inside", x: block.inner(Rect(x: 0, y: 0, width: 24, height: 4)).x, y: 1)
        Block(title: "A very long title").render(Rect(x: 0, y: 4, width: 14, height: 3), into: &buffer)
        Block(title: "tiny").render(Rect(x: 16, y: 4, width: 3, height: 2), into: &buffer)
        return buffer
    }

    func testBlock() {
        Snapshot.assert(blocks(.unicode), named: "block")
        Snapshot.assert(blocks(.ascii), named: "block_ascii")
        XCTAssertEqual(Block().inner(Rect(x: 2, y: 3, width: 10, height: 5)), Rect(x: 3, y: 4, width: 8, height: 3))
        XCTAssertTrue(Block().inner(Rect(x: 0, y: 0, width: 1, height: 5)).isEmpty)
    }

    func testTabs() {
        var buffer = CellBuffer(width: 40, height: 2)
        Tabs(["Invoices", "Income", "Health", "War room", "Access"], selected: 1, showsNumbers: true)
            .render(buffer.area, into: &buffer)
        Tabs(["Overview", "Timeline", "Postmortem"], selected: 0).render(Rect(x: 0, y: 1, width: 20, height: 1), into: &buffer)
        Snapshot.assert(buffer, named: "tabs")
        Snapshot.assert(rendered(Tabs(["One", "Two"], selected: 0), width: 12, height: 1, glyphs: .ascii), named: "tabs_ascii")
    }

    func testTable() {
        Snapshot.assert(rendered(Sample.invoiceTable(), width: 40, height: 8), named: "table")
        Snapshot.assert(rendered(Sample.invoiceTable(selected: 9), width: 40, height: 8, glyphs: .ascii), named: "table_ascii")
    }

    func testEmptyTable() {
        let table = Table(columns: [TableColumn("Client"), TableColumn("Amount", width: .fixed(8), alignment: .right)],
                          source: [[String]](), state: TableState(), emptyMessage: "No invoices yet")
        Snapshot.assert(rendered(table, width: 30, height: 5), named: "table_empty")
    }

    func testList() {
        let items: [ListItem] = ["Declare incident", "Assign roles", ListItem("Page the DBA (skipped)", role: .dim),
                                 "Post status update", "Mitigate", "Monitor", "Write postmortem"]
        let list = ListView(items, state: ListState(itemCount: items.count, selected: 5))
        Snapshot.assert(rendered(list, width: 20, height: 5), named: "list")
        Snapshot.assert(rendered(list, width: 20, height: 5, glyphs: .ascii), named: "list_ascii")
    }

    func testTextInput() {
        var buffer = CellBuffer(width: 12, height: 4)
        TextInput(state: TextInputState(text: "invoice for March consulting")).render(buffer.area.row(0), into: &buffer)
        var cjk = TextInputState(text: "請求書abc")
        cjk.moveCursor(to: 1)
        TextInput(state: cjk).render(buffer.area.row(1), into: &buffer)
        TextInput(state: TextInputState(), placeholder: "Search…").render(buffer.area.row(2), into: &buffer)
        TextInput(state: TextInputState(text: "unfocused"), isFocused: false).render(buffer.area.row(3), into: &buffer)
        Snapshot.assert(buffer, named: "text_input")
    }

    func testTextInputScrollsToKeepCursorVisible() {
        var state = TextInputState(text: "0123456789漢字")
        var buffer = CellBuffer(width: 6, height: 1)
        TextInput(state: state).render(buffer.area, into: &buffer)
        XCTAssertEqual(buffer.lines[0], "9漢字 ")
        XCTAssertEqual(buffer[5, 0].role, .inputCursor)
        state.moveCursor(to: 0)
        buffer = CellBuffer(width: 6, height: 1)
        TextInput(state: state).render(buffer.area, into: &buffer)
        XCTAssertEqual(buffer.lines[0], "012345")
        XCTAssertEqual(buffer[0, 0].role, .inputCursor)
    }

    func testTextArea() {
        var state = TextInputState(text: "Database down since 02:10.\n\n請求書を送る\nlast", isMultiline: true)
        state.moveCursor(to: 5)
        Snapshot.assert(rendered(TextArea(state: state), width: 10, height: 6), named: "text_area")
        state.moveCursor(to: state.characters.count)
        // Scrolled to the cursor on the last line.
        let scrolled = rendered(TextArea(state: state), width: 10, height: 3)
        XCTAssertEqual(scrolled.lines, ["請求書を送", "る        ", "last      "])
        XCTAssertEqual(scrolled[4, 2].role, .inputCursor)
    }

    func testForm() {
        var form = FormState(fields: [
            FormField("Client", text: "ACME", isRequired: true),
            FormField("Amount", isRequired: true),
            FormField("Email", text: "billing", validator: { $0.contains("@") ? nil : "not an email address" }),
            FormField("Notes", text: "Net 30", isMultiline: true, height: 2),
        ])
        form.validate()
        Snapshot.assert(rendered(FormView(state: form), width: 34, height: 8), named: "form")
    }

    func testModal() {
        var buffer = CellBuffer(width: 40, height: 10)
        buffer.fill(buffer.area, symbol: ".")
        Modal(title: "Export", body: "Export 12 invoices as PDF into ~/invoices/2024? Existing files are kept.",
              buttons: [ModalButton(key: "enter", label: "export"), ModalButton(key: "esc", label: "cancel")],
              focusedButton: 0, maxWidth: 30)
            .render(buffer.area, into: &buffer)
        Snapshot.assert(buffer, named: "modal")
    }

    func confirm(_ glyphs: Glyphs, _ focused: ConfirmState.Choice) -> CellBuffer {
        var buffer = CellBuffer(width: 36, height: 7, glyphs: glyphs)
        buffer.fill(buffer.area, symbol: ".")
        ConfirmDialog(title: "Void invoice", question: "Void INV-2024-017?", state: ConfirmState(focused: focused))
            .render(buffer.area, into: &buffer)
        return buffer
    }

    func testConfirmDialog() {
        Snapshot.assert(confirm(.unicode, .no), named: "confirm")
        Snapshot.assert(confirm(.ascii, .yes), named: "confirm_ascii")
    }

    func testStatusBar() {
        var buffer = CellBuffer(width: 40, height: 3)
        let left = [StatusSegment("INVOICES", role: .statusInfo), StatusSegment("3 overdue · 12 drafts")]
        let right = [StatusSegment("1 alert", role: .statusError), StatusSegment("12:04")]
        StatusBar(left: left, right: right).render(buffer.area.row(0), into: &buffer)
        StatusBar(left: left, right: right).render(Rect(x: 0, y: 1, width: 24, height: 1), into: &buffer)
        StatusBar(left: left, right: right).render(Rect(x: 0, y: 2, width: 9, height: 1), into: &buffer)
        Snapshot.assert(buffer, named: "status_bar")
    }

    func testToast() {
        var buffer = CellBuffer(width: 30, height: 3)
        Toast("Saved INV-2024-017").render(buffer.area.row(0), into: &buffer)
        Toast("Sync is 5 minutes behind", level: .warn).render(buffer.area.row(1), into: &buffer)
        Toast("Could not write the PDF: disk full", level: .error).render(buffer.area.row(2), into: &buffer)
        Snapshot.assert(buffer, named: "toast")
        XCTAssertEqual(Toast("abc").preferredWidth, 7)
    }

    func testHelpOverlay() {
        Snapshot.assert(rendered(HelpOverlay(sections: Sample.help), width: 44, height: 14), named: "help")
        Snapshot.assert(rendered(HelpOverlay(sections: Sample.help, offset: 3), width: 36, height: 8, glyphs: .ascii),
                        named: "help_scrolled_ascii")
    }

    func gauges(_ glyphs: Glyphs) -> CellBuffer {
        var buffer = CellBuffer(width: 30, height: 4, glyphs: glyphs)
        Gauge(label: "CPU", ratio: 0.423, warnAt: 0.7, criticalAt: 0.9, labelWidth: 4).render(buffer.area.row(0), into: &buffer)
        Gauge(label: "Memory", ratio: 0.75, valueText: "6.0 GiB", warnAt: 0.7, criticalAt: 0.9, labelWidth: 4)
            .render(buffer.area.row(1), into: &buffer)
        Gauge(label: "Disk", ratio: 1.7, warnAt: 0.7, criticalAt: 0.9, labelWidth: 4).render(buffer.area.row(2), into: &buffer)
        Gauge(label: "Load", ratio: 0.06).render(buffer.area.row(3), into: &buffer)
        return buffer
    }

    func testGauge() {
        Snapshot.assert(gauges(.unicode), named: "gauge")
        Snapshot.assert(gauges(.ascii), named: "gauge_ascii")
        XCTAssertEqual(Gauge(label: "", ratio: 0.95, warnAt: 0.7, criticalAt: 0.9).role, .gaugeCritical)
        XCTAssertEqual(Gauge(label: "", ratio: 0.7, warnAt: 0.7, criticalAt: 0.9).role, .gaugeWarn)
        XCTAssertEqual(Gauge(label: "", ratio: -1, warnAt: 0).role, .gaugeWarn, "clamped to 0, which is at the threshold")
        XCTAssertEqual(Gauge(label: "", ratio: .nan, warnAt: 0.1).role, .gaugeOK)
    }

    func testSparkline() {
        let values: [Double] = [9, 9, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 6, 4, 2, .nan, 8]
        let spark = Sparkline(values, maximum: 8)
        Snapshot.assert(rendered(spark, width: 16, height: 2), named: "sparkline")
        Snapshot.assert(rendered(spark, width: 16, height: 2, glyphs: .ascii), named: "sparkline_ascii")
        // Fewer values than columns: right-aligned, scaled to the largest.
        XCTAssertEqual(rendered(Sparkline([1, 2]), width: 4, height: 1).lines, ["  ▅█"])
    }

    func testBarChart() {
        let chart = BarChart(Sample.bars, maximum: 10)
        Snapshot.assert(rendered(chart, width: 20, height: 7), named: "bar_chart")
        Snapshot.assert(rendered(chart, width: 20, height: 7, glyphs: .ascii), named: "bar_chart_ascii")
    }

    func testLineChart() {
        let chart = LineChart(Sample.lines)
        Snapshot.assert(rendered(chart, width: 30, height: 8), named: "line_chart")
        Snapshot.assert(rendered(chart, width: 30, height: 8, glyphs: .ascii), named: "line_chart_ascii")
    }

    func progress(_ glyphs: Glyphs) -> CellBuffer {
        var buffer = CellBuffer(width: 20, height: 3, glyphs: glyphs)
        ProgressBar(ratio: 0.33).render(buffer.area.row(0), into: &buffer)
        ProgressBar(ratio: 0.5, label: "export 6/12").render(buffer.area.row(1), into: &buffer)
        ProgressBar(ratio: 1).render(buffer.area.row(2), into: &buffer)
        return buffer
    }

    func testProgressBar() {
        Snapshot.assert(progress(.unicode), named: "progress")
        Snapshot.assert(progress(.ascii), named: "progress_ascii")
    }
}
