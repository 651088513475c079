/// A one-row meter: label, a bar filled to `ratio`, and a value text.
///
/// The bar is `.gaugeOK`, `.gaugeWarn` from `warnAt`, `.gaugeCritical` from
/// `criticalAt`; its empty part is `.gaugeEmpty`. Unicode glyphs fill in
/// eighths of a cell, ASCII with `#`.
public struct Gauge: Widget {
    public var label: String
    /// Clamped to 0…1 (NaN counts as 0).
    public var ratio: Double
    /// Shown right of the bar; the percentage when nil.
    public var valueText: String?
    public var warnAt: Double?
    public var criticalAt: Double?
    /// Columns for the label; its own width when nil.
    public var labelWidth: Int?

    public init(label: String, ratio: Double, valueText: String? = nil,
                warnAt: Double? = nil, criticalAt: Double? = nil, labelWidth: Int? = nil) {
        self.label = label
        self.ratio = ratio
        self.valueText = valueText
        self.warnAt = warnAt
        self.criticalAt = criticalAt
        self.labelWidth = labelWidth
    }

    var clampedRatio: Double { ratio.isNaN ? 0 : Swift.max(0, Swift.min(1, ratio)) }

    /// The bar's role for the current ratio.
    public var role: StyleRole {
        if let criticalAt, clampedRatio >= criticalAt { return .gaugeCritical }
        if let warnAt, clampedRatio >= warnAt { return .gaugeWarn }
        return .gaugeOK
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let g = buffer.glyphs
        var bar = row
        let labelColumns = Swift.min(labelWidth ?? label.displayWidth, row.width)
        if labelColumns > 0 {
            buffer.put(label.fitted(toWidth: labelColumns, ellipsis: g.ellipsis), x: row.x, y: row.y, clip: row)
            bar = bar.inset(left: Swift.min(bar.width, labelColumns + 1))
        }
        let value = valueText ?? "\(Int((clampedRatio * 100).rounded()))%"
        let valueColumns = value.displayWidth
        if valueColumns > 0, bar.width > valueColumns + 1 {
            buffer.put(value, x: bar.maxX - valueColumns, y: row.y, role: role, clip: row)
            bar = bar.inset(right: valueColumns + 1)
        }
        drawHorizontalBar(ratio: clampedRatio, role: role, in: bar, into: &buffer)
    }
}
