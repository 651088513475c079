/// A vertical scrollbar in the first column of its area: a track with a thumb
/// whose size and position show which part of `total` rows is in view.
public struct Scrollbar: Widget {
    public var total: Int
    public var offset: Int
    public var viewHeight: Int

    public init(total: Int, offset: Int, viewHeight: Int) {
        self.total = total
        self.offset = offset
        self.viewHeight = viewHeight
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        let h = area.height
        guard area.width > 0, h > 0 else { return }
        let view = Swift.max(1, viewHeight)
        let all = Swift.max(total, view)
        let thumb = Swift.min(h, Swift.max(1, h * view / all))
        let travel = all - view
        let start = travel > 0 ? (h - thumb) * Swift.min(Swift.max(0, offset), travel) / travel : 0
        let glyphs = buffer.glyphs
        for row in 0..<h {
            let inThumb = row >= start && row < start + thumb
            buffer.setCell(
                x: area.x, y: area.y + row,
                Cell(inThumb ? glyphs.scrollThumb : glyphs.scrollTrack, role: inThumb ? .scrollbarThumb : .scrollbar))
        }
    }
}
