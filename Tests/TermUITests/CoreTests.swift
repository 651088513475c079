import TermUI
import XCTest

final class LayoutTests: XCTestCase {
    func testLengthAndFillVertical() {
        let rects = Layout.vertical([.length(3), .fill(1), .length(2)]).split(Rect(x: 0, y: 1, width: 10, height: 10))
        XCTAssertEqual(rects, [
            Rect(x: 0, y: 1, width: 10, height: 3),
            Rect(x: 0, y: 4, width: 10, height: 5),
            Rect(x: 0, y: 9, width: 10, height: 2),
        ])
    }

    func testPercentage() {
        let rects = Layout.horizontal([.percentage(25), .percentage(75)]).split(Rect(x: 0, y: 0, width: 80, height: 1))
        XCTAssertEqual(rects.map(\.width), [20, 60])
        XCTAssertEqual(rects.map(\.x), [0, 20])
    }

    func testMinTakesItsMinimumAndSharesLeftover() {
        let widths = Layout.horizontal([.min(10), .fill(1)]).split(Rect(x: 0, y: 0, width: 30, height: 1)).map(\.width)
        XCTAssertEqual(widths, [20, 10])
        // With no room to share, min still gets what there is.
        XCTAssertEqual(Layout.horizontal([.min(10), .fill(1)]).split(Rect(x: 0, y: 0, width: 6, height: 1)).map(\.width), [6, 0])
    }

    func testFillWeights() {
        let widths = Layout.horizontal([.fill(1), .fill(3)]).split(Rect(x: 0, y: 0, width: 40, height: 1)).map(\.width)
        XCTAssertEqual(widths, [10, 30])
    }

    func testSpacingAndOverflow() {
        let rects = Layout.horizontal([.length(5), .fill(1)], spacing: 2).split(Rect(x: 0, y: 0, width: 20, height: 1))
        XCTAssertEqual(rects.map(\.x), [0, 7])
        XCTAssertEqual(rects.map(\.width), [5, 13])
        XCTAssertEqual(Layout.vertical([.length(8), .length(8)]).split(Rect(x: 0, y: 0, width: 1, height: 10)).map(\.height), [8, 2])
    }
}

final class CellBufferTests: XCTestCase {
    func testWideCharacterAtRightEdgeBecomesSpace() {
        var buffer = CellBuffer(width: 5, height: 1)
        let written = buffer.put("ab漢字", x: 0, y: 0)
        XCTAssertEqual(written, 4, "the filler space is not counted as text")
        XCTAssertEqual(buffer.lines, ["ab漢 "])
        XCTAssertEqual(buffer[2, 0].symbol, "漢")
        XCTAssertTrue(buffer[3, 0].isContinuation)
        XCTAssertEqual(buffer[4, 0].symbol, " ")
    }

