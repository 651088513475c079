/// A recursive-descent parser for strict JSON that records the line of every value and key.
///
/// Errors carry the line of the offending character and the key path being parsed.
struct LocatedJSONParser {
    private enum PathComponent {
        case key(String)
        case index(Int)
    }

    /// Deeper nesting is refused rather than risking the stack.
    static let maximumDepth = 256

    /// The one-character escapes and the byte each stands for.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
        UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
        UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var path: [PathComponent] = []

    init(text: String, file: String) {
        bytes = Array(text.utf8)
        self.file = file
    }

    mutating func parseDocument() throws(ConfigProblem) -> LocatedJSON {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        try skipWhitespace()
        guard index < bytes.count else { throw problem("the file is empty; expected a JSON value", line: 1) }
        let value = try parseValue()
        try skipWhitespace()
        if index < bytes.count {
            throw problem("unexpected character \(describeCurrent()) after the end of the JSON value")
        }
        return value
    }

    // MARK: Values

    private mutating func parseValue() throws(ConfigProblem) -> LocatedJSON {
        guard let byte = peek() else {
            throw problem("expected a value, found the end of the file")
        }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""):
            let startLine = line
            return LocatedJSON(.string(try parseString()), line: startLine)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return try parseLiteral()
        case UInt8(ascii: "'"):
            throw problem("unexpected character ''' where a value was expected (strings take double quotes)")
        default:
            throw problem("unexpected character \(describeCurrent()) where a value was expected")
        }
    }

    private mutating func parseObject() throws(ConfigProblem) -> LocatedJSON {
        let startLine = line
        try enterContainer()
        index += 1
        var members: [LocatedJSON.Member] = []
        try skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return LocatedJSON(.object(members), line: startLine)
        }
        while true {
            try skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                throw problem("expected a key in double quotes, found \(describeCurrent())")
            }
            let keyLine = line
            let key = try parseString()
            path.append(.key(key))
            if let earlier = members.first(where: { $0.key == key }) {
                throw problem("duplicate key (first on line \(earlier.keyLine))", line: keyLine)
            }
            try skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw problem("expected ':' after the key, found \(describeCurrent())")
            }
            index += 1
            try skipWhitespace()
            let value = try parseValue()
            members.append(LocatedJSON.Member(key: key, keyLine: keyLine, value: value))
            try skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                path.removeLast()
                try skipComma(closedBy: "}")
            case UInt8(ascii: "}"):
                path.removeLast()
                index += 1
                return LocatedJSON(.object(members), line: startLine)
            default:
                throw problem("expected ',' or '}' after the value, found \(describeCurrent())")
            }
        }
    }

    private mutating func parseArray() throws(ConfigProblem) -> LocatedJSON {
        let startLine = line
        try enterContainer()
        index += 1
        var elements: [LocatedJSON] = []
        try skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return LocatedJSON(.array(elements), line: startLine)
        }
        while true {
            path.append(.index(elements.count))
            try skipWhitespace()
            elements.append(try parseValue())
            try skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                path.removeLast()
                try skipComma(closedBy: "]")
            case UInt8(ascii: "]"):
                path.removeLast()
                index += 1
                return LocatedJSON(.array(elements), line: startLine)
            default:
                throw problem("expected ',' or ']' after the element, found \(describeCurrent())")
            }
        }
    }

    // MARK: Scalars

    /// Parses a string starting at its opening quote; the value may span no line break.
    private mutating func parseString() throws(ConfigProblem) -> String {
        let startLine = line
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw problem("unterminated string", line: startLine)
            }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                try parseEscape(into: &utf8)
            case UInt8(ascii: "\n"):
                throw problem("line break inside a string (write \\n, or close the string with '\"')", line: startLine)
            case 0..<0x20:
                throw problem("control character \(describeCurrent()) inside a string (write it as an escape such as \\t)")
            default:
                utf8.append(byte)
                index += 1
            }
        }
    }

    /// Parses what follows a backslash and appends the character it stands for.
    private mutating func parseEscape(into utf8: inout [UInt8]) throws(ConfigProblem) {
        guard let byte = peek() else { throw problem("unterminated string") }
        index += 1
        if let replacement = Self.simpleEscapes[byte] {
            utf8.append(replacement)
            return
        }
        guard byte == UInt8(ascii: "u") else {
            index -= 1
            throw problem("invalid escape '\\\(describeCurrent(quoted: false))' in a string")
        }
        var scalar = try parseHexQuad()
        if (0xD800...0xDBFF).contains(scalar) {
            guard peek() == UInt8(ascii: "\\"), peek(offset: 1) == UInt8(ascii: "u") else {
                throw problem("unpaired surrogate \\u\(hex(scalar)) in a string")
            }
            index += 2
            let low = try parseHexQuad()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw problem("unpaired surrogate \\u\(hex(scalar)) in a string")
            }
            scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            throw problem("unpaired surrogate \\u\(hex(scalar)) in a string")
        }
        utf8.append(contentsOf: (Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
    }

    /// Reads the four hex digits of a `\u` escape.
    private mutating func parseHexQuad() throws(ConfigProblem) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = hexDigitValue(byte) else {
                throw problem("expected four hex digits after '\\u', found \(describeCurrent())")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(ConfigProblem) -> LocatedJSON {
        let start = index
        var integral = true
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
            if let next = peek(), isDigit(next) {
                throw problem("numbers may not start with a leading zero")
            }
        } else {
            try skipDigits(after: "'-'")
        }
        if peek() == UInt8(ascii: ".") {
            integral = false
            index += 1
            try skipDigits(after: "the decimal point")
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            integral = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            try skipDigits(after: "the exponent")
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if integral, let value = Int(text) {
            return LocatedJSON(.integer(value), line: line)
        }
        guard let value = Double(text), value.isFinite else {
            throw problem("the number \(text) is too large")
        }
        return LocatedJSON(.double(value), line: line)
    }

    /// Parses `true`, `false` or `null`, refusing any other bare word.
    private mutating func parseLiteral() throws(ConfigProblem) -> LocatedJSON {
        let start = index
        while let byte = peek(), isWordByte(byte) { index += 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        switch word {
        case "true": return LocatedJSON(.bool(true), line: line)
        case "false": return LocatedJSON(.bool(false), line: line)
        case "null": return LocatedJSON(.null, line: line)
        default:
            index = start
            throw problem("invalid literal '\(word)' (expected true, false, null, a number or a string in double quotes)")
        }
    }

    // MARK: Between tokens

    private mutating func skipWhitespace() throws(ConfigProblem) {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
            case UInt8(ascii: "/") where peek(offset: 1) == UInt8(ascii: "/") || peek(offset: 1) == UInt8(ascii: "*"):
                throw problem("comments are not allowed in JSON")
            default:
                return
            }
        }
    }

    /// Consumes a separating comma and refuses a closing bracket right after it.
    private mutating func skipComma(closedBy closer: Character) throws(ConfigProblem) {
        let commaLine = line
        index += 1
        try skipWhitespace()
        if let byte = peek(), byte == closer.asciiValue {
            throw problem("trailing comma before '\(closer)'", line: commaLine)
        }
    }

    private mutating func skipDigits(after what: String) throws(ConfigProblem) {
        guard let first = peek(), isDigit(first) else {
            throw problem("expected a digit after \(what), found \(describeCurrent())")
        }
        while let byte = peek(), isDigit(byte) { index += 1 }
    }

    private func enterContainer() throws(ConfigProblem) {
        if path.count >= Self.maximumDepth {
            throw problem("values are nested more than \(Self.maximumDepth) levels deep")
        }
    }

    // MARK: Helpers

    private func peek(offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "_")
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private func hexDigitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The character at the read position for messages: `'}'`, `U+0007`, or "the end of the file".
    private func describeCurrent(quoted: Bool = true) -> String {
        guard index < bytes.count else { return "the end of the file" }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return "an invalid byte" }
        if scalar.value < 0x20 || scalar.value == 0x7F {
            return "U+" + hex(scalar.value)
        }
        return quoted ? "'\(Character(scalar))'" : String(Character(scalar))
    }

    private func problem(_ message: String, line: Int? = nil) -> ConfigProblem {
        var keyPath = ""
        for component in path {
            switch component {
            case .key(let key): keyPath += keyPath.isEmpty ? key : "." + key
            case .index(let i): keyPath += "[\(i)]"
            }
        }
        return ConfigProblem(file: file, line: line ?? self.line, keyPath: keyPath, message: message, severity: .error)
    }
}
