import Foundation
import XCTest

/// Broken configuration and broken stores, as a user would meet them.
final class StoreAndConfigEndToEndTests: XCTestCase {
    func testBrokenThemeFileNamesFileAndLineAndStartsOnDefaults() throws {
        let tmux = try TmuxHarness(width: 120, height: 40)
        let dir = tmux.configHome.appendingPathComponent("gigdesk/themes")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "{\n  \"name\": \"broken\",\n  \"roles\": {\"normal\": {\"fg\": \"#zzzzzz\"}}\n}\n"
            .write(to: dir.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        try "{\"theme\": \"broken\"}\n".write(to: tmux.configHome.appendingPathComponent("gigdesk/config.json"), atomically: true, encoding: .utf8)
        tmux.startGigdesk()
        XCTAssertTrue(tmux.waitFor("broken.json:3"), "no message naming the file and line:\n\(tmux.screen())")
        XCTAssertTrue(tmux.screen().contains("Welcome to gigdesk"), "the app did not start:\n\(tmux.screen())")
        tmux.keys("e", "q")
        tmux.assertTerminalRestored(expectingExit: 0)
    }

    func testCorruptedStoreIsRefusedAndLeftUntouched() throws {
        let tmux = try TmuxHarness(width: 120, height: 40)
        let url = URL(fileURLWithPath: tmux.storePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var bytes = Array("SQLite format 3\u{0}".utf8)
        var generator = SystemRandomNumberGenerator()
        bytes += (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: url)
        tmux.startGigdesk()
        XCTAssertTrue(tmux.waitFor("exit=1"), tmux.screen())
        XCTAssertTrue(tmux.screen().contains("left untouched"), tmux.screen())
        XCTAssertEqual(try Data(contentsOf: url), Data(bytes), "the corrupted store was modified")
        tmux.assertTerminalRestored(expectingExit: 1)
    }

    func testNotAStoreIsRefused() throws {
        let tmux = try TmuxHarness(width: 120, height: 40)
        let path = tmux.workDir.appendingPathComponent("notes.txt")
        try "meeting notes\n".write(to: path, atomically: true, encoding: .utf8)
        tmux.startGigdesk("--store \(path.path)")
        XCTAssertTrue(tmux.waitFor("is not a gigdesk store"), tmux.screen())
        XCTAssertTrue(tmux.waitFor("exit=1"))
        XCTAssertEqual(try String(contentsOf: path, encoding: .utf8), "meeting notes\n")
    }

    func testSecondProcessSeesChangesWithinASecond() throws {
        let tmux = try TmuxHarness(width: 120, height: 40)
        tmux.startGigdesk()
        XCTAssertTrue(tmux.waitFor("Welcome to gigdesk"), tmux.screen())
        // Another session on the same store answers the welcome; this one follows within a second.
        let other = Spawn.run(TmuxHarness.binary, ["demo", "--store", tmux.storePath], environment: tmux.environment)
        XCTAssertEqual(other.status, 0, other.output)
        let start = Date()
        XCTAssertTrue(tmux.waitForAbsence("Welcome to gigdesk", timeout: 3), tmux.screen())
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.5)
        tmux.keys("q")
        tmux.assertTerminalRestored(expectingExit: 0)
    }

    func testUsageErrorExitsWithTwo() throws {
        let tmux = try TmuxHarness(width: 120, height: 40)
        tmux.startGigdesk("--frobnicate")
        XCTAssertTrue(tmux.waitFor("exit=2"), tmux.screen())
        XCTAssertTrue(tmux.screen().contains("unknown option '--frobnicate'"), tmux.screen())
    }
}
