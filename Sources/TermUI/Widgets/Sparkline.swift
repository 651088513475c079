/// A one-row chart of the last `width` values, each a sparkline level glyph
/// scaled between 0 and `maximum` (the largest value shown when nil), newest at
/// the right edge. Drawn on the bottom row of its area; non-finite values are blank.
public struct Sparkline: Widget {
    public var values: [Double]
    public var maximum: Double?
    public var role: StyleRole

    public init(_ values: [Double], maximum: Double? = nil, role: StyleRole = .series(0)) {
        self.values = values
        self.maximum = maximum
        self.role = role
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let levels = buffer.glyphs.sparkline
        let shown = values.suffix(area.width)
        let top = maximum ?? shown.filter(\.isFinite).max() ?? 0
        let y = area.maxY - 1
        var x = area.maxX - shown.count
        for value in shown {
            defer { x += 1 }
            guard value.isFinite else { continue }
            let scaled = top > 0 ? Swift.max(0, Swift.min(1, value / top)) : 0
            let level = Int((scaled * Double(levels.count - 1)).rounded())
            buffer.setCell(x: x, y: y, Cell(levels[level], role: role))
        }
    }
}
