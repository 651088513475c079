/// Something wrong with a theme or keymap file, located by file, line and key.
///
/// A `.warning` leaves the file usable (an unknown key or action name is ignored);
/// an `.error` makes the whole file unusable, and it is skipped.
public struct ConfigProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// Whether the file could still be used.
    public enum Severity: String, Hashable, Sendable {
        /// Something was ignored; the rest of the file applies.
        case warning
        /// The file was skipped.
        case error
    }

    /// The file's path as it was read.
    public var file: String
    /// The 1-based line; 0 when the problem concerns the file as a whole.
    public var line: Int
    /// The dotted path of the key concerned (`roles.table.header.fg`, `bindings.list.down[1]`); may be empty.
    public var keyPath: String
    /// What is wrong, in words meant for the person who wrote the file.
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, keyPath: String, message: String, severity: Severity) {
        self.file = file
        self.line = line
        self.keyPath = keyPath
        self.message = message
        self.severity = severity
    }

    /// `file:line: key "path": message`, leaving out the line when 0 and the key when empty.
    public var description: String {
        var text = file
        if line > 0 { text += ":\(line)" }
        if !keyPath.isEmpty { text += ": key \"\(keyPath)\"" }
        return text + ": " + message
    }
}
