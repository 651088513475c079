/// What one theme file says about one role: the fields it gives replace the inherited
/// ones, the fields it leaves out keep them.
struct RoleOverride {
    let role: StyleRole
    /// The given fields; the others are left at their defaults and ignored.
    var style = ThemeStyle()
    var setsForeground = false
    var setsBackground = false
    var setsAttributes = false

    init(role: StyleRole) {
        self.role = role
    }

    /// `base` with the given fields replaced.
    func applied(to base: ThemeStyle) -> ThemeStyle {
        var result = base
        if setsForeground { result.foreground = style.foreground }
        if setsBackground { result.background = style.background }
        if setsAttributes { result.attributes = style.attributes }
        return result
    }
}
