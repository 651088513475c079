/// One line of a `LineChart`: points joined in the order given.
public struct LineSeries: Sendable {
    public var points: [(x: Double, y: Double)]

    public init(_ points: [(x: Double, y: Double)]) {
        self.points = points
    }
}

/// Lines through (x, y) points, each series in `StyleRole.series(i)`.
///
/// With braille glyphs each cell holds 2x4 dots; in ASCII, points are `*` and
/// the lines between them `.`. A y axis with the min and max labels runs on the
/// left, an x axis with the first and last x labels along the bottom (axes in
/// `.chartAxis`, labels in `.chartLabel`). Ranges default to the data's.
/// Points outside the ranges are clipped; non-finite points break a line.
public struct LineChart: Widget {
    public var series: [LineSeries]
    public var xRange: ClosedRange<Double>?
    public var yRange: ClosedRange<Double>?
    public var format: (Double) -> String

    public init(_ series: [LineSeries], xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                format: @escaping (Double) -> String = ChartFormat.compact) {
        self.series = series
        self.xRange = xRange
        self.yRange = yRange
        self.format = format
    }

    /// The range to plot: given, or the data's; a single value is widened by 1 either side.
    static func range(_ given: ClosedRange<Double>?, _ values: [Double]) -> ClosedRange<Double> {
        if let given { return given }
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return 0...1 }
        return lo < hi ? lo...hi : (lo - 1)...(hi + 1)
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let points = series.flatMap(\.points)
        let xs = LineChart.range(xRange, points.map(\.x))
        let ys = LineChart.range(yRange, points.map(\.y))
        let top = format(ys.upperBound), bottom = format(ys.lowerBound)
        let labelWidth = Swift.max(top.displayWidth, bottom.displayWidth)
        guard area.height >= 3, area.width >= labelWidth + 3 else {
            plot(in: area, xs: xs, ys: ys, into: &buffer)
            return
        }

        let axisX = area.x + labelWidth
        let plotArea = Rect(x: axisX + 1, y: area.y, width: area.maxX - axisX - 1, height: area.height - 2)
        let axisY = plotArea.maxY
        let g = buffer.glyphs
        buffer.fill(Rect(x: axisX, y: area.y, width: 1, height: plotArea.height), symbol: g.vertical, role: .chartAxis)
        buffer.setCell(x: axisX, y: axisY, Cell(g.bottomLeft, role: .chartAxis))
        buffer.fill(Rect(x: plotArea.x, y: axisY, width: plotArea.width, height: 1), symbol: g.horizontal, role: .chartAxis)

        buffer.put(top.fitted(toWidth: labelWidth, alignment: .right), x: area.x, y: plotArea.y, role: .chartLabel, clip: area)
        if plotArea.height > 1 {
            buffer.put(bottom.fitted(toWidth: labelWidth, alignment: .right), x: area.x, y: plotArea.maxY - 1,
                       role: .chartLabel, clip: area)
        }
        let first = format(xs.lowerBound), last = format(xs.upperBound)
        let labelY = area.maxY - 1
        let used = buffer.put(first, x: plotArea.x, y: labelY, role: .chartLabel, clip: area)
        let lastX = area.maxX - last.displayWidth
        if lastX > plotArea.x + used {
            buffer.put(last, x: lastX, y: labelY, role: .chartLabel, clip: area)
        }

        plot(in: plotArea, xs: xs, ys: ys, into: &buffer)
    }

    /// Draws the series in `rect`: braille dots, or `*` and `.` in ASCII.
    private func plot(in rect: Rect, xs: ClosedRange<Double>, ys: ClosedRange<Double>, into buffer: inout CellBuffer) {
        guard !rect.isEmpty else { return }
        let braille = buffer.glyphs.braille
        // Dots per cell: 2x4 in braille, 1x1 otherwise.
        let dx = braille ? 2 : 1, dy = braille ? 4 : 1
        let gridWidth = rect.width * dx, gridHeight = rect.height * dy
        var dots = [UInt8](repeating: 0, count: rect.width * rect.height)
        var marks = [Character?](repeating: nil, count: rect.width * rect.height)
        var roles = [StyleRole?](repeating: nil, count: rect.width * rect.height)

        func scale(_ v: Double, _ r: ClosedRange<Double>, _ n: Int) -> Int? {
            guard v.isFinite else { return nil }
            let span = r.upperBound - r.lowerBound
            let t = span > 0 ? (v - r.lowerBound) / span : 0.5
            return Int((t * Double(n - 1)).rounded())
        }
        // Braille bit for dot (column, row) of a cell.
        let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
        func mark(_ gx: Int, _ gy: Int, _ symbol: Character, _ role: StyleRole) {
            guard gx >= 0, gx < gridWidth, gy >= 0, gy < gridHeight else { return }
            let cell = (gy / dy) * rect.width + gx / dx
            if braille {
                dots[cell] |= bits[gx % 2][gy % 4]
            } else if marks[cell] != "*" {
                marks[cell] = symbol
            }
            roles[cell] = role
        }

        for (i, line) in series.enumerated() {
            let role = StyleRole.series(i)
            var previous: (Int, Int)?
            for point in line.points {
                guard let gx = scale(point.x, xs, gridWidth), let gy0 = scale(point.y, ys, gridHeight) else {
                    previous = nil
                    continue
                }
                let gy = gridHeight - 1 - gy0
                if let (px, py) = previous {
                    // Bresenham from the previous point; the end point is marked below.
                    var x = px, y = py
                    let sx = gx > px ? 1 : -1, sy = gy > py ? 1 : -1
                    let ax = abs(gx - px), ay = -abs(gy - py)
                    var err = ax + ay
                    while x != gx || y != gy {
                        mark(x, y, ".", role)
                        let e2 = 2 * err
                        if e2 >= ay { err += ay; x += sx }
                        if e2 <= ax { err += ax; y += sy }
                    }
                }
                mark(gx, gy, "*", role)
                previous = (gx, gy)
            }
        }

        for cell in 0..<(rect.width * rect.height) {
            guard let role = roles[cell] else { continue }
            let symbol = braille ? String(Character(Unicode.Scalar(0x2800 + UInt32(dots[cell]))!)) : String(marks[cell] ?? ".")
            buffer.setCell(x: rect.x + cell % rect.width, y: rect.y + cell / rect.width, Cell(symbol, role: role))
        }
    }
}
