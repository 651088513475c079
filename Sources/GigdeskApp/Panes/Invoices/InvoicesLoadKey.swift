import GigdeskCore
import GigdeskStore

/// Everything the loaded invoice page depends on; when it is unchanged, the page is too.
struct InvoicesLoadKey: Equatable {
    var query: InvoiceQuery
    var sort: InvoiceSort
    var offset: Int
    var detail: String?
    var generation: Int
    var height: Int
    var today: LocalDate

    init(pane: InvoicesPaneState, generation: Int, height: Int, today: LocalDate) {
        query = pane.query(today: today)
        sort = pane.sort
        offset = pane.scroll.offset
        detail = pane.detail?.invoice.number
        self.generation = generation
        self.height = height
        self.today = today
    }
}
