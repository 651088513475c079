/// Decodes theme files: `{"name", "inherits", "description", "roles": {"table.header": {"fg", "bg", "attrs"}}}`.
///
/// `fg` and `bg` take `#rrggbb`, a palette index 0–255 (string or number), a colour name or
/// `default`; `null` removes an inherited colour so that the role falls back to `normal`'s.
/// `attrs` is a list of attribute names (or one name).
enum ThemeFile {
    static let kind = ConfigKind(noun: "theme", bodyKey: "roles")

    /// The definition in `file`, or nil when it has errors; every problem goes to `problems`.
    static func definition(from file: ConfigFile, problems: inout [ConfigProblem]) -> ConfigDefinition<[RoleOverride]>? {
        var diagnostics = ConfigDiagnostics(file: file.path)
        let definition = ConfigDefinition<[RoleOverride]>.decode(file, kind: kind, diagnostics: &diagnostics) {
            value, diagnostics in
            guard let value else { return [] }
            return roles(value, diagnostics: &diagnostics)
        }
        problems += diagnostics.problems
        return definition
    }

    /// `parent`'s styles with `definition`'s roles applied.
    static func theme(inheriting parent: Theme?, _ definition: ConfigDefinition<[RoleOverride]>) -> Theme {
        var styles = parent?.styles ?? [:]
        for override in definition.body {
            styles[override.role] = override.applied(to: styles[override.role] ?? ThemeStyle())
        }
        return Theme(name: definition.name, summary: definition.summary ?? parent?.summary ?? "", styles: styles)
    }

    private static func roles(_ value: LocatedJSON, diagnostics: inout ConfigDiagnostics) -> [RoleOverride] {
        guard case .object(let members) = value.value else {
            diagnostics.wrongType(value, key: kind.bodyKey, expected: "an object of role names")
            return []
        }
        var overrides: [RoleOverride] = []
        for member in members {
            let key = ConfigDiagnostics.path(kind.bodyKey, member.key)
            guard isRoleName(member.key) else {
                diagnostics.warning("not a role name, ignored (roles are lowercase dotted names like \"table.header\")",
                                    line: member.keyLine, key: key)
                continue
            }
            if let override = role(StyleRole(member.key), member.value, key: key, diagnostics: &diagnostics) {
                overrides.append(override)
            }
        }
        return overrides
    }

    private static func role(_ role: StyleRole, _ value: LocatedJSON, key: String,
                             diagnostics: inout ConfigDiagnostics) -> RoleOverride? {
        guard case .object(let fields) = value.value else {
            diagnostics.wrongType(value, key: key, expected: "an object with fg, bg and attrs")
            return nil
        }
        var override = RoleOverride(role: role)
        for field in fields {
            let fieldKey = ConfigDiagnostics.path(key, field.key)
            switch field.key {
            case "fg":
                override.style.foreground = color(field.value, key: fieldKey, diagnostics: &diagnostics)
                override.setsForeground = true
            case "bg":
                override.style.background = color(field.value, key: fieldKey, diagnostics: &diagnostics)
                override.setsBackground = true
            case "attrs":
                override.style.attributes = attributes(field.value, key: fieldKey, diagnostics: &diagnostics)
                override.setsAttributes = true
            default:
                diagnostics.warning("unknown key, ignored (a role takes fg, bg and attrs)", line: field.keyLine, key: fieldKey)
            }
        }
        return override
    }

    private static func color(_ value: LocatedJSON, key: String, diagnostics: inout ConfigDiagnostics) -> Color? {
        let hint = "is not a colour (use #rrggbb, 0-255 or a name)"
        switch value.value {
        case .null:
            return nil
        case .string(let text):
            if let color = Color(parsing: text) { return color }
            diagnostics.error("\"\(text)\" \(hint)", line: value.line, key: key)
        case .integer(let index):
            if let index = UInt8(exactly: index) { return .indexed(index) }
            diagnostics.error("\(index) \(hint)", line: value.line, key: key)
        default:
            diagnostics.wrongType(value, key: key, expected: "a colour")
        }
        return nil
    }

    private static func attributes(_ value: LocatedJSON, key: String, diagnostics: inout ConfigDiagnostics) -> TextAttributes {
        var result: TextAttributes = []
        for (name, elementKey, line) in diagnostics.stringList(value, key: key) ?? [] {
            if let attribute = TextAttributes.byName.first(where: { $0.0 == name.lowercased() })?.1 {
                result.insert(attribute)
            } else {
                let names = TextAttributes.byName.map(\.0).joined(separator: ", ")
                diagnostics.error("\"\(name)\" is not an attribute (use \(names))", line: line, key: elementKey)
            }
        }
        return result
    }

    /// Lowercase letters, digits, `-` and `_` in non-empty segments joined by dots.
    private static func isRoleName(_ name: String) -> Bool {
        name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { segment in
            !segment.isEmpty && segment.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
        }
    }
}
