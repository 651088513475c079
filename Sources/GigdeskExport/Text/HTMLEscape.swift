/// Escapes text for HTML element content and quoted attribute values.
enum HTMLEscape {
    /// `text` with `& < > " '` replaced by character references.
    static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Escaped lines joined by `<br>`.
    static func lines(_ lines: [String]) -> String {
        lines.map(text).joined(separator: "<br>\n")
    }
}
