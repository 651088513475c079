import Foundation

/// The stored lookup key of a name: Unicode-lowercased after canonical composition, so
/// "Café", "CAFÉ" and a decomposed "cafe\u{301}" share one key and SQLite's byte-wise
/// comparison can match, sort and search names ignoring case in any script.
enum NameKey {
    /// The key of `name`.
    static func of(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// A string greater than every key starting with `prefix`, so that
    /// `key >= prefix AND key < upperBound(prefix)` finds them through an index.
    static func upperBound(ofPrefix prefix: String) -> String {
        prefix + "\u{10FFFF}"
    }
}