    func testMaxWidthCutsWideCharacter() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("漢字", x: 0, y: 0, maxWidth: 3)
        XCTAssertEqual(buffer.lines, ["漢    "])
    }

    func testOverwritingHalfOfWideCharacterRepairsIt() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put("漢", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        XCTAssertEqual(buffer.lines, [" x  "])
    }

    func testControlCharactersShowAsVisibleReplacements() {
        var buffer = CellBuffer(width: 12, height: 1)
        buffer.put("a\u{1B}[31mb\u{7F}\u{202E}\u{07}", x: 0, y: 0)
        XCTAssertEqual(buffer.lines, ["a␛[31mb␡\u{FFFD}␇  "])
        XCTAssertFalse(buffer.lines[0].unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    func testClippedPutStartsLeftOfClipAndStopsAtItsEdge() {
        var buffer = CellBuffer(width: 10, height: 2)
        let clip = Rect(x: 2, y: 0, width: 5, height: 1)
        buffer.put("漢abcdefgh", x: 1, y: 0, clip: clip)
        // 漢 straddles the left edge: its visible half is a space.
        XCTAssertEqual(buffer.lines, ["   abcd   ", "          "])
        XCTAssertEqual(buffer.put("zzz", x: 2, y: 1, clip: clip), 0)
    }
}

final class BufferDiffTests: XCTestCase {
    func testReportsOnlyChangedRuns() {
        let before = CellBuffer(width: 10, height: 3)
        var after = before
        after.put("xy", x: 2, y: 1)
        after.put("z", x: 8, y: 2)
        let runs = BufferDiff.changes(from: before, to: after)
        XCTAssertEqual(runs.map { [$0.x, $0.y, $0.cells.count] }, [[2, 1, 2], [8, 2, 1]])
        XCTAssertEqual(runs[0].cells.map(\.symbol), ["x", "y"])
        XCTAssertEqual(BufferDiff.changes(from: after, to: after), [])
    }

    func testFullFrameWithoutPreviousOrAfterResize() {
        let next = CellBuffer(width: 4, height: 2)
        XCTAssertEqual(BufferDiff.changes(from: nil, to: next).map(\.cells.count), [4, 4])
        XCTAssertEqual(BufferDiff.changes(from: CellBuffer(width: 3, height: 2), to: next).count, 2)
    }

    func testRunNeverStartsOnSecondHalfOfWideCharacter() {
        var before = CellBuffer(width: 4, height: 1)
        before.put("漢", x: 0, y: 0)
        var after = before
        after.setRole(Rect(x: 1, y: 0, width: 1, height: 1), .highlight)
        let runs = BufferDiff.changes(from: before, to: after)
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs[0].x, 0)
        XCTAssertEqual(runs[0].cells.map(\.symbol), ["漢", ""])
    }
}

final class ColorTests: XCTestCase {
    func testParsing() {
        XCTAssertEqual(Color(parsing: "#ff8000"), .rgb(255, 128, 0))
        XCTAssertEqual(Color(parsing: "#FF8000"), .rgb(255, 128, 0))
        XCTAssertEqual(Color(parsing: "red"), .indexed(1))
        XCTAssertEqual(Color(parsing: "bright-blue"), .indexed(12))
        XCTAssertEqual(Color(parsing: "bright_blue"), .indexed(12))
        XCTAssertEqual(Color(parsing: "grey"), .indexed(8))
        XCTAssertEqual(Color(parsing: "42"), .indexed(42))
        XCTAssertEqual(Color(parsing: "default"), .terminalDefault)
        XCTAssertNil(Color(parsing: "#12345"))
        XCTAssertNil(Color(parsing: "256"))
        XCTAssertNil(Color(parsing: "mauve"))
    }

    func testDegrade() {
        let red = Color.rgb(255, 0, 0)
        XCTAssertEqual(red.degraded(to: .trueColor), red)
        XCTAssertEqual(red.degraded(to: .palette256), .indexed(196))
        XCTAssertEqual(red.degraded(to: .basic16), .indexed(9))
        XCTAssertEqual(red.degraded(to: .basic8), .indexed(1))
        XCTAssertNil(red.degraded(to: .none))
        XCTAssertEqual(Color.indexed(12).degraded(to: .basic16), .indexed(12))
        XCTAssertEqual(Color.indexed(12).degraded(to: .basic8), .indexed(4))
        // Palette 200 is (255, 0, 215): closest to bright magenta.
        XCTAssertEqual(Color.indexed(200).degraded(to: .basic16), .indexed(13))
        XCTAssertEqual(Color.rgb(10, 10, 10).degraded(to: .basic8), .indexed(0))
        XCTAssertEqual(Color.terminalDefault.degraded(to: .basic8), .terminalDefault)
    }

    func testDepthDetection() {
        XCTAssertEqual(ColorDepth.detect(terminalColors: 256, environment: ["NO_COLOR": "1"]), ColorDepth.none)
        XCTAssertEqual(ColorDepth.detect(terminalColors: 256, environment: ["COLORTERM": "truecolor"]), .trueColor)
        XCTAssertEqual(ColorDepth.detect(terminalColors: 256, environment: [:]), .palette256)
        XCTAssertEqual(ColorDepth.detect(terminalColors: 8, environment: ["NO_COLOR": ""]), .basic8)
    }
}

