/// Collects the problems found in one config file while it is decoded.
struct ConfigDiagnostics {
    let file: String
    private(set) var problems: [ConfigProblem] = []

    init(file: String) {
        self.file = file
    }

    /// Whether anything found makes the file unusable.
    var hasErrors: Bool { problems.contains { $0.severity == .error } }

    mutating func error(_ message: String, line: Int, key: String) {
        problems.append(ConfigProblem(file: file, line: line, keyPath: key, message: message, severity: .error))
    }

    mutating func warning(_ message: String, line: Int, key: String) {
        problems.append(ConfigProblem(file: file, line: line, keyPath: key, message: message, severity: .warning))
    }

    /// Records an error for `value`, found at `key` where something of another kind belongs.
    mutating func wrongType(_ value: LocatedJSON, key: String, expected: String) {
        error("expected \(expected), found \(value.kindDescription)", line: value.line, key: key)
    }

    /// The string at `key`, or nil after recording an error when `value` is something else.
    mutating func string(_ value: LocatedJSON, key: String) -> String? {
        guard case .string(let text) = value.value else {
            wrongType(value, key: key, expected: "a string")
            return nil
        }
        return text
    }

    /// The strings of an array, or a single string as a one-element list; nil after an error.
    ///
    /// Each element comes with its key path (`attrs[1]`, or just `attrs` for a single string) and line.
    mutating func stringList(_ value: LocatedJSON, key: String) -> [(text: String, key: String, line: Int)]? {
        switch value.value {
        case .string(let text):
            return [(text, key, value.line)]
        case .array(let elements):
            var result: [(text: String, key: String, line: Int)] = []
            for (i, element) in elements.enumerated() {
                let elementKey = "\(key)[\(i)]"
                guard let text = string(element, key: elementKey) else { return nil }
                result.append((text, elementKey, element.line))
            }
            return result
        default:
            wrongType(value, key: key, expected: "a string or an array of strings")
            return nil
        }
    }

    /// `parent.key`, or `key` at the top level.
    static func path(_ parent: String, _ key: String) -> String {
        parent.isEmpty ? key : parent + "." + key
    }
}
