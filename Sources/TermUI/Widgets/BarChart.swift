/// One stacked part of a bar: a value and the series role it is drawn in.
public struct BarSegment: Equatable, Sendable {
    public var value: Double
    public var role: StyleRole

    public init(_ value: Double, role: StyleRole) {
        self.value = value
        self.role = role
    }
}

/// One bar of a `BarChart`: a label and its segments, stacked bottom up.
public struct Bar: Equatable, Sendable {
    public var label: String
    public var segments: [BarSegment]

    public init(_ label: String, segments: [BarSegment]) {
        self.label = label
        self.segments = segments
    }

    public init(_ label: String, value: Double, role: StyleRole = .series(0)) {
        self.init(label, segments: [BarSegment(value, role: role)])
    }

    /// The height of the whole stack (negative and non-finite segments count as 0).
    public var total: Double { segments.reduce(0) { $0 + BarChart.height($1.value) } }
}

/// Vertical bars, optionally stacked, scaled to `maximum` (the tallest bar when
/// nil), with labels under the bars (`.chartLabel`) and optionally each total on
/// top. Unicode glyphs top bars in eighths of a cell, ASCII with `#`.
/// Bars that do not fit the width are left out.
public struct BarChart: Widget {
    public var bars: [Bar]
    public var maximum: Double?
    public var barWidth: Int
    public var gap: Int
    public var showsValues: Bool
    /// Text for a bar's total.
    public var format: (Double) -> String

    public init(_ bars: [Bar], maximum: Double? = nil, barWidth: Int = 3, gap: Int = 1, showsValues: Bool = true,
                format: @escaping (Double) -> String = ChartFormat.compact) {
        self.bars = bars
        self.maximum = maximum
        self.barWidth = Swift.max(1, barWidth)
        self.gap = Swift.max(0, gap)
        self.showsValues = showsValues
        self.format = format
    }

    static func height(_ value: Double) -> Double { value.isFinite ? Swift.max(0, value) : 0 }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard area.height >= 2, area.width > 0 else { return }
        let g = buffer.glyphs
        let labelRow = area.maxY - 1
        let valueRows = showsValues ? 1 : 0
        let chartHeight = area.height - 1 - valueRows
        let top = maximum ?? bars.map(\.total).max() ?? 0
        for (b, bar) in bars.enumerated() {
            let x = area.x + b * (barWidth + gap)
            guard x + barWidth <= area.maxX else { break }
            let column = Rect(x: x, y: area.y, width: barWidth, height: area.height)

            buffer.put(bar.label.fitted(toWidth: barWidth, alignment: .center, ellipsis: g.ellipsis),
                       x: x, y: labelRow, role: .chartLabel, clip: column)

            // Heights in eighths of a cell; each cell takes the segment covering its middle.
            let unit = top > 0 ? Double(chartHeight * 8) / top : 0
            var bounds: [Int] = []
            var sum = 0.0
            for segment in bar.segments {
                sum += BarChart.height(segment.value)
                bounds.append(Swift.min(chartHeight * 8, Int((sum * unit).rounded())))
            }
            let stack = bounds.last ?? 0
            var cells = 0
            for cell in 0..<chartHeight {
                let filled = Swift.min(8, stack - cell * 8)
                guard filled > 0, g.verticalEighths[filled] != " " else { break }
                let middle = cell * 8 + 4
                let k = bounds.firstIndex { $0 > middle } ?? bounds.firstIndex { $0 >= stack } ?? 0
                let y = labelRow - 1 - cell
                buffer.fill(Rect(x: x, y: y, width: barWidth, height: 1).intersection(column),
                            symbol: g.verticalEighths[filled], role: bar.segments[k].role)
                cells += 1
            }

            if showsValues {
                let text = format(bar.total)
                buffer.put(text.fitted(toWidth: barWidth, alignment: .center, ellipsis: g.ellipsis),
                           x: x, y: labelRow - 1 - cells, role: .chartLabel, clip: column)
            }
        }
    }
}
