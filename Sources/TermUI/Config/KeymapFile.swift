/// One `"action": keys` entry of a keymap file.
struct KeyBinding {
    let action: String
    let keys: [Key]
    let line: Int
}

/// Decodes keymap files: `{"name", "inherits", "description", "bindings": {"list.down": ["j", "down"]}}`.
///
/// A binding's value is a key spec or a list of them (`[]` unbinds the action). Only single
/// keys are bound, never sequences.
enum KeymapFile {
    static let kind = ConfigKind(noun: "keymap", bodyKey: "bindings")

    /// The definition in `file`, or nil when it has errors; every problem goes to `problems`.
    ///
    /// Bindings of actions outside `knownActions` are dropped with a warning.
    static func definition(from file: ConfigFile, knownActions: Set<String>,
                           problems: inout [ConfigProblem]) -> ConfigDefinition<[KeyBinding]>? {
        var diagnostics = ConfigDiagnostics(file: file.path)
        let definition = ConfigDefinition<[KeyBinding]>.decode(file, kind: kind, diagnostics: &diagnostics) {
            value, diagnostics in
            guard let value else { return [] }
            return bindings(value, knownActions: knownActions, diagnostics: &diagnostics)
        }
        problems += diagnostics.problems
        return definition
    }

    /// `parent`'s bindings with `definition`'s applied.
    ///
    /// A binding replaces the action's keys, and takes its keys away from the parent's other
    /// actions in the same context, unless this definition binds those actions too.
    static func keymap(inheriting parent: Keymap?, _ definition: ConfigDefinition<[KeyBinding]>) -> Keymap {
        var bindings = parent?.bindings ?? [:]
        let rebound = Set(definition.body.map(\.action))
        for binding in definition.body {
            let context = Keymap.context(of: binding.action)
            for (action, keys) in bindings where !rebound.contains(action) && Keymap.context(of: action) == context {
                bindings[action] = keys.filter { !binding.keys.contains($0) }
            }
            bindings[binding.action] = binding.keys
        }
        return Keymap(name: definition.name, summary: definition.summary ?? parent?.summary ?? "", bindings: bindings)
    }

    private static func bindings(_ value: LocatedJSON, knownActions: Set<String>,
                                 diagnostics: inout ConfigDiagnostics) -> [KeyBinding] {
        guard case .object(let members) = value.value else {
            diagnostics.wrongType(value, key: kind.bodyKey, expected: "an object of action names")
            return []
        }
        var result: [KeyBinding] = []
        for member in members {
            let key = ConfigDiagnostics.path(kind.bodyKey, member.key)
            guard knownActions.contains(member.key) else {
                diagnostics.warning("unknown action, ignored", line: member.keyLine, key: key)
                continue
            }
            var keys: [Key] = []
            for (spec, specKey, line) in diagnostics.stringList(member.value, key: key) ?? [] {
                guard let parsed = Key(spec: spec) else {
                    diagnostics.error("\"\(spec)\" is not a key (write keys like \"q\", \"ctrl+d\", \"shift+tab\", \"f1\" or \"pgdn\")",
                                      line: line, key: specKey)
                    continue
                }
                if !keys.contains(parsed) { keys.append(parsed) }
            }
            let binding = KeyBinding(action: member.key, keys: keys, line: member.keyLine)
            warnAboutClashes(binding, with: result, key: key, diagnostics: &diagnostics)
            result.append(binding)
        }
        return result
    }

    /// Warns when `binding` uses a key that an earlier binding of the same context uses too.
    private static func warnAboutClashes(_ binding: KeyBinding, with earlier: [KeyBinding], key: String,
                                         diagnostics: inout ConfigDiagnostics) {
        let context = Keymap.context(of: binding.action)
        for other in earlier where Keymap.context(of: other.action) == context {
            for shared in binding.keys where other.keys.contains(shared) {
                diagnostics.warning("\"\(shared)\" is also bound to \(other.action) on line \(other.line); only one of them can act",
                                    line: binding.line, key: key)
            }
        }
    }
}
