import GigdeskCore
import GigdeskStore
import TermUI

/// The Invoices pane: a filter line, the invoice table (virtual: only the loaded
/// page is drawn), or the detail view of one invoice.
struct InvoicesPaneView: PaneView {
    static let columns: [(TableColumn, InvoiceSort.Column)] = [
        (TableColumn("Number", width: .fixed(14)), .number),
        (TableColumn("Client", width: .fill(1), minWidth: 8), .client),
        (TableColumn("Issued", width: .fixed(10)), .issueDate),
        (TableColumn("Due", width: .fixed(10)), .dueDate),
        (TableColumn("Total", width: .fixed(12), alignment: .right), .total),
        (TableColumn("Balance", width: .fixed(10), alignment: .right), .balance),
        (TableColumn("Status", width: .fixed(7)), .status),
    ]

    /// Rows of the table body for a pane of `height` rows (filter line and header take two).
    static func tableHeight(paneHeight: Int) -> Int { max(1, paneHeight - 2) }

    func render(_ area: Rect, into buffer: inout CellBuffer, state: ShellState) {
        let pane = state.invoices
        if let form = pane.form {
            PaneFormView(form: form).render(area, into: &buffer)
            return
        }
        if let clients = pane.clients {
            ClientsView(clients: clients, scroll: pane.clientScroll).render(area, into: &buffer)
            return
        }
        if let detail = pane.detail {
            InvoiceDetailView(detail: detail, today: LocalDate.today(now: state.now)).render(area, into: &buffer)
            return
        }
        let rows = Layout.vertical([.length(1), .fill(1)]).split(area)
        renderFilterLine(pane, rows[0], &buffer)
        if let error = pane.loadError {
            buffer.put("could not read invoices: \(error)", x: rows[1].x + 1, y: rows[1].y, role: .statusError, maxWidth: rows[1].width - 2)
            return
        }
        let source = PagedRows(count: pane.scroll.itemCount, offset: pane.pageOffset, rows: pane.page.map(Self.cells))
        var tableState = TableState(rowCount: pane.scroll.itemCount, selected: pane.scroll.selected,
                                    sortColumn: Self.columns.firstIndex { $0.1 == pane.sort.column },
                                    sortAscending: pane.sort.ascending)
        tableState.offset = pane.scroll.offset
        let empty = pane.text.text.isEmpty && pane.statusFilter == nil
            ? "No invoices yet. Create one with: gigdesk invoice new"
            : "No invoice matches the filter (esc clears it)"
        Table(columns: Self.columns.map(\.0), source: source, state: tableState, emptyMessage: empty) { row, column, _ in
            guard column == 6, let invoice = pane.row(at: row) else { return nil }
            return invoice.isOverdue ? "invoice.status.overdue" : StyleRole("invoice.status.\(invoice.status.rawValue)")
        }.render(rows[1], into: &buffer)
    }

    private func renderFilterLine(_ pane: InvoicesPaneState, _ area: Rect, _ buffer: inout CellBuffer) {
        var x = area.x + 1
        let count = pane.scroll.itemCount
        x += buffer.put("\(count) invoice\(count == 1 ? "" : "s")", x: x, y: area.y, role: .emphasis)
        x += buffer.put("   status ", x: x, y: area.y, role: .dim)
        x += buffer.put(pane.statusFilterName, x: x, y: area.y, role: .accent)
        x += buffer.put("   sorted by ", x: x, y: area.y, role: .dim)
        let sortName = Self.columns.first { $0.1 == pane.sort.column }?.0.title.lowercased() ?? ""
        let arrow = pane.sort.ascending ? buffer.glyphs.sortAscending : buffer.glyphs.sortDescending
        x += buffer.put(sortName + " " + arrow, x: x, y: area.y, role: .accent)
        if pane.isEditingText || !pane.text.text.isEmpty {
            x += buffer.put("   /", x: x, y: area.y, role: .keyHint)
            TextInput(state: pane.text, placeholder: "number or client, from:YYYY-MM-DD to:YYYY-MM-DD", isFocused: pane.isEditingText)
                .render(Rect(x: x, y: area.y, width: max(0, area.maxX - x), height: 1), into: &buffer)
        }
    }

    static func cells(_ row: InvoiceRow) -> [String] {
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: row.currency).decimalString }
        return [row.number, row.clientName, row.issueDate.iso, row.dueDate.iso,
                money(row.total) + " " + row.currency.code, money(row.balance),
                row.isOverdue ? "overdue" : row.status.rawValue]
    }
}

/// A table data source over the one page that was loaded from the store.
struct PagedRows: TableDataSource {
    var count: Int
    var offset: Int
    var rows: [[String]]

    var rowCount: Int { count }

    func rows(in range: Range<Int>) -> [[String]] {
        range.map { index in
            let i = index - offset
            return rows.indices.contains(i) ? rows[i] : []
        }
    }
}
