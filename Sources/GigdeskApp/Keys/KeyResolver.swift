import TermUI

/// Turns an input event into a shell action, using the active keymap and what has focus.
///
/// Order: a text input with focus takes the key as text; otherwise the keymap is
/// asked for the first action whose context is active (overlay or pane first,
/// then lists, then global).
public struct KeyResolver: Sendable {
    public var keymap: Keymap

    public init(keymap: Keymap) {
        self.keymap = keymap
    }

    public func action(for event: InputEvent, state: ShellState, tabHit: (Int, Int) -> PaneID?) -> ShellAction? {
        switch event {
        case .paste(let text):
            return .paste(text)
        case .resize:
            return nil
        case .mouse(let mouse):
            switch mouse.kind {
            case .press: return tabHit(mouse.x, mouse.y).map(ShellAction.clickTab)
            case .scrollUp: return .scroll(up: true)
            case .scrollDown: return .scroll(up: false)
            case .release: return nil
            }
        case .key(let key):
            return action(for: key, state: state)
        }
    }

    func action(for key: Key, state: ShellState) -> ShellAction? {
        switch state.overlay {
        case .palette?:
            return .text(key)
        case .help(let help)? where help.list.isEditingQuery:
            return .text(key)
        case .confirmQuit?:
            if key == .char("y") || key == .char("Y") { return .confirm(true) }
            if key == .char("n") || key == .char("N") { return .confirm(false) }
            return resolve(key, contexts: ["app"])
        case .welcome?:
            return resolve(key, contexts: ["welcome", "app"])
        case .help?:
            return resolve(key, contexts: ["list", "app"])
        case nil where state.activePane == .invoices && state.invoices.takesText:
            return .text(key)
        case nil:
            return resolve(key, contexts: [state.activePane.commandName, "list", "app"])
        }
    }

    private func resolve(_ key: Key, contexts: [String]) -> ShellAction? {
        let names = keymap.actions(for: key)
        for context in contexts {
            if let name = names.first(where: { $0.hasPrefix(context + ".") }) { return .invoke(name) }
        }
        return nil
    }

    /// Help entries for a pane: its own actions, then lists, then global ones, with their keys.
    public func helpEntries(for pane: PaneID) -> [HelpState.Entry] {
        let sections: [(String, [BindableAction])] = [
            (pane.title, ActionCatalog.all.filter { $0.context == pane.commandName }),
            ("Global", ActionCatalog.global),
            ("In lists (and this help)", ActionCatalog.list),
        ]
        var entries: [HelpState.Entry] = []
        for (section, actions) in sections {
            for action in actions {
                let keys = keymap.keys(for: action.name).map(\.description)
                guard !keys.isEmpty else { continue }
                entries.append(HelpState.Entry(section: section, keys: keys.joined(separator: ", "), description: action.description))
            }
        }
        return entries
    }
}
