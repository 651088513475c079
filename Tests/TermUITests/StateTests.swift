import TermUI
import XCTest

final class ScrollStateTests: XCTestCase {
    func testMovesAndClamps() {
        var s = ScrollState(itemCount: 100)
        XCTAssertEqual(s.selected, 0)
        s.moveDown(by: 5)
        XCTAssertEqual(s.selected, 5)
        s.moveUp(by: 10)
        XCTAssertEqual(s.selected, 0)
        s.bottom()
        XCTAssertEqual(s.selected, 99)
        s.moveDown()
        XCTAssertEqual(s.selected, 99)
        s.select(42)
        XCTAssertEqual(s.selected, 42)
        s.select(-3)
        XCTAssertEqual(s.selected, 0)
    }

    func testEnsureVisibleScrollsAsLittleAsPossible() {
        var s = ScrollState(itemCount: 100)
        s.select(25)
        s.ensureVisible(viewHeight: 10)
        XCTAssertEqual(s.offset, 16)
        s.moveUp()
        s.ensureVisible(viewHeight: 10)
        XCTAssertEqual(s.offset, 16, "moving within the view does not scroll")
        s.select(3)
        s.ensureVisible(viewHeight: 10)
        XCTAssertEqual(s.offset, 3)
        s.bottom()
        s.ensureVisible(viewHeight: 10)
        XCTAssertEqual(s.offset, 90)
        s.top()
        XCTAssertEqual(s.offset, 0)
        XCTAssertEqual(s.selected, 0)
    }

    func testEnsureVisibleDoesNotLeaveEmptyRowsAfterShrinking() {
        var s = ScrollState(itemCount: 100, selected: 50, offset: 45)
        s.itemCount = 10
        XCTAssertEqual(s.selected, 9)
        s.ensureVisible(viewHeight: 5)
        XCTAssertEqual(s.offset, 5)
        XCTAssertEqual(s.visibleRange(viewHeight: 5), 5..<10)
    }

    func testPaging() {
        var s = ScrollState(itemCount: 35)
        s.pageDown(viewHeight: 10)
        XCTAssertEqual([s.selected, s.offset], [10, 10])
        s.pageDown(viewHeight: 10)
        XCTAssertEqual([s.selected, s.offset], [20, 20])
        s.pageDown(viewHeight: 10)
        XCTAssertEqual([s.selected, s.offset], [30, 25])
        s.pageDown(viewHeight: 10)
        XCTAssertEqual([s.selected, s.offset], [34, 25])
        s.pageUp(viewHeight: 10)
        XCTAssertEqual([s.selected, s.offset], [24, 15])
        s.pageUp(viewHeight: 10)
        s.pageUp(viewHeight: 10)
        XCTAssertEqual([s.selected, s.offset], [4, 0])
        s.pageUp(viewHeight: 10)
        XCTAssertEqual([s.selected, s.offset], [0, 0])
    }

    func testEmpty() {
        var s = ScrollState()
        XCTAssertNil(s.selection)
        s.moveDown()
        s.pageDown(viewHeight: 5)
        s.bottom()
        XCTAssertEqual([s.selected, s.offset], [0, 0])
        XCTAssertNil(s.rowIndex(atY: 0))
    }

    func testRowIndexAtY() {
        let s = ScrollState(itemCount: 15, selected: 12, offset: 10)
        XCTAssertEqual(s.rowIndex(atY: 0), 10)
        XCTAssertEqual(s.rowIndex(atY: 4), 14)
        XCTAssertNil(s.rowIndex(atY: 5))
        XCTAssertNil(s.rowIndex(atY: -1))
    }

