import Foundation
@testable import GigdeskApp
import TermUI

/// Shared test values: a fixed clock, the shipped keymap, a fresh shell state.
enum Fixtures {
    /// 2026-12-04 09:30 local time.
    static let now: Date = {
        var parts = DateComponents()
        (parts.year, parts.month, parts.day, parts.hour, parts.minute) = (2026, 12, 4, 9, 30)
        return Calendar.current.date(from: parts)!
    }()

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let settings: LoadedSettings = LoadedSettings.load(environment: [
        "GIGDESK_RESOURCES": repoRoot.path,
        "HOME": "/nonexistent-home",
        "XDG_CONFIG_HOME": "/nonexistent-config",
    ])

    static var keymap: Keymap { settings.keymap }

    static func state(welcome: Bool = false) -> ShellState {
        ShellState(now: now,
                   status: StatusInfo(storePath: "~/.local/share/gigdesk/gigdesk.db",
                                      storeFile: "/home/ana/.local/share/gigdesk/gigdesk.db", actor: "ana@laptop",
                                      syncState: "sync off", firingAlerts: 0, readOnlyReason: nil),
                   themeName: "dark", keymapName: "default", welcomePending: welcome)
    }

    static var reducer: ShellReducer {
        let keymaps = settings.keymaps
        return ShellReducer(themeNames: settings.themes.keys.sorted(), keymapNames: keymaps.keys.sorted()) { pane, name in
            KeyResolver(keymap: keymaps[name]!).helpEntries(for: pane)
        }
    }

    static var view: ShellView { ShellView(glyphs: .unicode, commands: reducer.commands) }
}
