/// A one-row bar filled to `ratio` with its percentage (or a given label)
/// centred on it; label characters take the role of the bar cell beneath.
public struct ProgressBar: Widget {
    /// Clamped to 0…1 (NaN counts as 0).
    public var ratio: Double
    /// Shown centred; the percentage when nil.
    public var label: String?
    public var role: StyleRole

    public init(ratio: Double, label: String? = nil, role: StyleRole = .gaugeOK) {
        self.ratio = ratio
        self.label = label
        self.role = role
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let clamped = ratio.isNaN ? 0 : Swift.max(0, Swift.min(1, ratio))
        drawHorizontalBar(ratio: clamped, role: role, in: row, into: &buffer)
        let text = (label ?? "\(Int((clamped * 100).rounded()))%").truncated(toWidth: row.width, ellipsis: buffer.glyphs.ellipsis)
        var x = row.x + (row.width - text.displayWidth) / 2
        for ch in text {
            let beneath = buffer.area.contains(x: x, y: row.y) ? buffer[x, row.y].role : role
            x += buffer.put(String(ch), x: x, y: row.y, role: beneath, clip: row)
        }
    }
}
