/// An in-memory screen: a grid of cells that widgets render into.
///
/// Writing is width-aware (wide graphemes take two cells, a wide grapheme that
/// would straddle the right edge becomes a space) and sanitised (control
/// characters show as visible stand-ins). Tests compare its `lines`.
public struct CellBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// The glyph table widgets draw with.
    public var glyphs: Glyphs

    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
        self.glyphs = glyphs
    }

    public init(size: Size, glyphs: Glyphs = .unicode) {
        self.init(width: size.width, height: size.height, glyphs: glyphs)
    }

    public var size: Size { Size(width: width, height: height) }
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` starting at (`x`, `y`), clipped to `maxWidth` columns and the
    /// buffer's edge. Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for raw in text {
            let ch = ControlSanitizer.replacement(for: raw) ?? raw
            let w = DisplayWidth.of(ch)
            if w == 0 {
                // A stray combining mark: attach to the previous cell if there is one.
                if col > x, col - 1 >= 0, col - 1 < width { self[col - 1, y].symbol.append(ch) }
                continue
            }
            if col + w > limit {
                if w == 2, col < limit, col >= 0 { setCell(x: col, y: y, Cell(" ", role: role)) }
                break
            }
            if col >= 0 {
                setCell(x: col, y: y, Cell(String(ch), role: role))
                if w == 2 { setCell(x: col + 1, y: y, Cell("", role: role)) }
            }
            col += w
        }
        return col - x
    }

    /// Sets one cell, repairing any wide grapheme it cuts in half.
    public mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let old = self[x, y]
        if old.isContinuation, x > 0, DisplayWidth.of(self[x - 1, y].symbol) == 2 {
            self[x - 1, y].symbol = " "
        }
        if !old.isContinuation, DisplayWidth.of(old.symbol) == 2, x + 1 < width, !cell.isContinuation {
            self[x + 1, y] = Cell(" ", role: self[x + 1, y].role)
        }
        self[x, y] = cell
    }

    /// Fills `rect` with `symbol` in `role`.
    public mutating func fill(_ rect: Rect, symbol: String = " ", role: StyleRole = .normal) {
        let r = rect.intersection(area)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { setCell(x: x, y: y, Cell(symbol, role: role)) }
        }
    }

    /// Changes the role of every cell in `rect`, keeping the characters.
    public mutating func setRole(_ rect: Rect, _ role: StyleRole) {
        let r = rect.intersection(area)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y].role = role }
        }
    }

    /// The characters of each row, as a terminal would show them.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += self[x, y].symbol }
            return line
        }
    }

    /// Runs of equal role per row, `y x0-x1 role`, omitting `normal`: a compact
    /// record of styling for golden files.
    public var styleRuns: [String] {
        var out: [String] = []
        for y in 0..<height {
            var start = 0
            while start < width {
                let role = self[start, y].role
                var end = start
                while end + 1 < width, self[end + 1, y].role == role { end += 1 }
                if role != .normal { out.append("\(y) \(start)-\(end) \(role.rawValue)") }
                start = end + 1
            }
        }
        return out
    }
}
