import Foundation

/// The JSON written to `change_log.fields` and `audit_log.detail`: one flat
/// object, keys sorted by Unicode code point (Swift's `String` order, the same
/// as UTF-8 byte order for NFC text), no whitespace, so equal content
/// always gives equal text (and equal audit hashes).
///
/// Values: text → string; integer → number without fraction; real → number
/// with a fraction or exponent (so it reads back as real; non-finite → null);
/// null → null; blob → `{"base64":"…"}`.
enum CanonicalJSON {
    static func encode(_ object: [String: SQLValue]) -> String {
        encodeSorted(object.sorted { $0.key < $1.key })
    }

    /// Encodes fields whose keys are already unique and in ascending order.
    static func encodeSorted(_ fields: [(key: String, value: SQLValue)]) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(64 * fields.count)
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(field.key, to: &out)
            out.append(UInt8(ascii: ":"))
            appendValue(field.value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    static func encode(_ object: [String: String]) -> String {
        encode(object.mapValues(SQLValue.text))
    }

    private static func appendValue(_ value: SQLValue, to out: inout [UInt8]) {
        switch value {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .integer(let number):
            out.append(contentsOf: String(number).utf8)
        case .real(let number) where number.isFinite:
            let text = String(number)
            out.append(contentsOf: text.utf8)
            if !text.utf8.contains(UInt8(ascii: ".")) && !text.utf8.contains(UInt8(ascii: "e")) {
                out.append(contentsOf: ".0".utf8)
            }
        case .real:
            out.append(contentsOf: "null".utf8)
        case .text(let text):
            appendString(text, to: &out)
        case .blob(let bytes):
            out.append(contentsOf: "{\"base64\":\"".utf8)
            out.append(contentsOf: Data(bytes).base64EncodedString().utf8)
            out.append(contentsOf: "\"}".utf8)
        }
    }

    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        defer { out.append(UInt8(ascii: "\"")) }
        if !text.utf8.contains(where: needsEscape) {
            out.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "\n"):
                out.append(contentsOf: #"\n"#.utf8)
            case UInt8(ascii: "\r"):
                out.append(contentsOf: #"\r"#.utf8)
            case UInt8(ascii: "\t"):
                out.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0f)])
            default:
                out.append(byte)
            }
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
