import Foundation
import XCTest

/// The built binary in a real terminal (tmux): start, every tab, help, palette,
/// resize, quit, and the terminal left as it was found.
final class ShellEndToEndTests: XCTestCase {
    /// Walks the shell once in the given environment and checks the terminal afterwards.
    private func walkThrough(environment: [String: String], expectASCII: Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        let tmux = try TmuxHarness(width: 120, height: 40, environment: environment)
        tmux.startGigdesk()
        XCTAssertTrue(tmux.waitFor("Welcome to gigdesk"), "no welcome on an empty store:\n\(tmux.screen())", file: file, line: line)
        tmux.keys("e")
        XCTAssertTrue(tmux.waitFor("No invoices yet"), tmux.screen(), file: file, line: line)

        for (key, text) in [("2", "No income recorded yet"), ("3", "No health sources yet"),
                            ("4", "No incidents"), ("5", "No access data yet"), ("1", "No invoices yet")] {
            tmux.keys(key)
            XCTAssertTrue(tmux.waitFor(text), "key \(key) did not show \(text):\n\(tmux.screen())", file: file, line: line)
        }
        tmux.keys("Tab")
        XCTAssertTrue(tmux.waitFor("No income recorded yet"), file: file, line: line)
        tmux.keys("BTab")
        XCTAssertTrue(tmux.waitFor("No invoices yet"), file: file, line: line)

        tmux.keys("?")
        XCTAssertTrue(tmux.waitFor("Keys for Invoices"), "help did not open:\n\(tmux.screen())", file: file, line: line)
        XCTAssertTrue(tmux.screen().contains("go to Health"), file: file, line: line)
        tmux.keys("Escape")
        XCTAssertTrue(tmux.waitForAbsence("Keys for Invoices"), file: file, line: line)

        tmux.keys(":")
        tmux.type("heal")
        tmux.keys("Tab", "Enter")
        XCTAssertTrue(tmux.waitFor("No health sources yet"), "palette did not switch:\n\(tmux.screen())", file: file, line: line)

        tmux.resize(width: 80, height: 24)
        XCTAssertTrue(tmux.waitFor("No health sources yet"), file: file, line: line)
        tmux.resize(width: 40, height: 12)
        XCTAssertTrue(tmux.waitFor("terminal too small"), "no too-small message:\n\(tmux.screen())", file: file, line: line)
        tmux.resize(width: 120, height: 40)
        XCTAssertTrue(tmux.waitForAbsence("terminal too small"), file: file, line: line)
        XCTAssertTrue(tmux.waitFor("No health sources yet"), file: file, line: line)

        let screen = tmux.screen()
        let hasNonASCII = screen.unicodeScalars.contains { !$0.isASCII }
        if expectASCII {
            XCTAssertFalse(hasNonASCII, "non-ASCII drawn without a UTF-8 locale:\n\(screen)", file: file, line: line)
        } else {
            XCTAssertTrue(screen.contains("─"), "no box drawing in UTF-8:\n\(screen)", file: file, line: line)
        }

        tmux.keys("q")
        tmux.assertTerminalRestored(expectingExit: 0, file: file, line: line)
    }

    func testWalkThroughInUTF8With256Colours() throws {
        try walkThrough(environment: [:], expectASCII: false)
    }

    func testWalkThroughWithNoColor() throws {
        try walkThrough(environment: ["NO_COLOR": "1"], expectASCII: false)
    }

    func testWalkThroughInCLocaleASCII() throws {
        try walkThrough(environment: ["LANG": "C"], expectASCII: true)
    }

    func testWalkThroughOnLinuxConsole() throws {
        try walkThrough(environment: ["TERM": "linux"], expectASCII: false)
    }
}
