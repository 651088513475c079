/// Escapes text so that Markdown renders it literally.
enum MarkdownEscape {
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    /// `text` with Markdown's inline markup characters backslash-escaped and line
    /// breaks turned into spaces, safe inside a paragraph or a table cell.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in text {
            if character.isNewline {
                out.append(" ")
                continue
            }
            if inlineSpecials.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// One line of a block: escaped inline, and a leading character that would
    /// start a heading, list, quote or rule escaped too.
    static func line(_ text: String) -> String {
        let escaped = inline(text)
        guard let first = escaped.first else { return escaped }
        if "#+-=".contains(first) || startsOrderedList(escaped) {
            return "\\" + escaped
        }
        return escaped
    }

    private static func startsOrderedList(_ text: String) -> Bool {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let marker = text.dropFirst(digits.count).first else { return false }
        return marker == "." || marker == ")"
    }
}