    func testTableStateForwardsNavigationAndSorts() {
        var t = TableState(rowCount: 50)
        t.moveDown(by: 3)
        t.pageDown(viewHeight: 10)
        XCTAssertEqual(t.selected, 13)
        XCTAssertEqual(t.offset, 10)
        t.bottom()
        t.ensureVisible(viewHeight: 10)
        XCTAssertEqual(t.selection, 49)
        XCTAssertEqual(t.offset, 40)
        XCTAssertEqual(t.rowIndex(atY: 2), 42)
        t.toggleSort(column: 2)
        XCTAssertEqual(t.sortColumn, 2)
        XCTAssertTrue(t.sortAscending)
        t.toggleSort(column: 2)
        XCTAssertFalse(t.sortAscending)
        t.toggleSort(column: 0)
        XCTAssertEqual(t.sortColumn, 0)
        XCTAssertTrue(t.sortAscending)
    }
}

/// A million-row data source that records which rows it was asked for.
final class RecordingSource: TableDataSource {
    let rowCount: Int
    private(set) var requested: [Range<Int>] = []
    init(rowCount: Int) { self.rowCount = rowCount }
    func rows(in range: Range<Int>) -> [[String]] {
        requested.append(range)
        return range.map { ["row \($0)", "\($0 * 3)"] }
    }
}

final class TableTests: XCTestCase {
    func testAsksOnlyForRowsInView() {
        let source = RecordingSource(rowCount: 1_000_000)
        var state = TableState(rowCount: source.rowCount)
        state.select(500_000)
        let table = Table(columns: [TableColumn("Name"), TableColumn("Value", width: .fixed(8), alignment: .right)],
                          source: source, state: state)
        var buffer = CellBuffer(width: 30, height: 10)
        table.render(buffer.area, into: &buffer)
        // Nine body rows under the header; the selection is kept in view at the bottom.
        XCTAssertEqual(source.requested, [499_992..<500_001])
        XCTAssertTrue(buffer.lines[9].hasPrefix("row 500000"))
        XCTAssertEqual(buffer[0, 9].role, .tableSelected)
        XCTAssertEqual(buffer[29, 9].role, .scrollbar, "the scrollbar takes the last column")
        XCTAssertEqual(table.rowIndex(atY: 1, in: buffer.area), 499_992)
        XCTAssertNil(table.rowIndex(atY: 0, in: buffer.area), "the header is not a row")
    }

    func testColumnWidths() {
        let table = Table(columns: [
            TableColumn("A", width: .fixed(6)),
            TableColumn("B", width: .fill(1), minWidth: 10),
            TableColumn("C", width: .percentage(25)),
            TableColumn("D", width: .fill(2)),
        ], source: [[String]](), state: TableState())
        // 63 wide less 3 gaps = 60: A 6, C 15, fill 39 shared 1:2 → B 13, D 26.
        XCTAssertEqual(table.columnWidths(for: 63), [6, 13, 15, 26])
        // 33 - 3 = 30: A 6, C 7, fill 17 → B's share 5 is under its minimum 10, D gets the rest.
        XCTAssertEqual(table.columnWidths(for: 33), [6, 10, 7, 7])
        // Too narrow: columns are cut from the right.
        XCTAssertEqual(table.columnWidths(for: 12), [6, 5, 0, 0])
        XCTAssertEqual(table.columnWidths(for: 0), [0, 0, 0, 0])
    }
}

final class TextInputStateTests: XCTestCase {
    func type(_ text: String, into state: inout TextInputState) {
        for ch in text { XCTAssertTrue(state.handle(.char(ch))) }
    }

