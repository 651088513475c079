/// Breaks text into lines that fit a width: at spaces, between CJK characters
/// (which need no spaces), and inside a word only when the word alone is too wide.
enum TextWrap {
    /// The lines of `text` no wider than `width` as `measure` reports widths.
    /// Line breaks in `text` are kept; a blank line stays an empty line.
    static func lines(_ text: String, width: Float, measure: (String) -> Float) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap { paragraph in
            wrap(String(paragraph), width: width, measure: measure)
        }
    }

    private static func wrap(_ paragraph: String, width: Float, measure: (String) -> Float) -> [String] {
        var lines: [String] = []
        var current = ""
        for token in tokens(paragraph) {
            let candidate = current.isEmpty ? token.text : current + token.separator + token.text
            if measure(candidate) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            // The token starts a new line, cut between characters if too wide even there.
            for character in token.text {
                let next = current + String(character)
                if measure(next) > width && !current.isEmpty {
                    lines.append(current)
                    current = String(character)
                } else {
                    current = next
                }
            }
        }
        lines.append(current)
        return lines
    }

    /// Words, each CJK character a word of its own; `separator` is what stood
    /// before the token ("" between CJK characters, " " after a space).
    private static func tokens(_ paragraph: String) -> [(text: String, separator: String)] {
        var tokens: [(text: String, separator: String)] = []
        var word = ""
        var separator = ""
        func flush() {
            guard !word.isEmpty else { return }
            tokens.append((word, separator))
            word = ""
            separator = ""
        }
        for character in paragraph {
            if character.isWhitespace {
                flush()
                separator = " "
            } else if FontCoverage.needsCJKFont(character) {
                flush()
                tokens.append((String(character), separator))
                separator = ""
            } else {
                word.append(character)
            }
        }
        flush()
        return tokens
    }
}
