import GigdeskCore
import GigdeskStore
import TermUI

/// Keys of the Invoices pane: moving through the list, sorting, filtering,
/// opening an invoice, acting on it, and the forms and clients view.
struct InvoicesReducer {
    var pageSize: Int
    var today: LocalDate

    /// The key that saves a form (the terminal's flow control is off while gigdesk runs).
    static let submitKey = Key.ctrl("s")

    func reduce(_ pane: inout InvoicesPaneState, _ action: ShellAction) -> [ShellEffect] {
        if pane.form != nil { return reduceForm(&pane, action) }
        if pane.isEditingText { return reduceText(&pane, action) }
        if pane.clients != nil { return reduceClients(&pane, action) }
        if pane.detail != nil { return reduceDetail(&pane, action) }
        if let effects = reduceCommon(&pane, action) { return effects }
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
        default:
            break
        }
        return []
    }

    /// Actions on the selected (or open) invoice, the same in the list and the detail view.
    private func reduceCommon(_ pane: inout InvoicesPaneState, _ action: ShellAction) -> [ShellEffect]? {
        guard case .invoke(let name) = action, name.hasPrefix("invoices.") else { return nil }
        let selected = pane.detail.map { ($0.invoice.number, $0.invoice.balance, $0.invoice.currency) }
            ?? pane.row(at: pane.scroll.selected).map { ($0.number, $0.balance, $0.currency) }
        switch name {
        case "invoices.new":
            pane.form = .newInvoice(today: today)
            return []
        case "invoices.clients":
            return [.openClients]
        default:
            break
        }
        guard let (number, balance, currency) = selected else { return name == "invoices.status_filter" ? nil : [] }
        switch name {
        case "invoices.copy_reminder": return [.copyReminder(number)]
        case "invoices.send": return [.invoiceCommand(.send, number)]
        case "invoices.void": return [.invoiceCommand(.void, number)]
        case "invoices.credit": return [.invoiceCommand(.credit, number)]
        case "invoices.export": return [.invoiceCommand(.exportPDF, number)]
        case "invoices.edit": return [.editInvoice(number)]
        case "invoices.pay":
            pane.form = .payment(number, balance: Money(minorUnits: balance, currency: currency).decimalString, today: today)
            return []
        default: return nil
        }
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

    private func reduceForm(_ pane: inout InvoicesPaneState, _ action: ShellAction) -> [ShellEffect] {
        guard var form = pane.form else { return [] }
        var discard = false
        defer { pane.form = discard ? nil : form }
        switch action {
        case .text(let key) where key == Self.submitKey:
            form.confirmingDiscard = false
            if form.form.validate() {
                form.error = nil
                return [.submitForm(form)]
            }
            form.error = "fix the fields marked below, then ctrl+s"
        case .text(let key) where key.code == .escape:
            if form.form.isDirty && !form.confirmingDiscard {
                form.confirmingDiscard = true
                form.error = "unsaved changes: esc again discards them, ctrl+s saves"
            } else {
                discard = true
            }
        case .text(let key) where key.code == .enter && !(form.form.fields[form.form.focusedIndex].input.isMultiline):
            form.form.focusNext()
        case .text(let key):
            form.confirmingDiscard = false
            _ = form.form.handle(key)
        case .paste(let text):
            form.form.handle(paste: text)
        default:
            break
        }
        return []
    }

    private func reduceClients(_ pane: inout InvoicesPaneState, _ action: ShellAction) -> [ShellEffect] {
        switch action {
        case .invoke("list.down"), .scroll(up: false): pane.clientScroll.moveDown()
        case .invoke("list.up"), .scroll(up: true): pane.clientScroll.moveUp()
        case .invoke("list.page_down"): pane.clientScroll.pageDown(viewHeight: pageSize)
        case .invoke("list.page_up"): pane.clientScroll.pageUp(viewHeight: pageSize)
        case .invoke("list.top"): pane.clientScroll.top()
        case .invoke("list.bottom"): pane.clientScroll.bottom()
        case .invoke("invoices.add_client"): pane.form = .newClient()
        case .invoke("app.cancel"), .invoke("invoices.clients"): pane.clients = nil
        default: break
        }
        return []
    }

    private func reduceDetail(_ pane: inout InvoicesPaneState, _ action: ShellAction) -> [ShellEffect] {
        if let effects = reduceCommon(&pane, action) { return effects }
        switch action {
        case .invoke("app.cancel"), .invoke("list.open"):
            pane.detail = nil
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
