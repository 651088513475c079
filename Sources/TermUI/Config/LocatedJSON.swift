/// A JSON value that remembers the line it starts on, as do the keys of its objects,
/// so that problems in config files can point at the line to fix.
public struct LocatedJSON: Equatable, Sendable {
    /// The value itself; nested values are `LocatedJSON` again.
    public enum Value: Equatable, Sendable {
        /// Members in file order.
        case object([Member])
        case array([LocatedJSON])
        case string(String)
        /// A number written without fraction or exponent that fits in `Int`.
        case integer(Int)
        /// Any other number.
        case double(Double)
        case bool(Bool)
        case null
    }

    /// One `"key": value` pair of an object.
    public struct Member: Equatable, Sendable {
        public var key: String
        /// The 1-based line of the key.
        public var keyLine: Int
        public var value: LocatedJSON

        public init(key: String, keyLine: Int, value: LocatedJSON) {
            self.key = key
            self.keyLine = keyLine
            self.value = value
        }
    }

    public var value: Value
    /// The 1-based line on which the value starts.
    public var line: Int

    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }

    /// Parses strict JSON (RFC 8259: no comments, no trailing commas, no duplicate keys).
    ///
    /// - Parameter file: the path named in the thrown problem.
    /// - Throws: a `ConfigProblem` with the line of the offending character and the key being parsed.
    public static func parse(_ text: String, file: String) throws(ConfigProblem) -> LocatedJSON {
        var parser = LocatedJSONParser(text: text, file: file)
        return try parser.parseDocument()
    }

    /// The kind of value with its article ("an object", "a string"), for messages.
    public var kindDescription: String {
        switch value {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .integer, .double: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}
