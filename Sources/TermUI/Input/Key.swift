/// A key press, decoded from whatever the terminal sent.
public struct Key: Hashable, Sendable, CustomStringConvertible {
    public enum Code: Hashable, Sendable {
        case character(Character)
        case enter, escape, tab, backspace, delete, insert
        case up, down, left, right, home, end, pageUp, pageDown
        case function(Int)
    }

    public var code: Code
    public var modifiers: Modifiers

    public struct Modifiers: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let ctrl = Modifiers(rawValue: 1)
        public static let alt = Modifiers(rawValue: 2)
        public static let shift = Modifiers(rawValue: 4)
    }

    public init(_ code: Code, modifiers: Modifiers = []) {
        self.code = code
        self.modifiers = modifiers
    }

    public static func char(_ c: Character) -> Key { Key(.character(c)) }
    public static func ctrl(_ c: Character) -> Key { Key(.character(c), modifiers: .ctrl) }

    /// The key in keymap notation (`ctrl+d`, `shift+tab`, `?`, `f1`), parsed back by `init?(spec:)`.
    public var description: String {
        var parts: [String] = []
        if modifiers.contains(.ctrl) { parts.append("ctrl") }
        if modifiers.contains(.alt) { parts.append("alt") }
        if modifiers.contains(.shift) { parts.append("shift") }
        parts.append(Key.name(of: code))
        return parts.joined(separator: "+")
    }

    static let namedCodes: [(String, Code)] = [
        ("enter", .enter), ("esc", .escape), ("tab", .tab), ("backspace", .backspace),
        ("delete", .delete), ("insert", .insert), ("up", .up), ("down", .down), ("left", .left),
        ("right", .right), ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown),
        ("space", .character(" ")),
    ]

    static func name(of code: Code) -> String {
        if let named = namedCodes.first(where: { $0.1 == code }) { return named.0 }
        switch code {
        case .character(let c): return c == "+" ? "plus" : String(c)
        case .function(let n): return "f\(n)"
        default: return "?"
        }
    }

    /// Parses keymap notation: modifiers joined by `+` before a key name or a single character.
    public init?(spec: String) {
        var parts = spec.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        if spec.hasSuffix("++") || spec == "+" { parts = Array(parts.dropLast(2)) + ["plus"] }
        guard let last = parts.popLast(), !last.isEmpty else { return nil }
        var mods: Modifiers = []
        for p in parts {
            switch p.lowercased() {
            case "ctrl", "c": mods.insert(.ctrl)
            case "alt", "meta", "m": mods.insert(.alt)
            case "shift", "s": mods.insert(.shift)
            default: return nil
            }
        }
        let lower = last.lowercased()
        let code: Code
        if let named = Key.namedCodes.first(where: { $0.0 == lower }) {
            code = named.1
        } else if lower == "escape" {
            code = .escape
        } else if lower == "return" {
            code = .enter
        } else if lower == "plus" {
            code = .character("+")
        } else if lower.count > 1, lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            code = .function(n)
        } else if last.count == 1, let c = last.first {
            code = .character(mods.contains(.ctrl) ? Character(c.lowercased()) : c)
        } else {
            return nil
        }
        self.init(code, modifiers: mods)
    }
}
