/// Selection and scroll position of a `ListView`.
public typealias ListState = ScrollState

/// One line of a `ListView`: text and an optional role (`.normal` when nil).
public struct ListItem: Equatable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var role: StyleRole?

    public init(_ text: String, role: StyleRole? = nil) {
        self.text = text
        self.role = role
    }

    public init(stringLiteral value: String) { self.init(value) }
}

/// A scrolling list of one-line items; the selected one is marked with the
/// pointer glyph and drawn in `.listSelected` across the row. A scrollbar
/// appears on the right when the items do not fit.
public struct ListView: Widget {
    public var items: [ListItem]
    public var state: ListState

    public init(_ items: [ListItem], state: ListState) {
        self.items = items
        self.state = state
    }

    /// The item drawn at screen row `y` when the list is drawn in `area`, for mouse clicks.
    public func itemIndex(atY y: Int, in area: Rect) -> Int? {
        guard y >= area.y, y < area.maxY else { return nil }
        return scroll(in: area).rowIndex(atY: y - area.y)
    }

    func scroll(in area: Rect) -> ScrollState {
        var scroll = state
        scroll.itemCount = items.count
        scroll.ensureVisible(viewHeight: area.height)
        return scroll
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let g = buffer.glyphs
        let scroll = scroll(in: area)
        let showsScrollbar = items.count > area.height && area.width > 1
        let content = Rect(x: area.x, y: area.y, width: area.width - (showsScrollbar ? 1 : 0), height: area.height)
        let range = scroll.visibleRange(viewHeight: area.height)
        for (k, index) in range.enumerated() {
            let item = items[index]
            let line = content.row(k)
            let isSelected = index == scroll.selection
            let role = isSelected ? .listSelected : (item.role ?? .normal)
            if isSelected { buffer.fill(line, role: role) }
            let marker = isSelected ? g.pointer + " " : "  "
            buffer.put(marker + item.text.truncated(toWidth: line.width - 2, ellipsis: g.ellipsis),
                       x: line.x, y: line.y, role: role, clip: line)
        }
        if showsScrollbar {
            Scrollbar(total: items.count, offset: scroll.offset, viewHeight: area.height)
                .render(Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height), into: &buffer)
        }
    }
}
