/// The shape of one subcommand: its options and the help text generated from them.
public struct CommandSpec: Sendable {
    /// One `--option`; a nil `valueName` makes it a flag.
    public struct Option: Sendable {
        public var name: String
        public var valueName: String?
        public var help: String
        /// Allowed values, checked by the parser when given.
        public var choices: [String]?
        /// Whether the option may be given more than once (`--item … --item …`).
        public var repeatable: Bool

        public init(_ name: String, value valueName: String? = nil, _ help: String, choices: [String]? = nil,
                    repeatable: Bool = false) {
            self.name = name
            self.valueName = valueName
            self.help = help
            self.choices = choices
            self.repeatable = repeatable
        }
    }

    public var name: String
    public var summary: String
    /// Names of the positional arguments, in order (`NUMBER`, `AMOUNT`).
    public var arguments: [String]
    public var options: [Option]
    public var details: String

    public init(name: String, summary: String, arguments: [String] = [], options: [Option] = [], details: String = "") {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.options = options
        self.details = details
    }

    /// Options every subcommand accepts.
    public static let globalOptions: [Option] = [
        Option("--store", value: "PATH", "the store file (default: $GIGDESK_STORE, else $XDG_DATA_HOME/gigdesk/gigdesk.db)"),
        Option("--read-only", "open the store read-only"),
        Option("--help", "show this help"),
    ]

    public var allOptions: [Option] { options + CommandSpec.globalOptions }

    /// The `--help` text.
    public var helpText: String {
        let head = name.isEmpty ? "gigdesk" : "gigdesk \(name)"
        let usage = ([head] + arguments + ["[options]"]).joined(separator: " ")
        var lines = ["\(head) — \(summary)", "", "usage: \(usage)", "", "options:"]
        let rendered = allOptions.map { option -> (String, String) in
            var left = option.name
            if let value = option.valueName { left += " " + value }
            var help = option.help
            if let choices = option.choices { help += " (" + choices.joined(separator: "|") + ")" }
            if option.repeatable { help += " (repeatable)" }
            return (left, help)
        }
        let width = rendered.map(\.0.count).max() ?? 0
        for (left, help) in rendered {
            lines.append("  " + left.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + help)
        }
        if !details.isEmpty { lines += ["", details] }
        return lines.joined(separator: "\n") + "\n"
    }
}
