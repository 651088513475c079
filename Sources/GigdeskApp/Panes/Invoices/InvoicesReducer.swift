import GigdeskStore
import TermUI

/// Keys of the Invoices pane: moving through the list, sorting, filtering by
/// status and text, and opening one invoice.
struct InvoicesReducer {
    var pageSize: Int

    func reduce(_ pane: inout InvoicesPaneState, _ action: ShellAction) -> [ShellEffect] {
        if pane.isEditingText { return reduceText(&pane, action) }
        if pane.detail != nil { return reduceDetail(&pane, action) }
        switch action {
        case .invoke("list.down"), .scroll(up: false), .invoke("list.next_match"): pane.scroll.moveDown()
        case .invoke("list.up"), .scroll(up: true), .invoke("list.previous_match"): pane.scroll.moveUp()
        case .invoke("list.page_down"): pane.scroll.pageDown(viewHeight: pageSize)
        case .invoke("list.page_up"): pane.scroll.pageUp(viewHeight: pageSize)
        case .invoke("list.top"): pane.scroll.top()
        case .invoke("list.bottom"): pane.scroll.bottom()
        case .invoke("list.sort_next_column"):
            let all = InvoiceSort.Column.allCases
            let next = all[(all.firstIndex(of: pane.sort.column)! + 1) % all.count]
            pane.sort = InvoiceSort(column: next, ascending: next == .client || next == .number)
            pane.scroll.top()
        case .invoke("list.sort_reverse"):
            pane.sort.ascending.toggle()
            pane.scroll.top()
        case .invoke("invoices.status_filter"):
            let cycle = InvoicesPaneState.statusCycle
            let index = cycle.firstIndex { $0 == pane.statusFilter } ?? 0
            pane.statusFilter = cycle[(index + 1) % cycle.count]
            pane.scroll.top()
        case .invoke("list.filter"):
            pane.isEditingText = true
        case .invoke("app.cancel") where !pane.text.text.isEmpty || pane.statusFilter != nil:
            pane.text = TextInputState()
            pane.statusFilter = nil
            pane.scroll.top()
        case .invoke("list.open"):
            if let row = pane.row(at: pane.scroll.selected) { return [.openInvoice(row.number)] }
        case .invoke("invoices.copy_reminder"):
            if let row = pane.row(at: pane.scroll.selected) { return [.copyReminder(row.number)] }
        default:
            break
        }
        return []
    }

    private func reduceText(_ pane: inout InvoicesPaneState, _ action: ShellAction) -> [ShellEffect] {
        switch action {
        case .text(let key) where key.code == .enter:
            pane.isEditingText = false
        case .text(let key) where key.code == .escape:
            pane.isEditingText = false
            pane.text = TextInputState()
            pane.scroll.top()
        case .text(let key):
            if pane.text.handle(key) { pane.scroll.top() }
        case .paste(let text):
            pane.text.insert(paste: text)
            pane.scroll.top()
        default:
            break
        }
        return []
    }

    private func reduceDetail(_ pane: inout InvoicesPaneState, _ action: ShellAction) -> [ShellEffect] {
        switch action {
        case .invoke("app.cancel"), .invoke("list.open"):
            pane.detail = nil
        case .invoke("invoices.copy_reminder"):
            if let number = pane.detail?.invoice.number { return [.copyReminder(number)] }
        case .invoke("list.down"), .scroll(up: false):
            pane.detail?.scroll += 1
        case .invoke("list.up"), .scroll(up: true):
            let scroll = pane.detail?.scroll ?? 0
            pane.detail?.scroll = max(0, scroll - 1)
        case .invoke("list.top"):
            pane.detail?.scroll = 0
        default:
            break
        }
        return []
    }
}
