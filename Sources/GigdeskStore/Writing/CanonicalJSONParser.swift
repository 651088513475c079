import Foundation

extension CanonicalJSON {
    /// Reads back an object written by `encode`: a flat object whose values are
    /// strings, numbers, null or `{"base64":"…"}`. Whitespace is tolerated;
    /// anything else throws `StoreError.malformedJSON`.
    static func decodeObject(_ text: String) throws -> [String: SQLValue] {
        var parser = Parser(bytes: Array(text.utf8))
        let object = try parser.object()
        parser.skipWhitespace()
        guard parser.atEnd else { throw parser.failure("text after the object") }
        return object
    }

    /// Like `decodeObject`, for objects whose values are all strings (audit details).
    static func decodeStrings(_ text: String) throws -> [String: String] {
        try decodeObject(text).mapValues { value in
            guard let string = value.textValue else { throw StoreError.malformedJSON("non-string value in \(text)") }
            return string
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position >= bytes.count }

        func failure(_ what: String) -> StoreError {
            .malformedJSON("\(what) at byte \(position) of \(String(decoding: bytes, as: UTF8.self))")
        }

        mutating func skipWhitespace() {
            while !atEnd, [0x20, 0x0a, 0x0d, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func expect(_ byte: UInt8) throws {
            skipWhitespace()
            guard !atEnd, bytes[position] == byte else { throw failure("expected '\(UnicodeScalar(byte))'") }
            position += 1
        }

        mutating func peek() -> UInt8? {
            skipWhitespace()
            return atEnd ? nil : bytes[position]
        }

        mutating func object() throws -> [String: SQLValue] {
            try expect(UInt8(ascii: "{"))
            var result: [String: SQLValue] = [:]
            if peek() == UInt8(ascii: "}") {
                position += 1
                return result
            }
            repeat {
                let key = try string()
                try expect(UInt8(ascii: ":"))
                result[key] = try value()
            } while try separator()
            return result
        }

        /// Consumes `,` (true: more follows) or `}` (false: object done).
        mutating func separator() throws -> Bool {
            switch peek() {
            case UInt8(ascii: ","): position += 1; return true
            case UInt8(ascii: "}"): position += 1; return false
            default: throw failure("expected ',' or '}'")
            }
        }

        mutating func value() throws -> SQLValue {
            switch peek() {
            case UInt8(ascii: "\""):
                return .text(try string())
            case UInt8(ascii: "{"):
                let wrapped = try object()
                guard wrapped.count == 1, let encoded = wrapped["base64"]?.textValue,
                      let data = Data(base64Encoded: encoded)
                else { throw failure("an object value that is not {\"base64\":…}") }
                return .blob(Array(data))
            case UInt8(ascii: "n"):
                guard bytes[position...].starts(with: Array("null".utf8)) else { throw failure("bad literal") }
                position += 4
                return .null
            default:
                return try number()
            }
        }

        mutating func number() throws -> SQLValue {
            let start = position
            while !atEnd, "+-.0123456789eE".utf8.contains(bytes[position]) { position += 1 }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
                guard let number = Double(text) else { throw failure("bad number '\(text)'") }
                return .real(number)
            }
            guard let number = Int64(text) else { throw failure("bad value '\(text)'") }
            return .integer(number)
        }

        mutating func string() throws -> String {
            try expect(UInt8(ascii: "\""))
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            while true {
                guard !atEnd else { throw failure("unterminated string") }
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") { break }
                guard byte == UInt8(ascii: "\\") else {
                    run.append(byte)
                    continue
                }
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll()
                scalars.append(try escapedScalar())
            }
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            return String(scalars)
        }

        /// The scalar of the escape sequence after a backslash.
        mutating func escapedScalar() throws -> UnicodeScalar {
            guard !atEnd else { throw failure("unterminated escape") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                var unit = try hexUnit()
                if (0xD800...0xDBFF).contains(unit) {
                    guard bytes[position...].starts(with: Array("\\u".utf8)) else { throw failure("lone surrogate") }
                    position += 2
                    let low = try hexUnit()
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure("lone surrogate") }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = UnicodeScalar(unit) else { throw failure("lone surrogate") }
                return scalar
            default:
                throw failure("bad escape")
            }
        }

        mutating func hexUnit() throws -> UInt32 {
            guard position + 4 <= bytes.count,
                  bytes[position..<position + 4].allSatisfy({ UnicodeScalar($0).properties.isASCIIHexDigit }),
                  let unit = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
            else { throw failure("bad \\u escape") }
            position += 4
            return unit
        }
    }
}
