/// A piece of text in a status bar and the role it is drawn in.
public struct StatusSegment: Equatable, Sendable {
    public var text: String
    public var role: StyleRole

    public init(_ text: String, role: StyleRole = .statusBar) {
        self.text = text
        self.role = role
    }
}

/// A one-row bar filled with `.statusBar`: left segments from the left edge,
/// right segments against the right edge, one space between segments and at
/// each end. When space runs out the left side is cut first (with an ellipsis).
public struct StatusBar: Widget {
    public var left: [StatusSegment]
    public var right: [StatusSegment]

    public init(left: [StatusSegment] = [], right: [StatusSegment] = []) {
        self.left = left
        self.right = right
    }

    static func width(of segments: [StatusSegment]) -> Int {
        segments.reduce(0) { $0 + $1.text.displayWidth } + Swift.max(0, segments.count - 1)
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, role: .statusBar)
        let content = row.width > 2 ? row.inset(right: 1, left: 1) : row
        let rightWidth = Swift.min(content.width, StatusBar.width(of: right))
        draw(right, in: Rect(x: content.maxX - rightWidth, y: row.y, width: rightWidth, height: 1), into: &buffer)
        let gap = rightWidth > 0 ? 1 : 0
        draw(left, in: Rect(x: content.x, y: row.y, width: content.width - rightWidth - gap, height: 1), into: &buffer)
    }

    /// Draws segments left to right in `rect`, cutting the one that overflows.
    private func draw(_ segments: [StatusSegment], in rect: Rect, into buffer: inout CellBuffer) {
        var x = rect.x
        for (i, segment) in segments.enumerated() {
            if i > 0 { x += 1 }
            let room = rect.maxX - x
            guard room > 0 else { return }
            x += buffer.put(segment.text.truncated(toWidth: room, ellipsis: buffer.glyphs.ellipsis),
                            x: x, y: rect.y, role: segment.role, clip: rect)
        }
    }
}
