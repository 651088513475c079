/// What one theme or keymap file defines, before inheritance is resolved.
struct ConfigDefinition<Body> {
    /// The `"inherits"` entry: the name of the definition to start from, and its line.
    struct Parent {
        let name: String
        let line: Int
    }

    let name: String
    /// The line of `"name"`, or 0 when the name comes from the file name.
    let nameLine: Int
    let summary: String?
    let parent: Parent?
    /// What the file sets on top of its parent: roles for a theme, bindings for a keymap.
    let body: Body
    let file: String
}

/// The wording and the body key of one kind of config file.
struct ConfigKind {
    /// "theme" or "keymap", as messages call it.
    let noun: String
    /// The top-level key that holds the kind-specific part (`roles`, `bindings`).
    let bodyKey: String

    static let headerKeys = ["name", "inherits", "description"]
}

extension ConfigDefinition {
    /// Decodes the keys every file shares and hands the body key's value (nil when absent) to `decodeBody`.
    ///
    /// - Returns: nil when any error was recorded; the file is then skipped.
    static func decode(_ file: ConfigFile, kind: ConfigKind, diagnostics: inout ConfigDiagnostics,
                       decodeBody: (LocatedJSON?, inout ConfigDiagnostics) -> Body) -> ConfigDefinition? {
        guard case .object(let members) = file.root.value else {
            diagnostics.error("a \(kind.noun) file holds one JSON object, not \(file.root.kindDescription)",
                              line: file.root.line, key: "")
            return nil
        }
        var name = file.stem
        var nameLine = 0
        var summary: String?
        var parent: Parent?
        var bodyValue: LocatedJSON?
        for member in members {
            switch member.key {
            case "name":
                guard let text = nonEmptyString(member, diagnostics: &diagnostics) else { continue }
                name = text
                nameLine = member.keyLine
            case "inherits":
                guard let text = nonEmptyString(member, diagnostics: &diagnostics) else { continue }
                parent = Parent(name: text, line: member.keyLine)
            case "description":
                summary = diagnostics.string(member.value, key: member.key)
            case kind.bodyKey:
                bodyValue = member.value
            default:
                let known = (ConfigKind.headerKeys + [kind.bodyKey]).joined(separator: ", ")
                diagnostics.warning("unknown key, ignored (a \(kind.noun) file takes \(known))",
                                    line: member.keyLine, key: member.key)
            }
        }
        let body = decodeBody(bodyValue, &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        return ConfigDefinition(name: name, nameLine: nameLine, summary: summary, parent: parent, body: body,
                                file: file.path)
    }

    private static func nonEmptyString(_ member: LocatedJSON.Member, diagnostics: inout ConfigDiagnostics) -> String? {
        guard let text = diagnostics.string(member.value, key: member.key) else { return nil }
        guard !text.isEmpty else {
            diagnostics.error("may not be empty", line: member.value.line, key: member.key)
            return nil
        }
        return text
    }
}
