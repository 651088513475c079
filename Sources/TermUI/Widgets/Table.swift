/// Rows for a `Table`, fetched lazily: the table asks only for the rows in view.
public protocol TableDataSource {
    var rowCount: Int { get }
    /// The cells of the rows in `range` (which is always within `0..<rowCount`), one array per row.
    func rows(in range: Range<Int>) -> [[String]]
}

/// A plain array of rows is a data source.
extension Array: TableDataSource where Element == [String] {
    public var rowCount: Int { count }
    public func rows(in range: Range<Int>) -> [[String]] { Array(self[range]) }
}

/// A table column: title, how wide it is, and how its cells are aligned.
public struct TableColumn: Equatable, Sendable {
    /// How much of the table's width a column takes.
    public enum Width: Equatable, Sendable {
        /// Exactly `n` columns.
        case fixed(Int)
        /// A percentage of the table's width (less the gaps between columns).
        case percentage(Int)
        /// Leftover width, shared by weight between all fill columns.
        case fill(Int)
    }

    public var title: String
    public var width: Width
    /// The column gets at least this many cells while the table has room.
    public var minWidth: Int
    public var alignment: TextAlignment

    public init(_ title: String, width: Width = .fill(1), minWidth: Int = 0, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.minWidth = minWidth
        self.alignment = alignment
    }
}

/// What a table remembers between frames: selection, scroll offset and sort order.
public struct TableState: ScrollableState, Equatable, Sendable {
    public var scroll: ScrollState
    /// The column the rows are sorted by, if any (the table only shows it; the data source sorts).
    public var sortColumn: Int?
    public var sortAscending: Bool

    public init(rowCount: Int = 0, selected: Int = 0, sortColumn: Int? = nil, sortAscending: Bool = true) {
        self.scroll = ScrollState(itemCount: rowCount, selected: selected)
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
    }

    /// Sorts by `column`, ascending; sorting again by the same column flips the direction.
    public mutating func toggleSort(column: Int) {
        if sortColumn == column {
            sortAscending.toggle()
        } else {
            sortColumn = column
            sortAscending = true
        }
    }
}

/// A table with a header row, virtual scrolling over a `TableDataSource`, a
/// full-width selected row, a sort arrow on the sorted column, and a scrollbar
/// on the right when the rows do not fit.
///
/// Rows are in `.tableRow` unless `cellRole` gives a role for a cell (the
/// selected row is all `.tableSelected`).
public struct Table: Widget {
    public var columns: [TableColumn]
    public var source: any TableDataSource
    public var state: TableState
    /// Shown centred when there are no rows.
    public var emptyMessage: String?
    /// Blank cells between columns.
    public var columnSpacing: Int
    /// A role for one cell (e.g. a status column), or nil for the row's role.
    public var cellRole: ((_ row: Int, _ column: Int, _ value: String) -> StyleRole?)?

    public init(columns: [TableColumn], source: any TableDataSource, state: TableState,
                emptyMessage: String? = nil, columnSpacing: Int = 1,
                cellRole: ((_ row: Int, _ column: Int, _ value: String) -> StyleRole?)? = nil) {
        self.columns = columns
        self.source = source
        self.state = state
        self.emptyMessage = emptyMessage
        self.columnSpacing = columnSpacing
        self.cellRole = cellRole
    }

    /// Rows of data shown in `area` (everything below the header): the view height for `TableState`.
    public static func bodyHeight(in area: Rect) -> Int { Swift.max(0, area.height - 1) }

    /// The row drawn at screen row `y` when the table is drawn in `area`, for mouse clicks.
    public func rowIndex(atY y: Int, in area: Rect) -> Int? {
        guard y > area.y, y < area.maxY else { return nil }
        return scroll(in: area).rowIndex(atY: y - area.y - 1)
    }

    /// The state's scroll position as drawn: clamped to the rows there are, selection in view.
    func scroll(in area: Rect) -> ScrollState {
        var scroll = state.scroll
        scroll.itemCount = source.rowCount
        scroll.ensureVisible(viewHeight: Table.bodyHeight(in: area))
        return scroll
    }

