import TermUI

/// A pane form: its title, the error from the last save (if any), the fields
/// with their messages, and the keys that save or leave it.
struct PaneFormView: Widget {
    var form: PaneForm

    func render(_ area: Rect, into buffer: inout CellBuffer) {
        let rows = Layout.vertical([.length(1), .length(1), .fill(1), .length(1)]).split(area.inset(right: 1, left: 1))
        buffer.put(form.title, x: rows[0].x, y: rows[0].y, role: .title, maxWidth: rows[0].width)
        if let error = form.error {
            buffer.put(error, x: rows[1].x, y: rows[1].y, role: .formError, maxWidth: rows[1].width)
        }
        FormView(state: form.form).render(rows[2], into: &buffer)
        var hint = "tab next field   ctrl+s save   esc cancel"
        if case .newInvoice = form.purpose { hint = "lines: DESCRIPTION|QTY|UNIT_PRICE|TAX_RATE[|DISCOUNT], one per row   " + hint }
        if case .editInvoice = form.purpose { hint = "lines: DESCRIPTION|QTY|UNIT_PRICE|TAX_RATE[|DISCOUNT], one per row   " + hint }
        buffer.put(hint, x: rows[3].x, y: rows[3].y, role: .dim, maxWidth: rows[3].width)
    }
}

/// The clients view: one line per client; `a` adds one.
struct ClientsView: Widget {
    var clients: [String]
    var scroll: ScrollState

    func render(_ area: Rect, into buffer: inout CellBuffer) {
        let rows = Layout.vertical([.length(1), .fill(1)]).split(area)
        buffer.put(" \(clients.count) client\(clients.count == 1 ? "" : "s")   a add   esc back to invoices", x: rows[0].x, y: rows[0].y, role: .dim)
        if clients.isEmpty {
            buffer.put("No clients yet. Press a to add one.", x: rows[1].x + 1, y: rows[1].y + 1, role: .normal)
            return
        }
        ListView(clients.map { ListItem($0) }, state: scroll).render(rows[1], into: &buffer)
    }
}
