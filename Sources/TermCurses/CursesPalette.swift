import CNcursesw
import TermUI

/// Turns semantic roles into curses attributes and colour pairs for one theme and colour depth.
///
/// Pairs are allocated lazily with `alloc_pair` and cached per role.
final class CursesPalette {
    struct CursesStyle {
        var attrs: attr_t
        var pair: Int32
    }

    private let theme: Theme
    private let depth: ColorDepth
    private let directColor: Bool
    private var cache: [StyleRole: CursesStyle] = [:]

    init(theme: Theme, depth: ColorDepth, directColor: Bool) {
        self.theme = theme
        self.depth = depth
        self.directColor = directColor
    }

    func attributes(for role: StyleRole) -> CursesStyle {
        if let hit = cache[role] { return hit }
        let resolved = theme.resolvedStyle(for: role, depth: depth)
        var attrs: attr_t = 0
        let map: [(TextAttributes, attr_t)] = [
            (.bold, gigdesk_a_bold()), (.dim, gigdesk_a_dim()), (.italic, gigdesk_a_italic()),
            (.underline, gigdesk_a_underline()), (.reverse, gigdesk_a_reverse()), (.blink, gigdesk_a_blink()),
        ]
        for (attribute, flag) in map where resolved.attributes.contains(attribute) { attrs |= flag }
        var pair: Int32 = 0
        if depth != .none, resolved.foreground != nil || resolved.background != nil {
            let p = alloc_pair(colorNumber(resolved.foreground), colorNumber(resolved.background))
            if p > 0 { pair = p }
        }
        let style = CursesStyle(attrs: attrs, pair: pair)
        cache[role] = style
        return style
    }

    private func colorNumber(_ color: Color?) -> Int32 {
        switch color {
        case nil, .terminalDefault?: return -1
        case .indexed(let i)?: return Int32(i)
        case .rgb(let r, let g, let b)?:
            return directColor ? Int32(r) << 16 | Int32(g) << 8 | Int32(b) : Int32(Color.rgb(r, g, b).degraded(to: .palette256).map { c -> UInt8 in
                if case .indexed(let i) = c { return i }
                return 7
            } ?? 7)
        }
    }
}
