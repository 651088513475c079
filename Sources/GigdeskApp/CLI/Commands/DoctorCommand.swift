import Foundation
import GigdeskStore
import TermUI

/// `gigdesk doctor`: what gigdesk sees — terminal, colours, locale, store, configuration — and every problem.
struct DoctorCommand {
    var main: GigdeskMain

    static let spec = CommandSpec(
        name: "doctor", summary: "show what gigdesk sees: terminal, locale, store, configuration",
        details: "Exit status 1 when the store cannot be opened or a configuration file has an error.")

    func run(_ invocation: Invocation) -> Int32 {
        var report = DoctorReport()
        var healthy = true
        report.section("gigdesk \(GigdeskMain.version)")

        let terminal = main.probeTerminal()
        report.section("terminal")
        report.row("TERM", "\(terminal.term) (\(terminal.terminfoFound ? "terminfo found" : "no terminfo entry"))")
        report.row("tty", terminal.isTTY ? "yes" + (terminal.size.map { ", \($0)" } ?? "") : "no (output is not a terminal)")
        let noColor = main.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        report.row("colours", "\(terminal.colors) offered, using \(terminal.colorDepth.label)" + (noColor ? " (NO_COLOR is set)" : ""))
        report.row("locale", "\(terminal.locale), UTF-8 \(terminal.utf8 ? "yes: Unicode lines and charts" : "no: ASCII lines and charts")")
        if let ssh = main.environment["SSH_CONNECTION"] { report.row("ssh", ssh) }

        report.section("store")
        let path = main.storePath(invocation)
        report.row("path", path)
        if !FileManager.default.fileExists(atPath: path) {
            report.row("state", "not created yet (the app or any command that writes creates it, mode 0600)")
        } else {
            do {
                let store = try main.openStore(invocation)
                report.row("mode", store.isReadOnly ? "read-only (\(store.readOnlyReason ?? "requested"))" : "read-write")
                report.row("schema", "version \(store.schemaVersion) (this build: \(Store.latestSchemaVersion))")
                report.row("device id", store.deviceID.rawValue)
                report.row("integrity", try store.integrityCheck())
                let counts = try store.counts().sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                report.row("rows", counts.joined(separator: ", "))
                switch try store.verifyAuditChain() {
                case .intact(let count):
                    report.row("audit chain", "intact (\(count) entries)")
                case .broken(let seq, let reason):
                    healthy = false
                    report.row("audit chain", "BROKEN at entry \(seq): \(reason)")
                }
                if let last = try store.auditEntries(limit: 1).first {
                    report.row("last audit event", "\(last.event) at \(last.at) by \(last.actor)")
                }
            } catch {
                healthy = false
                report.row("error", "\(error)")
            }
        }

        let settings = LoadedSettings.load(environment: main.environment)
        report.section("configuration")
        report.row("config file", settings.configFile.path + (exists(settings.configFile) ? "" : " (not present: defaults)"))
        report.row("user themes", settings.userThemes.path + (exists(settings.userThemes) ? "" : " (not present)"))
        report.row("user keymaps", settings.userKeymaps.path + (exists(settings.userKeymaps) ? "" : " (not present)"))
        report.row("shipped files", settings.resources.root?.path ?? "not found (set GIGDESK_RESOURCES)")
        report.row("themes", names(settings.themes.keys, current: settings.theme.name))
        report.row("keymaps", names(settings.keymaps.keys, current: settings.keymap.name))
        report.row("mouse", settings.mouse ? "on" : "off")

        report.section("problems")
        if settings.problems.isEmpty { report.row("", "none") }
        for problem in settings.problems {
            report.row(problem.severity.rawValue, problem.description)
            if problem.severity == .error { healthy = false }
        }
        main.output.print(report.text, terminator: "")
        return healthy ? 0 : 1
    }

    private func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    private func names(_ keys: Dictionary<String, some Any>.Keys, current: String) -> String {
        keys.sorted().map { $0 == current ? "\($0) (in use)" : $0 }.joined(separator: ", ")
    }
}

/// Aligned "label  value" rows under section headings.
struct DoctorReport {
    private(set) var text = ""

    mutating func section(_ title: String) {
        if !text.isEmpty { text += "\n" }
        text += title + "\n"
    }

    mutating func row(_ label: String, _ value: String) {
        text += "  " + label.padding(toLength: 19, withPad: " ", startingAt: 0) + value + "\n"
    }
}
