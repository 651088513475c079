/// A command line after parsing: which subcommand, its option values and its positional arguments.
public struct Invocation: Sendable, Equatable {
    /// The subcommand's words joined by a space (`invoice new`); empty for the app itself.
    public var command: String
    /// Every value given for each option, in order (repeatable options keep them all).
    public var values: [String: [String]]
    public var flags: Set<String>
    public var positionals: [String]

    /// The last value given for an option.
    public func value(_ option: String) -> String? { values[option]?.last }
    /// All values given for a repeatable option.
    public func allValues(_ option: String) -> [String] { values[option] ?? [] }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// A mistake in how gigdesk was called; reported on stderr with exit status 2.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var command: String
    public var description: String { message }
}

/// The hand-written command-line parser: `gigdesk [COMMAND [SUBCOMMAND]] [ARG…] [--option VALUE | --flag]…`.
///
/// The longest run of leading words that names a command wins (`invoice new`).
/// `--option=value` and `--option value` both work; unknown options, missing
/// values, values outside an option's choices, and a wrong number of
/// positional arguments are usage errors.
public struct CommandLineParser: Sendable {
    public var specs: [CommandSpec]

    public init(specs: [CommandSpec]) {
        self.specs = specs
    }

    public func parse(_ arguments: [String]) throws -> Invocation {
        let (leading, words) = Self.splitLeadingGlobalOptions(arguments)
        let (spec, consumed) = try command(for: words)
        var rest = ArraySlice(leading + words.dropFirst(consumed))
        var invocation = Invocation(command: spec.name, values: [:], flags: [], positionals: [])
        while let word = rest.popFirst() {
            if word == "--version" && spec.name.isEmpty {
                invocation.flags.insert(word)
                continue
            }
            guard word.hasPrefix("--") else {
                invocation.positionals.append(word)
                continue
            }
            try parseOption(word, rest: &rest, spec: spec, into: &invocation)
        }
        if !invocation.has("--help") { try checkPositionals(invocation, spec) }
        return invocation
    }

    /// Global options written before the command (`gigdesk --store X invoice list`), and the rest.
    static func splitLeadingGlobalOptions(_ arguments: [String]) -> ([String], [String]) {
        var leading: [String] = []
        var rest = arguments[...]
        while let word = rest.first, word.hasPrefix("--"),
              let option = CommandSpec.globalOptions.first(where: { word == $0.name || word.hasPrefix($0.name + "=") }) {
            leading.append(rest.removeFirst())
            if option.valueName != nil, !word.contains("="), let value = rest.first {
                leading.append(value)
                rest.removeFirst()
            }
        }
        return (leading, Array(rest))
    }

    /// The spec named by the longest run of leading words, and how many words that took.
    private func command(for arguments: [String]) throws -> (CommandSpec, Int) {
        let words = arguments.prefix { !$0.hasPrefix("-") }
        for count in stride(from: min(words.count, 3), through: 1, by: -1) {
            let name = words.prefix(count).joined(separator: " ")
            if let spec = specs.first(where: { $0.name == name }) { return (spec, count) }
        }
        if let first = words.first {
            let group = specs.filter { $0.name.hasPrefix(first + " ") }.map(\.name)
            if !group.isEmpty {
                let second = words.dropFirst().first.map { " '\($0)'" } ?? ""
                throw UsageError(message: "'\(first)' needs a subcommand\(second.isEmpty ? "" : " (not\(second))"): "
                                 + group.map { String($0.dropFirst(first.count + 1)) }.joined(separator: ", "),
                                 command: "")
            }
            let top = Set(specs.map { $0.name.split(separator: " ").first.map(String.init) ?? "" }).filter { !$0.isEmpty }
            throw UsageError(message: "unknown command '\(first)'; commands: \(top.sorted().joined(separator: ", "))", command: "")
        }
        return (specs.first { $0.name.isEmpty }!, 0)
    }

    private func parseOption(_ word: String, rest: inout ArraySlice<String>, spec: CommandSpec, into invocation: inout Invocation) throws {
        var name = word
        var inlineValue: String?
        if let eq = word.firstIndex(of: "=") {
            name = String(word[..<eq])
            inlineValue = String(word[word.index(after: eq)...])
        }
        guard let option = spec.allOptions.first(where: { $0.name == name }) else {
            throw UsageError(message: "unknown option '\(name)'", command: spec.name)
        }
        guard let valueName = option.valueName else {
            if inlineValue != nil { throw UsageError(message: "\(name) takes no value", command: spec.name) }
            invocation.flags.insert(name)
            return
        }
        guard let value = inlineValue ?? rest.popFirst(), !value.isEmpty else {
            throw UsageError(message: "\(name) needs a value (\(valueName))", command: spec.name)
        }
        if let choices = option.choices, !choices.contains(value) {
            throw UsageError(message: "\(name) must be one of \(choices.joined(separator: ", ")), not '\(value)'", command: spec.name)
        }
        if !option.repeatable, invocation.values[name] != nil {
            throw UsageError(message: "\(name) given twice", command: spec.name)
        }
        invocation.values[name, default: []].append(value)
    }

    private func checkPositionals(_ invocation: Invocation, _ spec: CommandSpec) throws {
        let given = invocation.positionals.count
        let needed = spec.arguments.count
        guard given != needed else { return }
        if given > needed {
            throw UsageError(message: "unexpected argument '\(invocation.positionals[needed])'", command: spec.name)
        }
        throw UsageError(message: "missing \(spec.arguments[given])", command: spec.name)
    }
}