    func testInsertAndMove() {
        var s = TextInputState()
        type("héllo", into: &s)
        XCTAssertEqual(s.cursor, 5)
        s.moveLeft()
        s.moveLeft()
        s.insert("X")
        XCTAssertEqual(s.text, "hélXlo")
        XCTAssertEqual(s.cursor, 4)
        XCTAssertTrue(s.handle(Key(.home)))
        XCTAssertEqual(s.cursor, 0)
        s.backspace()
        XCTAssertEqual(s.text, "hélXlo")
        XCTAssertTrue(s.handle(Key(.delete)))
        XCTAssertEqual(s.text, "élXlo")
        XCTAssertTrue(s.handle(.ctrl("e")))
        XCTAssertEqual(s.cursor, 5)
        s.deleteForward()
        XCTAssertTrue(s.handle(Key(.backspace)))
        XCTAssertEqual(s.text, "élXl")
        XCTAssertTrue(s.handle(.ctrl("a")))
        XCTAssertEqual(s.cursor, 0)
        s.moveLeft()
        XCTAssertEqual(s.cursor, 0)
    }

    func testGraphemesAndWideCharacters() {
        var s = TextInputState(text: "漢字ab👍🏽")
        XCTAssertEqual(s.characters.count, 5)
        XCTAssertEqual(s.cursor, 5)
        s.backspace()
        XCTAssertEqual(s.text, "漢字ab", "a skin-toned emoji is one grapheme")
        s.moveCursor(to: 1)
        s.insert("x")
        XCTAssertEqual(s.text, "漢x字ab")
        XCTAssertEqual(s.cursor, 2)
    }

    func testWordMovement() {
        var s = TextInputState(text: "foo bar_baz  qux")
        XCTAssertTrue(s.handle(Key(.character("b"), modifiers: .alt)))
        XCTAssertEqual(s.cursor, 13)
        s.moveWordLeft()
        XCTAssertEqual(s.cursor, 4)
        s.moveWordLeft()
        s.moveWordLeft()
        XCTAssertEqual(s.cursor, 0)
        XCTAssertTrue(s.handle(Key(.character("f"), modifiers: .alt)))
        XCTAssertEqual(s.cursor, 3)
        XCTAssertTrue(s.handle(Key(.right, modifiers: .ctrl)))
        XCTAssertEqual(s.cursor, 11)
    }

    func testKills() {
        var s = TextInputState(text: "git commit -m")
        XCTAssertTrue(s.handle(.ctrl("w")))
        XCTAssertEqual(s.text, "git commit ")
        XCTAssertTrue(s.handle(.ctrl("w")))
        XCTAssertEqual(s.text, "git ")
        s.setText("hello world")
        s.moveCursor(to: 5)
        XCTAssertTrue(s.handle(.ctrl("k")))
        XCTAssertEqual(s.text, "hello")
        s.moveCursor(to: 2)
        XCTAssertTrue(s.handle(.ctrl("u")))
        XCTAssertEqual(s.text, "llo")
        XCTAssertEqual(s.cursor, 0)
    }

    func testPasteInSingleLineTurnsNewlinesIntoSpaces() {
        var s = TextInputState(text: "<>")
        s.moveCursor(to: 1)
        s.handle(paste: "a\nb\r\nc\rd\te\u{1B}[1m")
        XCTAssertEqual(s.text, "<a b c d e[1m>")
        XCTAssertEqual(s.cursor, 13)
        s.insert("\n")
        XCTAssertFalse(s.text.contains("\n"))
    }

    func testPasteInMultiLineKeepsNewlines() {
        var s = TextInputState(isMultiline: true)
        s.handle(paste: "a\nb\r\nc\rd")
        XCTAssertEqual(s.text, "a\nb\nc\nd")
    }

    func testKeysSingleLineDoesNotUse() {
        var s = TextInputState(text: "x")
        for key in [Key(.enter), Key(.tab), Key(.escape), Key(.up), Key(.down), Key.ctrl("z"), Key(.function(1))] {
            XCTAssertFalse(s.handle(key), "\(key)")
        }
        XCTAssertEqual(s.text, "x")
        XCTAssertTrue(s.handle(Key(.character("A"), modifiers: .shift)))
        XCTAssertEqual(s.text, "xA")
    }

