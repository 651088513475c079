/// A command line after parsing: which subcommand, and its option values.
public struct Invocation: Sendable, Equatable {
    public var command: String
    public var values: [String: String]
    public var flags: Set<String>

    public func value(_ option: String) -> String? { values[option] }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// A mistake in how gigdesk was called; reported on stderr with exit status 2.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var command: String
    public var description: String { message }
}

/// The hand-written command-line parser: `gigdesk [SUBCOMMAND] [--option VALUE | --flag]…`.
///
/// `--option=value` and `--option value` both work; unknown options, missing
/// values, values outside an option's choices and stray words are usage errors.
public struct CommandLineParser: Sendable {
    public var specs: [CommandSpec]

    public init(specs: [CommandSpec]) {
        self.specs = specs
    }

    public func parse(_ arguments: [String]) throws -> Invocation {
        var rest = arguments[...]
        var command = ""
        if let first = rest.first, !first.hasPrefix("-") {
            guard specs.contains(where: { $0.name == first }) else {
                throw UsageError(message: "unknown command '\(first)'; commands: \(specs.map(\.name).filter { !$0.isEmpty }.joined(separator: ", "))", command: "")
            }
            command = first
            rest = rest.dropFirst()
        }
        let spec = specs.first { $0.name == command }!
        var invocation = Invocation(command: command, values: [:], flags: [])
        while let word = rest.popFirst() {
            if word == "--version" && command.isEmpty {
                invocation.flags.insert(word)
                continue
            }
            guard word.hasPrefix("--") else {
                throw UsageError(message: "unexpected argument '\(word)'", command: command)
            }
            var name = word
            var inlineValue: String?
            if let eq = word.firstIndex(of: "=") {
                name = String(word[..<eq])
                inlineValue = String(word[word.index(after: eq)...])
            }
            guard let option = spec.allOptions.first(where: { $0.name == name }) else {
                throw UsageError(message: "unknown option '\(name)'", command: command)
            }
            guard option.valueName != nil else {
                if inlineValue != nil { throw UsageError(message: "\(name) takes no value", command: command) }
                invocation.flags.insert(name)
                continue
            }
            guard let value = inlineValue ?? rest.popFirst(), !value.isEmpty else {
                throw UsageError(message: "\(name) needs a value (\(option.valueName!))", command: command)
            }
            if let choices = option.choices, !choices.contains(value) {
                throw UsageError(message: "\(name) must be one of \(choices.joined(separator: ", ")), not '\(value)'", command: command)
            }
            invocation.values[name] = value
        }
        return invocation
    }
}
