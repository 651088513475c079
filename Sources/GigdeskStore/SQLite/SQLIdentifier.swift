import Foundation

/// Table and column names that are interpolated into SQL text.
enum SQLIdentifier {
    /// Returns `name` quoted for SQL if it matches `[a-z_][a-z0-9_]*`; throws otherwise.
    static func quoted(_ name: String) throws -> String {
        guard let first = name.utf8.first, isStart(first), name.utf8.allSatisfy({ isStart($0) || isDigit($0) }) else {
            throw StoreError.invalidIdentifier(name)
        }
        return "\"" + name + "\""
    }

    /// Quotes any name read back from the schema, doubling embedded quotes.
    static func quotedVerbatim(_ name: String) -> String {
        "\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\""
    }

    private static func isStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7a) || byte == 0x5f
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }
}
