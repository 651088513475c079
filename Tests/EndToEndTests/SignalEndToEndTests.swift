import Foundation
import XCTest

/// Signals while gigdesk runs: the terminal is restored and the store closed cleanly.
final class SignalEndToEndTests: XCTestCase {
    private func startPastWelcome(_ tmux: TmuxHarness) {
        tmux.startGigdesk()
        XCTAssertTrue(tmux.waitFor("Welcome to gigdesk"), tmux.screen())
        tmux.keys("e")
        XCTAssertTrue(tmux.waitFor("No invoices yet"), tmux.screen())
    }

    func testSIGHUPRestoresTerminalAndEndsSession() throws {
        let tmux = try TmuxHarness(width: 80, height: 24)
        startPastWelcome(tmux)
        let pid = try XCTUnwrap(tmux.childPID())
        kill(pid, SIGHUP)
        tmux.assertTerminalRestored(expectingExit: 129)
        tmux.run("\(TmuxHarness.binary) doctor | grep 'last audit event'")
        XCTAssertTrue(tmux.waitFor("session.end at"), tmux.screen())
    }

    func testSIGTERMRestoresTerminal() throws {
        let tmux = try TmuxHarness(width: 80, height: 24)
        startPastWelcome(tmux)
        kill(try XCTUnwrap(tmux.childPID()), SIGTERM)
        tmux.assertTerminalRestored(expectingExit: 143)
    }

    func testCtrlCRestoresTerminal() throws {
        let tmux = try TmuxHarness(width: 80, height: 24)
        startPastWelcome(tmux)
        tmux.keys("C-c")
        tmux.assertTerminalRestored(expectingExit: 130)
    }

    func testCrashSignalRestoresTerminal() throws {
        let tmux = try TmuxHarness(width: 80, height: 24)
        startPastWelcome(tmux)
        kill(try XCTUnwrap(tmux.childPID()), SIGSEGV)
        tmux.assertTerminalRestored(expectingExit: 139)
    }
}
