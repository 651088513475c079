/// What one role looks like: foreground, background and attributes.
public struct ThemeStyle: Equatable, Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var attributes: TextAttributes

    public init(foreground: Color? = nil, background: Color? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A named mapping from semantic roles to styles.
public struct Theme: Equatable, Sendable {
    public var name: String
    /// One line saying what the theme is for (a theme file's `"description"`).
    public var summary: String
    public var styles: [StyleRole: ThemeStyle]

    public init(name: String, summary: String = "", styles: [StyleRole: ThemeStyle]) {
        self.name = name
        self.summary = summary
        self.styles = styles
    }

    /// The style for `role`, falling back along the role's parents; unset colours come from `normal`.
    public func style(for role: StyleRole) -> ThemeStyle {
        var found: ThemeStyle?
        var r: StyleRole? = role
        while let current = r {
            if let s = styles[current] {
                found = s
                break
            }
            r = current.parent
        }
        var result = found ?? ThemeStyle()
        let base = styles[.normal] ?? ThemeStyle()
        if result.foreground == nil { result.foreground = base.foreground }
        if result.background == nil { result.background = base.background }
        return result
    }

    /// Used when no theme file can be read: no colours, selection in reverse video.
    public static let builtInMonochrome = Theme(name: "built-in", styles: [
        .normal: ThemeStyle(),
        .tabActive: ThemeStyle(attributes: [.bold, .reverse]),
        .tableHeader: ThemeStyle(attributes: [.bold, .underline]),
        .tableSelected: ThemeStyle(attributes: [.reverse]),
        .listSelected: ThemeStyle(attributes: [.reverse]),
        .inputCursor: ThemeStyle(attributes: [.reverse]),
        .statusBar: ThemeStyle(attributes: [.reverse]),
        .statusError: ThemeStyle(attributes: [.bold, .reverse]),
        .formError: ThemeStyle(attributes: [.bold]),
        .title: ThemeStyle(attributes: [.bold]),
        .keyHint: ThemeStyle(attributes: [.bold]),
        .dim: ThemeStyle(attributes: [.dim]),
    ])
}
