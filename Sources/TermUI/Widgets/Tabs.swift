/// A row of tab titles, the selected one in `.tabActive`, the others in `.tab`,
/// separated by vertical lines; optionally numbered ("1 Invoices").
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int
    public var showsNumbers: Bool

    public init(_ titles: [String], selected: Int, showsNumbers: Bool = false) {
        self.titles = titles
        self.selected = selected
        self.showsNumbers = showsNumbers
    }

    /// The tab drawn at column `x` of `area` (for mouse clicks), or nil over a separator or past the last tab.
    public func tabIndex(atX x: Int, in area: Rect) -> Int? {
        layout(in: area).firstIndex { $0.columns.contains(x) }
    }

    /// Each tab's label and the columns it takes, clipped to `area`.
    func layout(in area: Rect) -> [(label: String, columns: Range<Int>)] {
        var out: [(label: String, columns: Range<Int>)] = []
        var x = area.x
        for (i, title) in titles.enumerated() {
            if i > 0 { x += 1 }  // separator
            guard x < area.maxX else { break }
            let label = " " + (showsNumbers ? "\(i + 1) " : "") + title + " "
            let end = Swift.min(area.maxX, x + label.displayWidth)
            out.append((label, x..<end))
            x = end
        }
        return out
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let g = buffer.glyphs
        for (i, tab) in layout(in: row).enumerated() {
            if i > 0 {
                buffer.put(g.vertical, x: tab.columns.lowerBound - 1, y: row.y, role: .border, clip: row)
            }
            let text = tab.label.truncated(toWidth: tab.columns.count, ellipsis: g.ellipsis)
            buffer.put(text, x: tab.columns.lowerBound, y: row.y, role: i == selected ? .tabActive : .tab, clip: row)
        }
    }
}
