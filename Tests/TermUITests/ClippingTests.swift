import TermUI
import XCTest

/// Every widget, in every size from nothing up, must stay inside its area, and
/// with the ASCII glyph table must draw nothing but ASCII.
final class ClippingTests: XCTestCase {
    static var widgets: [(String, any Widget)] {
        var input = TextInputState(text: "abc 漢字 def", isMultiline: true)
        input.moveCursor(to: 5)
        var form = FormState(fields: [FormField("Name", isRequired: true), FormField("Notes", isMultiline: true)])
        form.validate()
        return [
            ("block", Block(title: "Title", footer: "hint", isFocused: true)),
            ("tabs", Tabs(["One", "Two", "Three"], selected: 1, showsNumbers: true)),
            ("table", Sample.invoiceTable(selected: 5)),
            ("empty table", Table(columns: [TableColumn("A")], source: [[String]](), state: TableState(), emptyMessage: "none")),
            ("list", ListView(["a", "b", "c", "d", "e", "f"], state: ListState(itemCount: 6, selected: 4))),
            ("text input", TextInput(state: TextInputState(text: "hello 漢字 world"))),
            ("placeholder", TextInput(state: TextInputState(), placeholder: "type here")),
            ("text area", TextArea(state: input)),
            ("form", FormView(state: form)),
            ("modal", Modal(title: "Title", body: "Some body text that wraps.", buttons: [ModalButton(key: "y", label: "yes")])),
            ("confirm", ConfirmDialog(title: "Sure?", question: "Really do it?")),
            ("status bar", StatusBar(left: [StatusSegment("left side")], right: [StatusSegment("right")])),
            ("toast", Toast("A message", level: .warn)),
            ("help", HelpOverlay(sections: Sample.help, offset: 2)),
            ("gauge", Gauge(label: "CPU", ratio: 0.55, warnAt: 0.5)),
            ("sparkline", Sparkline([1, 5, 2, 8, 3])),
            ("bar chart", BarChart(Sample.bars)),
            ("line chart", LineChart(Sample.lines)),
            ("progress", ProgressBar(ratio: 0.4)),
            ("scrollbar", Scrollbar(total: 50, offset: 10, viewHeight: 5)),
        ]
    }

    func testNeverDrawsOutsideItsArea() {
        let sentinel = Cell("·", role: "sentinel")
        let sizes = [(0, 0), (0, 3), (3, 0), (1, 1), (1, 4), (4, 1), (2, 2), (3, 3), (7, 3), (12, 6), (26, 11)]
        for glyphs in [Glyphs.unicode, .ascii] {
            for (name, widget) in ClippingTests.widgets {
                for (w, h) in sizes {
                    var buffer = CellBuffer(width: 32, height: 15, glyphs: glyphs)
                    buffer.fill(buffer.area, symbol: sentinel.symbol, role: sentinel.role)
                    let area = Rect(x: 3, y: 2, width: w, height: h)
                    widget.render(area, into: &buffer)
                    for y in 0..<buffer.height {
                        for x in 0..<buffer.width where !area.contains(x: x, y: y) {
                            XCTAssertEqual(buffer[x, y], sentinel, "\(name) \(w)x\(h) wrote at \(x),\(y)")
                        }
                    }
                }
            }
        }
    }

    func testAreaBeyondTheBufferIsClipped() {
        for (name, widget) in ClippingTests.widgets {
            var buffer = CellBuffer(width: 10, height: 4)
            widget.render(Rect(x: 6, y: 2, width: 30, height: 12), into: &buffer)
            widget.render(Rect(x: -5, y: -3, width: 12, height: 6), into: &buffer)
            XCTAssertEqual(buffer.lines.count, 4, name)
        }
    }

    func testASCIIGlyphsGiveASCIIOutput() {
        for (name, widget) in ClippingTests.widgets where !["table", "text input", "text area"].contains(name) {
            for (w, h) in [(26, 11), (40, 20), (9, 5)] {
                let buffer = rendered(widget, width: w, height: h, glyphs: .ascii)
                for line in buffer.lines {
                    XCTAssertTrue(line.unicodeScalars.allSatisfy(\.isASCII), "\(name) \(w)x\(h): \(line)")
                }
            }
        }
    }
}
