import Foundation
import SnapshotSupport
import TermUI
import XCTest
@testable import GigdeskApp

/// The whole screen rendered into a buffer at the two sizes that matter, compared with goldens.
final class ShellViewSnapshotTests: XCTestCase {
    private let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    private func assertScreens(_ state: ShellState, named name: String, glyphs: Glyphs = .unicode,
                               file: StaticString = #filePath, line: UInt = #line) {
        let view = ShellView(glyphs: glyphs, commands: Fixtures.reducer.commands)
        for size in sizes {
            let buffer = view.render(state: state, size: size, keymap: Fixtures.keymap)
            Snapshot.assert(buffer, named: "\(name)-\(size.width)x\(size.height)", filePath: file, line: line)
        }
    }

    func testEveryPaneEmptyState() {
        for pane in PaneID.allCases {
            var state = Fixtures.state()
            state.activePane = pane
            assertScreens(state, named: "pane-\(pane.commandName)")
        }
    }

    func testWelcome() {
        assertScreens(Fixtures.state(welcome: true), named: "welcome")
    }

    func testHelpOverlay() {
        var state = Fixtures.state()
        _ = Fixtures.reducer.reduce(&state, .invoke("app.help"))
        assertScreens(state, named: "help")
    }

    func testPaletteWithCompletions() {
        var state = Fixtures.state()
        let reducer = Fixtures.reducer
        _ = reducer.reduce(&state, .invoke("app.palette"))
        _ = reducer.reduce(&state, .text(.char("t")))
        assertScreens(state, named: "palette")
    }

    func testConfirmQuitAndToastAndAlerts() {
        var state = Fixtures.state()
        state.unsavedEdit = "Invoice INV-2026-0007"
        state.status.firingAlerts = 2
        state.status.readOnlyReason = "--read-only"
        _ = Fixtures.reducer.reduce(&state, .invoke("app.quit"))
        _ = Fixtures.reducer.reduce(&state, .toast("copied (OSC 52)", .info))
        assertScreens(state, named: "confirm-quit")
    }

    func testASCIIGlyphsWithoutUTF8() {
        let state = Fixtures.state()
        let buffer = Fixtures.view.render(state: state, size: Size(width: 80, height: 24), keymap: Fixtures.keymap)
        XCTAssertTrue(buffer.lines.joined().contains("─"))
        let ascii = ShellView(glyphs: .ascii, commands: []).render(state: state, size: Size(width: 80, height: 24), keymap: Fixtures.keymap)
        XCTAssertFalse(ascii.lines.joined().unicodeScalars.contains { !$0.isASCII }, ascii.lines.joined(separator: "\n"))
    }

    func testTooSmallNamesBothSizes() {
        let buffer = Fixtures.view.render(state: Fixtures.state(), size: Size(width: 40, height: 12), keymap: Fixtures.keymap)
        let text = buffer.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        XCTAssertTrue(text.contains("terminal too small"), text)
        XCTAssertTrue(text.contains("need 60×16") && text.contains("have 40×12"), text)
    }

    func testTabClickHitsPane() {
        let view = Fixtures.view
        let size = Size(width: 120, height: 40)
        let buffer = view.render(state: Fixtures.state(), size: size, keymap: Fixtures.keymap)
        let x = column(of: "War room", in: buffer.lines[0])
        XCTAssertEqual(view.pane(atX: x, y: 0, size: size), .warRoom)
        XCTAssertNil(view.pane(atX: x, y: 5, size: size))
    }
}

/// The column at which `needle` starts in `line`.
private func column(of needle: String, in line: String) -> Int {
    guard let prefix = line.components(separatedBy: needle).first, prefix != line else { return -1 }
    return prefix.displayWidth
}
