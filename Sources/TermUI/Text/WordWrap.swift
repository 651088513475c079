/// Greedy, width-aware word wrapping for prose shown in fixed-width boxes.
public enum WordWrap {
    /// `text` broken into lines of at most `width` columns.
    ///
    /// Explicit newlines always start a new line; spaces at a break are dropped,
    /// spaces inside a line are kept; a word wider than `width` is split across
    /// lines (a single grapheme wider than `width` gets a line of its own).
    /// An empty text gives one empty line; a width below 1 gives no lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lines += wrapParagraph(paragraph, width: width)
        }
        return lines
    }

    static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var pendingSpace = ""
        for token in tokens(paragraph) {
            if token.first == " " {
                pendingSpace += token
                continue
            }
            let tokenWidth = token.displayWidth
            let spaceWidth = pendingSpace.displayWidth
            if lineWidth + spaceWidth + tokenWidth <= width {
                line += pendingSpace + token
                lineWidth += spaceWidth + tokenWidth
            } else if tokenWidth <= width {
                if !line.isEmpty { lines.append(line) }
                line = token
                lineWidth = tokenWidth
            } else {
                // Too long for any line: split it, starting on the current line if any of it fits.
                let firstWidth = token.first.map(DisplayWidth.of) ?? 0
                if lineWidth + spaceWidth + firstWidth <= width {
                    line += pendingSpace
                    lineWidth += spaceWidth
                } else if !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                for ch in token {
                    let w = DisplayWidth.of(ch)
                    if lineWidth + w > width, lineWidth > 0 {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(ch)
                    lineWidth += w
                }
            }
            pendingSpace = ""
        }
        lines.append(line)
        return lines
    }

    /// Alternating runs of spaces and non-spaces.
    static func tokens(_ text: Substring) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            let isSpace = ch == " " || ch == "\t"
            if let last = current.last, (last == " ") != isSpace {
                out.append(current)
                current = ""
            }
            current.append(isSpace ? " " : ch)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
