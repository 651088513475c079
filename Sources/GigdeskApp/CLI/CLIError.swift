import GigdeskCore

/// Bad input to a command (not a usage mistake): printed on stderr, exit status 1, nothing written.
struct CLIError: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) {
        description = message
    }

    /// One message for a list of field problems, each on its own line.
    init(_ errors: [FieldError]) {
        description = errors.map { "\($0.field): \($0.message)" }.joined(separator: "\n")
    }
}
