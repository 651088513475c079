/// Splits text into runs by the font that has glyphs for them: DejaVu Sans covers
/// Latin, Greek, Cyrillic and most symbols, but no CJK ideographs, kana or Hangul.
enum FontCoverage {
    /// A stretch of text drawn with one font.
    struct Run: Equatable {
        var text: String
        /// True when the CJK fallback font draws this run.
        var isCJK: Bool
    }

    /// The runs of `text`, in order. Whitespace joins the run before it, so
    /// "株式会社 山田" is one run.
    static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        for character in text {
            let isCJK = needsCJKFont(character)
            if let last = runs.last, last.isCJK == isCJK || character.isWhitespace {
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append(Run(text: String(character), isCJK: isCJK))
            }
        }
        return runs
    }

    /// True when some character of `text` needs the CJK font.
    static func containsCJK(_ text: String) -> Bool {
        text.contains(where: needsCJKFont)
    }

    /// True for CJK ideographs, kana, Hangul, Bopomofo, CJK symbols and full-width forms.
    static func needsCJKFont(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return cjkBlocks.contains { $0.contains(scalar.value) }
    }

    private static let cjkBlocks: [ClosedRange<UInt32>] = [
        0x1100...0x11FF,   // Hangul Jamo
        0x2E80...0x2FFF,   // CJK and Kangxi radicals, ideographic description characters
        0x3000...0x303F,   // CJK symbols and punctuation
        0x3040...0x30FF,   // Hiragana, Katakana
        0x3100...0x31FF,   // Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes
        0x3200...0x33FF,   // Enclosed CJK letters, CJK compatibility
        0x3400...0x4DBF,   // CJK Unified Ideographs Extension A
        0x4E00...0x9FFF,   // CJK Unified Ideographs
        0xA960...0xA97F,   // Hangul Jamo Extended-A
        0xAC00...0xD7FF,   // Hangul syllables, Jamo Extended-B
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE30...0xFE4F,   // CJK compatibility forms
        0xFF00...0xFFEF,   // Half-width and full-width forms
        0x20000...0x3FFFF, // Supplementary and tertiary ideographic planes
    ]
}