    /// The width of each column in a table `width` cells wide. Columns that do not fit get 0.
    public func columnWidths(for width: Int) -> [Int] {
        let gaps = columnSpacing * Swift.max(0, columns.count - 1)
        let available = Swift.max(0, width - gaps)
        var widths = columns.map { c -> Int in
            switch c.width {
            case .fixed(let n): return Swift.max(n, c.minWidth)
            case .percentage(let p): return Swift.max(available * p / 100, c.minWidth)
            case .fill: return 0
            }
        }
        // Share what is left between fill columns by weight; a column whose share is
        // below its minimum gets the minimum and leaves the sharing.
        var sharing = columns.indices.filter { if case .fill = columns[$0].width { return true } else { return false } }
        var pool = available - widths.reduce(0, +)
        while !sharing.isEmpty {
            let weights = sharing.map { i -> Int in
                if case .fill(let w) = columns[i].width { return Swift.max(1, w) }
                return 1
            }
            let total = weights.reduce(0, +)
            let share = { (k: Int) in Swift.max(0, pool) * weights[k] / total }
            if let k = sharing.indices.first(where: { share($0) < columns[sharing[$0]].minWidth }) {
                widths[sharing[k]] = columns[sharing[k]].minWidth
                pool -= widths[sharing[k]]
                sharing.remove(at: k)
                continue
            }
            var handed = 0
            for k in sharing.indices {
                widths[sharing[k]] = share(k)
                handed += share(k)
            }
            widths[sharing[sharing.count - 1]] += Swift.max(0, pool) - handed
            break
        }
        // Clip from the left: columns past the edge shrink, then vanish.
        var left = width
        for i in widths.indices {
            widths[i] = Swift.min(widths[i], Swift.max(0, left))
            left -= widths[i] + columnSpacing
        }
        return widths
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let g = buffer.glyphs
        let scroll = scroll(in: area)
        let rowCount = scroll.itemCount
        let bodyHeight = Table.bodyHeight(in: area)

        let showsScrollbar = rowCount > bodyHeight && bodyHeight > 0 && area.width > 1
        let content = Rect(x: area.x, y: area.y, width: area.width - (showsScrollbar ? 1 : 0), height: area.height)
        let widths = columnWidths(for: content.width)
        var xs: [Int] = []
        var x = content.x
        for w in widths {
            xs.append(x)
            x += w + columnSpacing
        }

        // Header.
        let header = content.row(0)
        buffer.fill(header, role: .tableHeader)
        for (i, column) in columns.enumerated() where widths[i] > 0 {
            var title = column.title.fitted(toWidth: widths[i], alignment: column.alignment, ellipsis: g.ellipsis)
            if state.sortColumn == i {
                let arrow = state.sortAscending ? g.sortAscending : g.sortDescending
                let room = widths[i] - 2
                title = room > 0
                    ? (column.title.truncated(toWidth: room, ellipsis: g.ellipsis) + " " + arrow)
                        .fitted(toWidth: widths[i], alignment: column.alignment, ellipsis: g.ellipsis)
                    : arrow.fitted(toWidth: widths[i], ellipsis: g.ellipsis)
            }
            buffer.put(title, x: xs[i], y: header.y, role: .tableHeader, clip: header)
        }

        guard bodyHeight > 0 else { return }
        let body = Rect(x: content.x, y: content.y + 1, width: content.width, height: bodyHeight)
        if rowCount == 0 {
            if let emptyMessage {
                let line = body.row(body.height / 2)
                buffer.put(emptyMessage.fitted(toWidth: line.width, alignment: .center, ellipsis: g.ellipsis),
                           x: line.x, y: line.y, role: .dim, clip: line)
            }
            return
        }

        let range = scroll.visibleRange(viewHeight: bodyHeight)
        for (k, cells) in source.rows(in: range).prefix(range.count).enumerated() {
            let index = range.lowerBound + k
            let line = body.row(k)
            let isSelected = index == scroll.selection
            buffer.fill(line, role: isSelected ? .tableSelected : .tableRow)
            for (i, column) in columns.enumerated() where widths[i] > 0 {
                let value = i < cells.count ? cells[i] : ""
                let role = isSelected ? .tableSelected : (cellRole?(index, i, value) ?? .tableRow)
                buffer.put(value.fitted(toWidth: widths[i], alignment: column.alignment, ellipsis: g.ellipsis),
                           x: xs[i], y: line.y, role: role, clip: line)
            }
        }

        if showsScrollbar {
            Scrollbar(total: rowCount, offset: scroll.offset, viewHeight: bodyHeight)
                .render(Rect(x: area.maxX - 1, y: body.y, width: 1, height: bodyHeight), into: &buffer)
        }
    }
}