    func testMultiLineUpDownKeepColumn() {
        var s = TextInputState(text: "abcdef\nab\nabcdef", isMultiline: true)
        s.moveCursor(to: 5)
        XCTAssertTrue(s.handle(Key(.down)))
        XCTAssertEqual(s.cursor, 9, "clamped to the end of the short line")
        XCTAssertTrue(s.handle(Key(.down)))
        XCTAssertEqual(s.cursor, 15, "back to column 5")
        XCTAssertFalse(s.handle(Key(.down)), "no line below")
        XCTAssertTrue(s.handle(Key(.up)))
        XCTAssertTrue(s.handle(Key(.up)))
        XCTAssertEqual(s.cursor, 5)
        XCTAssertFalse(s.handle(Key(.up)))
    }

    func testMultiLineUpDownByDisplayColumn() {
        var s = TextInputState(text: "漢字漢\nabcdef", isMultiline: true)
        s.moveCursor(to: 2)  // after 漢字: column 4
        s.moveDown()
        XCTAssertEqual(s.cursor, 8)  // "abcd|ef"
        s.moveCursor(to: 7)  // "abc|def": column 3
        s.moveUp()
        XCTAssertEqual(s.cursor, 1, "does not land inside 字")
    }

    func testMultiLineLineOperations() {
        var s = TextInputState(text: "one\ntwo\nthree", isMultiline: true)
        s.moveCursor(to: 6)  // "tw|o"
        s.moveToLineStart()
        XCTAssertEqual(s.cursor, 4)
        s.moveToLineEnd()
        XCTAssertEqual(s.cursor, 7)
        s.killToLineEnd()
        XCTAssertEqual(s.text, "one\ntwothree", "ctrl+k at a line's end joins the next")
        s.killToLineStart()
        XCTAssertEqual(s.text, "one\nthree")
        XCTAssertTrue(s.handle(Key(.enter)))
        XCTAssertEqual(s.text, "one\n\nthree")
        XCTAssertEqual(s.cursor, 5)
    }
}

final class FormStateTests: XCTestCase {
    func makeForm() -> FormState {
        FormState(fields: [
            FormField("Name", isRequired: true),
            FormField("Email", validator: { $0.isEmpty || $0.contains("@") ? nil : "needs an @" }),
            FormField("Notes", isMultiline: true),
        ])
    }

    func testValidation() {
        var form = makeForm()
        form.focus(2)
        XCTAssertFalse(form.validate())
        XCTAssertEqual(form.fields.map(\.error), ["required", nil, nil])
        XCTAssertEqual(form.focusedIndex, 0, "focus moves to the first invalid field")
        form.fields[0].input.setText("   ")
        XCTAssertFalse(form.validate(), "blank is not enough")
        form.fields[0].input.setText("Ada")
        form.fields[1].input.setText("ada")
        XCTAssertFalse(form.validate())
        XCTAssertEqual(form.fields.map(\.error), [nil, "needs an @", nil])
        XCTAssertEqual(form.focusedIndex, 1)
        form.fields[1].input.setText("ada@example.com")
        XCTAssertTrue(form.validate())
        XCTAssertEqual(form.fields.compactMap(\.error), [])
    }

    func testEditingClearsTheFieldsError() {
        var form = makeForm()
        form.validate()
        XCTAssertTrue(form.handle(.char("A")))
        XCTAssertNil(form.fields[0].error)
        XCTAssertEqual(form.value(of: "Name"), "A")
    }

    func testFocusCyclesWithTab() {
        var form = makeForm()
        XCTAssertTrue(form.handle(Key(.tab)))
        XCTAssertEqual(form.focusedIndex, 1)
        form.focusNext()
        form.focusNext()
        XCTAssertEqual(form.focusedIndex, 0)
        XCTAssertTrue(form.handle(Key(.tab, modifiers: .shift)))
        XCTAssertEqual(form.focusedIndex, 2)
        form.focusPrevious()
        XCTAssertEqual(form.focusedIndex, 1)
    }

