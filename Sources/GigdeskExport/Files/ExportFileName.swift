import Foundation

/// Turns a proposed export file name into one that names a plain file directly
/// inside the chosen folder.
enum ExportFileName {
    /// The longest name, in UTF-8 bytes, that common file systems accept.
    static let maximumBytes = 255

    /// `name` made safe: control and invisible formatting characters removed; path
    /// separators joining what is left of the components, with "." and ".."
    /// components dropped ("../../etc/passwd" → "etc_passwd", "/abs" → "abs");
    /// runs of dots collapsed; no leading dot, dash or space; at most 255 bytes,
    /// keeping the extension. Nil when nothing usable remains.
    static func sanitized(_ name: String) -> String? {
        let visible = String(String.UnicodeScalarView(name.unicodeScalars.filter { scalar in
            ![.control, .format, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        }))
        let components = visible.split(whereSeparator: { $0 == "/" || $0 == "\\" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != "." && $0 != ".." }
        var joined = components.joined(separator: "_")
        while joined.contains("..") {
            joined = joined.replacingOccurrences(of: "..", with: ".")
        }
        let trimmed = String(joined.drop { $0 == "." || $0 == "-" || $0.isWhitespace })
        guard !trimmed.isEmpty else { return nil }
        return fitted(trimmed)
    }

    /// `name` cut to `maximumBytes`, shortening the part before a short extension.
    private static func fitted(_ name: String) -> String {
        guard name.utf8.count > maximumBytes else { return name }
        guard let dot = name.lastIndex(of: "."), name[dot...].utf8.count <= 16 else {
            return truncating(name, to: maximumBytes)
        }
        let suffix = String(name[dot...])
        return truncating(String(name[..<dot]), to: maximumBytes - suffix.utf8.count) + suffix
    }

    private static func truncating(_ text: String, to bytes: Int) -> String {
        var out = ""
        for character in text {
            guard out.utf8.count + String(character).utf8.count <= bytes else { break }
            out.append(character)
        }
        return out
    }
}
