/// Writes indented XML, escaping every text and attribute value.
struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    /// An element holding only text: `<name attr="…">value</name>`.
    mutating func leaf(_ name: String, _ value: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        line("<\(name)\(Self.attributes(attributes))>\(Self.escape(value, quotes: false))</\(name)>")
    }

    /// An element whose children `build` writes.
    mutating func element(
        _ name: String,
        _ attributes: KeyValuePairs<String, String> = [:],
        _ build: (inout XMLWriter) throws -> Void
    ) rethrows {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
        try build(&self)
        depth -= 1
        line("</\(name)>")
    }

    private mutating func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(escape($0.value, quotes: true))\"" }.joined()
    }

    /// `value` with markup characters escaped and the control characters XML 1.0
    /// cannot carry removed.
    static func escape(_ value: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
