import TermUI

/// The command palette (`:`): a text input and the commands matching what was typed.
public struct PaletteState: Sendable, Equatable {
    public var input = TextInputState()
    public var selected = 0

    public init() {}

    /// Commands whose name starts with the typed word, best first.
    public func matches(in commands: [PaletteCommand]) -> [PaletteCommand] {
        let word = input.text.split(separator: " ").first.map(String.init)?.lowercased() ?? ""
        if word.isEmpty { return commands }
        let prefixed = commands.filter { $0.name.hasPrefix(word) }
        return prefixed.isEmpty ? commands.filter { $0.name.contains(word) } : prefixed
    }

    /// Completes the command name to the selected match, keeping any argument typed.
    public mutating func complete(in commands: [PaletteCommand]) {
        let found = matches(in: commands)
        guard !found.isEmpty else { return }
        let chosen = found[min(selected, found.count - 1)]
        let parts = input.text.split(separator: " ", maxSplits: 1)
        let rest = parts.count > 1 ? " " + parts[1] : (chosen.argument == nil ? "" : " ")
        input = TextInputState(text: chosen.name + rest)
        selected = 0
    }
}

/// A command the palette can run: its name, an optional argument's name, and what it does.
public struct PaletteCommand: Sendable, Equatable {
    public var name: String
    public var argument: String?
    public var description: String

    public init(_ name: String, argument: String? = nil, _ description: String) {
        self.name = name
        self.argument = argument
        self.description = description
    }

    /// The commands of the shell. Later panes add theirs.
    public static func shell(themes: [String], keymaps: [String]) -> [PaletteCommand] {
        PaneID.allCases.map { PaletteCommand($0.commandName, "go to \($0.title)") } + [
            PaletteCommand("help", "show the keys of this pane"),
            PaletteCommand("theme", argument: "name", "switch theme: " + themes.joined(separator: ", ")),
            PaletteCommand("keymap", argument: "name", "switch keymap: " + keymaps.joined(separator: ", ")),
            PaletteCommand("demo", "load demo data into this store"),
            PaletteCommand("copy-store-path", "copy the store's path to the clipboard (OSC 52)"),
            PaletteCommand("redraw", "redraw the screen"),
            PaletteCommand("quit", "quit gigdesk"),
        ]
    }
}
