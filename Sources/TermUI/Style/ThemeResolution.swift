/// A role's style as a terminal of some colour depth draws it: colours already
/// degraded (nil means the terminal's default, or no colour at all).
public typealias ResolvedStyle = ThemeStyle

extension Theme {
    /// The style of `role` with its colours degraded to `depth`.
    ///
    /// When the theme gives the role a background other than `normal`'s and `depth` loses
    /// that difference (always so without colour, as under `NO_COLOR`), reverse video
    /// is added, so that a selection drawn as a coloured bar still shows.
    public func resolvedStyle(for role: StyleRole, depth: ColorDepth) -> ResolvedStyle {
        let own = style(for: role)
        let normalBackground = style(for: .normal).background ?? .terminalDefault
        let background = own.background ?? .terminalDefault
        var resolved = ResolvedStyle(foreground: own.foreground?.degraded(to: depth),
                                     background: own.background?.degraded(to: depth),
                                     attributes: own.attributes)
        let differenceLost = background != normalBackground
            && background.degraded(to: depth) == normalBackground.degraded(to: depth)
        if differenceLost && !resolved.attributes.contains(.reverse) {
            resolved.attributes.insert(.reverse)
        }
        return resolved
    }
}