    func testKeysAndPasteGoToTheFocusedField() {
        var form = makeForm()
        form.focus(2)
        form.handle(paste: "line 1\nline 2")
        XCTAssertTrue(form.handle(Key(.enter)), "enter makes a newline in a multi-line field")
        form.focus(0)
        form.handle(paste: "Ada\nLovelace")
        XCTAssertFalse(form.handle(Key(.enter)), "enter in a one-line field is left to the caller")
        XCTAssertEqual(form.fields.map(\.value), ["Ada Lovelace", "", "line 1\nline 2\n"])
    }

    func testDirty() {
        var form = FormState(fields: [FormField("Name", text: "Ada")])
        XCTAssertFalse(form.isDirty)
        XCTAssertTrue(form.handle(Key(.backspace)))
        XCTAssertTrue(form.isDirty)
        XCTAssertTrue(form.handle(.char("a")))
        XCTAssertFalse(form.isDirty, "back to the saved value")
        XCTAssertTrue(form.handle(.char("!")))
        form.markClean()
        XCTAssertFalse(form.isDirty)
    }
}

final class ConfirmStateTests: XCTestCase {
    func testKeys() {
        var s = ConfirmState()
        XCTAssertEqual(s.focused, .no)
        XCTAssertEqual(s.handle(Key(.enter)), .no)
        XCTAssertNil(s.handle(Key(.left)))
        XCTAssertEqual(s.focused, .yes)
        XCTAssertEqual(s.handle(Key(.enter)), .yes)
        XCTAssertNil(s.handle(Key(.tab)))
        XCTAssertEqual(s.focused, .no)
        XCTAssertEqual(s.handle(.char("y")), .yes)
        XCTAssertEqual(s.handle(.char("n")), .no)
        XCTAssertEqual(s.handle(Key(.escape)), .no)
        XCTAssertNil(s.handle(.ctrl("y")))
        XCTAssertNil(s.handle(.char("x")))
    }
}

final class WidgetHitTests: XCTestCase {
    func testTabsHitTest() {
        let tabs = Tabs(["Invoices", "Income", "Health"], selected: 0, showsNumbers: true)
        let area = Rect(x: 2, y: 0, width: 40, height: 1)
        // " 1 Invoices " is columns 2..<14, a separator at 14, " 2 Income " 15..<25.
        XCTAssertEqual(tabs.tabIndex(atX: 2, in: area), 0)
        XCTAssertEqual(tabs.tabIndex(atX: 13, in: area), 0)
        XCTAssertNil(tabs.tabIndex(atX: 14, in: area))
        XCTAssertEqual(tabs.tabIndex(atX: 15, in: area), 1)
        XCTAssertEqual(tabs.tabIndex(atX: 26, in: area), 2)
        XCTAssertNil(tabs.tabIndex(atX: 39, in: area))
        XCTAssertNil(tabs.tabIndex(atX: 1, in: area))
    }

    func testListHitTest() {
        let list = ListView(["a", "b", "c", "d", "e"], state: ListState(itemCount: 5, selected: 4))
        let area = Rect(x: 0, y: 3, width: 10, height: 3)
        XCTAssertEqual(list.itemIndex(atY: 3, in: area), 2, "scrolled so the selection shows")
        XCTAssertEqual(list.itemIndex(atY: 5, in: area), 4)
        XCTAssertNil(list.itemIndex(atY: 6, in: area))
    }

    func testHelpOverlayMaxOffset() {
        let help = HelpOverlay(sections: [HelpSection("Move", (1...10).map { (keys: "k\($0)", description: "d\($0)") })])
        // 11 lines in a box 8 high (6 inside).
        XCTAssertEqual(help.maxOffset(in: Rect(x: 0, y: 0, width: 40, height: 8)), 5)
        XCTAssertEqual(help.maxOffset(in: Rect(x: 0, y: 0, width: 40, height: 24)), 0)
    }
}
