import Foundation
import TermUI

/// `$XDG_CONFIG_HOME/gigdesk/config.json`: which theme and keymap, and whether the mouse is used.
///
/// `{"theme": "light", "keymap": "vim", "mouse": true}`; every key is optional.
public struct UserConfig: Sendable, Equatable {
    public var theme = "dark"
    public var keymap = "default"
    public var mouse = true
    /// Lines of the chosen names, so a name that does not exist can be reported where it was written.
    var themeLine = 0
    var keymapLine = 0

    public init() {}

    public static let knownKeys = ["theme", "keymap", "mouse"]

    /// Reads the file; a missing file gives the defaults, a broken one the defaults and the problem.
    public static func load(from url: URL) -> (UserConfig, [ConfigProblem]) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return (UserConfig(), []) }
        let text = String(decoding: data, as: UTF8.self)
        let json: LocatedJSON
        do {
            json = try LocatedJSON.parse(text, file: url.path)
        } catch {
            return (UserConfig(), [error])
        }
        guard case .object(let members) = json.value else {
            return (UserConfig(), [ConfigProblem(file: url.path, line: json.line, keyPath: "",
                                                 message: "expected an object, found \(json.kindDescription)", severity: .error)])
        }
        var config = UserConfig()
        var warnings: [ConfigProblem] = []
        for member in members {
            func wrongType(_ expected: String) -> ConfigProblem {
                ConfigProblem(file: url.path, line: member.keyLine, keyPath: member.key,
                              message: "expected \(expected), found \(member.value.kindDescription)", severity: .error)
            }
            switch (member.key, member.value.value) {
            case ("theme", .string(let name)):
                config.theme = name
                config.themeLine = member.keyLine
            case ("keymap", .string(let name)):
                config.keymap = name
                config.keymapLine = member.keyLine
            case ("mouse", .bool(let on)):
                config.mouse = on
            case ("theme", _), ("keymap", _):
                return (UserConfig(), [wrongType("a string")])
            case ("mouse", _):
                return (UserConfig(), [wrongType("true or false")])
            default:
                warnings.append(ConfigProblem(
                    file: url.path, line: member.keyLine, keyPath: member.key,
                    message: "unknown key, ignored (known: \(knownKeys.joined(separator: ", ")))", severity: .warning))
            }
        }
        return (config, warnings)
    }
}