final class KeyTests: XCTestCase {
    func testSpecRoundTrips() throws {
        for spec in ["ctrl+d", "shift+tab", "?", "f1", "G", "esc"] {
            let key = try XCTUnwrap(Key(spec: spec), spec)
            XCTAssertEqual(key.description, spec)
            XCTAssertEqual(Key(spec: key.description), key)
        }
    }

    func testSpecMeaning() {
        XCTAssertEqual(Key(spec: "ctrl+d"), Key.ctrl("d"))
        XCTAssertEqual(Key(spec: "ctrl+D"), Key.ctrl("d"))
        XCTAssertEqual(Key(spec: "shift+tab"), Key(.tab, modifiers: .shift))
        XCTAssertEqual(Key(spec: "G"), Key.char("G"))
        XCTAssertNotEqual(Key(spec: "G"), Key(spec: "g"))
        XCTAssertEqual(Key(spec: "f1"), Key(.function(1)))
        XCTAssertEqual(Key(spec: "esc"), Key(.escape))
        XCTAssertEqual(Key(spec: "?"), Key.char("?"))
        XCTAssertNil(Key(spec: "hyper+x"))
        XCTAssertNil(Key(spec: "f99"))
    }
}

final class TextTests: XCTestCase {
    func testWrapsAtWordBoundaries() {
        XCTAssertEqual(WordWrap.wrap("the quick brown fox jumps", width: 10), ["the quick", "brown fox", "jumps"])
    }

    func testKeepsExplicitNewlinesAndBlankLines() {
        XCTAssertEqual(WordWrap.wrap("a\n\nb", width: 5), ["a", "", "b"])
        XCTAssertEqual(WordWrap.wrap("", width: 5), [""])
        XCTAssertEqual(WordWrap.wrap("abc", width: 0), [])
    }

    func testSplitsLongWords() {
        XCTAssertEqual(WordWrap.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(WordWrap.wrap("ab cdefghij", width: 4), ["ab c", "defg", "hij"])
    }

    func testWidthAware() {
        XCTAssertEqual(WordWrap.wrap("漢字漢字漢", width: 4), ["漢字", "漢字", "漢"])
        XCTAssertEqual(WordWrap.wrap("漢字漢", width: 3), ["漢", "字", "漢"])
        XCTAssertEqual(WordWrap.wrap("hello 漢字漢字", width: 7), ["hello", "漢字漢", "字"])
        XCTAssertEqual(WordWrap.wrap("漢", width: 1), ["漢"])
    }

    func testKeepsSpacesInsideLinesDropsThemAtBreaks() {
        XCTAssertEqual(WordWrap.wrap("  indented  text", width: 20), ["  indented  text"])
        XCTAssertEqual(WordWrap.wrap("one   two", width: 4), ["one", "two"])
    }

    func testNoLineIsWiderThanTheWidth() {
        let text = "Invoice 2024-017 for ACME 株式会社 is overdue by 12 days; send a reminder? supercalifragilistic"
        for width in 2...30 {
            for line in WordWrap.wrap(text, width: width) {
                XCTAssertLessThanOrEqual(line.displayWidth, width, "\(width): \(line)")
            }
        }
    }

    func testFitted() {
        XCTAssertEqual("abc".fitted(toWidth: 5, alignment: .right), "  abc")
        XCTAssertEqual("abc".fitted(toWidth: 6, alignment: .center), " abc  ")
        XCTAssertEqual("abcdef".fitted(toWidth: 4, ellipsis: "~"), "abc~")
        XCTAssertEqual("漢字".fitted(toWidth: 3), "漢…")
        XCTAssertEqual("abc".fitted(toWidth: 0), "")
    }
}
