import Foundation
import TermUI

/// The user's configuration resolved against the shipped files: the theme and
/// keymap in force, every theme and keymap available, and every problem found.
public struct LoadedSettings: Sendable {
    public var themes: [String: Theme]
    public var keymaps: [String: Keymap]
    public var theme: Theme
    public var keymap: Keymap
    public var mouse: Bool
    public var problems: [ConfigProblem]
    /// The configuration files and folders looked at, for `gigdesk doctor`.
    public var configFile: URL
    public var userThemes: URL
    public var userKeymaps: URL
    public var resources: ResourceLocator

    public static let defaultTheme = "dark"
    public static let defaultKeymap = "default"

    public static func load(environment: [String: String]) -> LoadedSettings {
        let xdg = XDGPaths(environment: environment)
        let resources = ResourceLocator(environment: environment)
        let dir = xdg.gigdeskConfig
        let configFile = dir.appendingPathComponent("config.json")
        let userThemes = dir.appendingPathComponent("themes")
        let userKeymaps = dir.appendingPathComponent("keymaps")

        var problems: [ConfigProblem] = []
        if resources.root == nil {
            problems.append(ConfigProblem(file: "Themes/", line: 0, keyPath: "",
                                          message: "the shipped themes and keymaps were not found; set GIGDESK_RESOURCES to the folder holding Themes/ and Keymaps/",
                                          severity: .error))
        }
        let (config, configProblems) = UserConfig.load(from: configFile)
        problems += configProblems
        let (themes, themeProblems) = ThemeCatalog.load(shipped: resources.themes, user: existing(userThemes))
        problems += themeProblems
        let (keymaps, keymapProblems) = KeymapCatalog.load(
            shipped: resources.keymaps, user: existing(userKeymaps), knownActions: ActionCatalog.names)
        problems += keymapProblems

        let theme = choose(config.theme, line: config.themeLine, kind: "theme",
                           from: themes, fallback: themes[defaultTheme] ?? Theme.builtInMonochrome, name: \.name,
                           configFile: configFile, problems: &problems)
        let keymap = choose(config.keymap, line: config.keymapLine, kind: "keymap",
                            from: keymaps, fallback: keymaps[defaultKeymap] ?? Keymap.builtInDefault, name: \.name,
                            configFile: configFile, problems: &problems)
        return LoadedSettings(themes: themes, keymaps: keymaps, theme: theme, keymap: keymap, mouse: config.mouse,
                              problems: problems, configFile: configFile, userThemes: userThemes,
                              userKeymaps: userKeymaps, resources: resources)
    }

    /// The theme or keymap the config names; when it cannot be had, the fallback and a problem
    /// pointing at the config line (unless the config only asked for the default).
    private static func choose<T>(_ wanted: String, line: Int, kind: String, from available: [String: T], fallback: T,
                                  name: KeyPath<T, String>, configFile: URL, problems: inout [ConfigProblem]) -> T {
        if let chosen = available[wanted] { return chosen }
        if wanted != fallback[keyPath: name] {
            problems.append(ConfigProblem(file: configFile.path, line: line, keyPath: kind,
                                          message: "no \(kind) named \"\(wanted)\" could be loaded; using \(fallback[keyPath: name])",
                                          severity: .error))
        }
        return fallback
    }

    private static func existing(_ url: URL) -> URL? {
        FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
