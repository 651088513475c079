import Foundation
import XCTest

/// Drives the built `gigdesk` binary inside a private tmux server: type keys,
/// read the screen, resize, signal, and always tear the server down.
final class TmuxHarness {
    let socket = "gigdesk-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let session = "e2e"
    let workDir: URL
    let storePath: String
    let configHome: URL
    var environment: [String: String]

    init(width: Int = 120, height: Int = 40, environment extra: [String: String] = [:]) throws {
        workDir = FileManager.default.temporaryDirectory.appendingPathComponent("gigdesk-e2e-\(UUID().uuidString)")
        configHome = workDir.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: configHome, withIntermediateDirectories: true)
        storePath = workDir.appendingPathComponent("data/gigdesk/gigdesk.db").path
        environment = [
            "HOME": workDir.path,
            "XDG_CONFIG_HOME": configHome.path,
            "XDG_DATA_HOME": workDir.appendingPathComponent("data").path,
            "XDG_STATE_HOME": workDir.appendingPathComponent("state").path,
            "LANG": "C.UTF-8",
            "LC_ALL": "",
            "TERM": "xterm-256color",
            "PATH": "/usr/bin:/bin",
        ].merging(extra) { $1 }
        var args = ["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", session]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(key)=\(value)"] }
        args += ["bash --norc --noprofile"]
        try tmux(args)
        try tmux(["set-option", "-g", "status", "off"])
        try tmux(["set-option", "-g", "escape-time", "0"])
        try tmux(["set-option", "-g", "set-clipboard", "on"])
        run("PS1='$ '; clear")
        _ = waitFor("$ ", timeout: 5)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: workDir)
    }

    /// The gigdesk binary built beside this test bundle.
    static var binary: String {
        if let explicit = ProcessInfo.processInfo.environment["GIGDESK_BINARY"] { return explicit }
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments.first { $0.hasSuffix(".xctest") } ?? CommandLine.arguments[0])
            .deletingLastPathComponent()
        let beside = bundleDir.appendingPathComponent("gigdesk").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/gigdesk").path
    }

    /// Runs a tmux command against this harness's server and returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        Spawn.run("/usr/bin/tmux", ["-L", socket] + arguments).output
    }

    /// Types a shell command line and presses Enter.
    func run(_ commandLine: String) {
        _ = try? tmux(["send-keys", "-t", session, "-l", commandLine])
        _ = try? tmux(["send-keys", "-t", session, "Enter"])
    }

    /// Starts gigdesk in the pane's shell; the shell prints `exit=N` when it ends.
    func startGigdesk(_ arguments: String = "", prefix: String = "") {
        run("\(prefix)\(TmuxHarness.binary) \(arguments); echo \"exit=$?\"")
    }

    /// Sends tmux key names (`Escape`, `BTab`, `C-c`, `q`).
    func keys(_ names: String...) {
        _ = try? tmux(["send-keys", "-t", session] + names)
    }

    /// Sends text literally.
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", session, "-l", text])
    }

    func screen() -> String {
        (try? tmux(["capture-pane", "-p", "-t", session])) ?? ""
    }

    func display(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", session, format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until it contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen().contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    /// Polls until `text` is gone from the screen.
    @discardableResult
    func waitForAbsence(_ text: String, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !screen().contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    /// The pid of the program running under the pane's shell, if any.
    func childPID() -> Int32? {
        let shell = display("#{pane_pid}")
        let text = Spawn.run("/usr/bin/pgrep", ["-P", shell]).output
        return text.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Asserts what a clean exit leaves: main screen, cursor visible, no mouse mode, the shell answering.
    func assertTerminalRestored(expectingExit status: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(waitFor("exit=\(status)"), "gigdesk did not exit with \(status); screen:\n\(screen())", file: file, line: line)
        XCTAssertEqual(display("#{alternate_on}"), "0", "still on the alternate screen", file: file, line: line)
        XCTAssertEqual(display("#{cursor_flag}"), "1", "cursor left hidden", file: file, line: line)
        XCTAssertEqual(display("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"), "000", "mouse mode left on", file: file, line: line)
        XCTAssertNil(childPID(), "gigdesk is still running", file: file, line: line)
        run("echo \"alive-$((6*7))\"")
        XCTAssertTrue(waitFor("alive-42"), "the shell does not answer after gigdesk left", file: file, line: line)
    }
}
