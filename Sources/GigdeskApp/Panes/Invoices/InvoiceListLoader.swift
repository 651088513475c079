import GigdeskCore
import GigdeskStore

/// Fills the Invoices pane state from the store: the row count for the current
/// query and only the rows in view, read through the indexed list queries.
struct InvoiceListLoader {
    let store: Store

    func load(into pane: inout InvoicesPaneState, viewHeight: Int, today: LocalDate) {
        do {
            let query = pane.query(today: today)
            pane.scroll.itemCount = try store.invoiceCount(query)
            pane.scroll.ensureVisible(viewHeight: viewHeight)
            pane.pageOffset = pane.scroll.offset
            pane.page = try store.invoiceRows(query, sort: pane.sort, offset: pane.pageOffset, limit: max(1, viewHeight))
            pane.loadError = nil
            if let number = pane.detail?.invoice.number {
                pane.detail = try loadDetail(number: number, keepingScroll: pane.detail?.scroll ?? 0)
            }
        } catch {
            pane.loadError = "\(error)"
        }
    }

    func loadDetail(number: String, keepingScroll scroll: Int = 0) throws -> InvoiceDetail? {
        guard let invoice = try store.invoice(number: number) else { return nil }
        let history = try store.changes(entity: "invoices", entityID: invoice.id).map { ChangeSummary.line($0, currency: invoice.currency) }
        return InvoiceDetail(invoice: invoice, history: history, scroll: scroll)
    }
}
