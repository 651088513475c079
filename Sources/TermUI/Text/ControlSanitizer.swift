/// Replaces characters that must never reach the terminal raw (C0/C1 controls,
/// DEL, bidi overrides) with visible stand-ins, so data cannot inject escape sequences.
public enum ControlSanitizer {
    /// The visible replacement for `character`, or nil when it is safe to draw as is.
    public static func replacement(for character: Character) -> Character? {
        guard let first = character.unicodeScalars.first else { return nil }
        let v = first.value
        switch v {
        case 0x09: return " "
        case 0x00..<0x20: return Character(Unicode.Scalar(0x2400 + v)!)  // ␀ … ␟, ESC shows as ␛
        case 0x7F: return "\u{2421}"  // ␡
        case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
        default:
            // A grapheme that starts safely may still carry a control scalar after a combining mark.
            if character.unicodeScalars.dropFirst().contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return "\u{FFFD}"
            }
            return nil
        }
    }

    /// `text` with every unsafe character replaced.
    public static func sanitize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text { out.append(replacement(for: ch) ?? ch) }
        return out
    }
}
