/// Which keys trigger which actions.
///
/// Actions are dotted names whose first segment is the context they work in: `app.quit`
/// anywhere, `list.down` in lists, `welcome.load_demo` on the welcome screen. One key may
/// serve several contexts; the focused pane picks the action of its own.
public struct Keymap: Equatable, Sendable {
    public let name: String
    /// One line saying what the keymap is for (a keymap file's `"description"`).
    public let summary: String
    /// Each action's keys, in the order help shows them; an empty list leaves the action unbound.
    public let bindings: [String: [Key]]
    private let actionsByKey: [Key: [String]]

    public init(name: String, summary: String = "", bindings: [String: [Key]]) {
        self.name = name
        self.summary = summary
        self.bindings = bindings
        var byKey: [Key: [String]] = [:]
        for (action, keys) in bindings {
            for key in keys {
                byKey[key, default: []].append(action)
            }
        }
        actionsByKey = byKey.mapValues { $0.sorted() }
    }

    /// The actions `key` triggers, in every context, sorted by name.
    public func actions(for key: Key) -> [String] {
        actionsByKey[key] ?? []
    }

    /// The keys bound to `action`, or none.
    public func keys(for action: String) -> [Key] {
        bindings[action] ?? []
    }

    /// The context `action` works in: its name up to the first dot (`list` for `list.page_down`).
    public static func context(of action: String) -> String {
        String(action.prefix { $0 != "." })
    }
}
