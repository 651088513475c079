/// A bordered box with an optional title in the top border (left, cut with an
/// ellipsis) and an optional hint right-aligned in the bottom border.
///
/// The border is drawn in `.borderFocused` when focused, `.border` otherwise.
/// Areas less than 2x2 are left untouched. `inner(_:)` is the content rect.
public struct Block: Widget {
    public var title: String?
    public var footer: String?
    public var isFocused: Bool
    public var titleRole: StyleRole
    public var footerRole: StyleRole

    public init(title: String? = nil, footer: String? = nil, isFocused: Bool = false,
                titleRole: StyleRole = .title, footerRole: StyleRole = .dim) {
        self.title = title
        self.footer = footer
        self.isFocused = isFocused
        self.titleRole = titleRole
        self.footerRole = footerRole
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect {
        area.width >= 2 && area.height >= 2 ? area.inset(by: 1) : Rect(x: area.x, y: area.y, width: 0, height: 0)
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        let g = buffer.glyphs
        let role: StyleRole = isFocused ? .borderFocused : .border
        let top = area.y, bottom = area.maxY - 1, left = area.x, right = area.maxX - 1
        buffer.fill(Rect(x: left + 1, y: top, width: area.width - 2, height: 1), symbol: g.horizontal, role: role)
        buffer.fill(Rect(x: left + 1, y: bottom, width: area.width - 2, height: 1), symbol: g.horizontal, role: role)
        buffer.fill(Rect(x: left, y: top + 1, width: 1, height: area.height - 2), symbol: g.vertical, role: role)
        buffer.fill(Rect(x: right, y: top + 1, width: 1, height: area.height - 2), symbol: g.vertical, role: role)
        buffer.setCell(x: left, y: top, Cell(g.topLeft, role: role))
        buffer.setCell(x: right, y: top, Cell(g.topRight, role: role))
        buffer.setCell(x: left, y: bottom, Cell(g.bottomLeft, role: role))
        buffer.setCell(x: right, y: bottom, Cell(g.bottomRight, role: role))

        // Labels sit between the corners with a space either side: "┌ Title ──┐".
        let room = area.width - 4
        if let title, !title.isEmpty, room > 0 {
            let text = " " + title.truncated(toWidth: room, ellipsis: g.ellipsis) + " "
            buffer.put(text, x: left + 1, y: top, role: titleRole, clip: area)
        }
        if let footer, !footer.isEmpty, room > 0 {
            let text = " " + footer.truncated(toWidth: room, ellipsis: g.ellipsis) + " "
            buffer.put(text, x: right - text.displayWidth, y: bottom, role: footerRole, clip: area)
        }
    }
}
