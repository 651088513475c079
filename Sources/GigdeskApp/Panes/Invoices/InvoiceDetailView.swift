import GigdeskCore
import GigdeskStore
import TermUI

/// One invoice in full: header, lines, tax breakdown, totals, payments and history.
struct InvoiceDetailView: Widget {
    var detail: InvoiceDetail
    var today: LocalDate

    func render(_ area: Rect, into buffer: inout CellBuffer) {
        let lines = Self.lines(detail.invoice, history: detail.history, today: today)
        let start = min(detail.scroll, max(0, lines.count - area.height))
        for (i, line) in lines.dropFirst(start).prefix(area.height).enumerated() {
            buffer.put(line.0, x: area.x + 1, y: area.y + i, role: line.1, maxWidth: area.width - 2)
        }
    }

    static func lines(_ invoice: StoredInvoice, history: [String], today: LocalDate) -> [(String, StyleRole)] {
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: invoice.currency).decimalString }
        let overdue = invoice.isOverdue(today: today)
        let status = overdue ? "overdue" : invoice.status.rawValue
        var out: [(String, StyleRole)] = [
            ("\(invoice.kind == .creditNote ? "Credit note" : "Invoice") \(invoice.number)", .title),
            ("\(invoice.client.name)   issued \(invoice.issueDate.iso)   due \(invoice.dueDate.iso)   \(invoice.currency.code)", .normal),
            ("status: \(status)", StyleRole("invoice.status.\(overdue ? "overdue" : invoice.status.rawValue)")),
            ("", .normal),
            ("Lines", .emphasis),
        ]
        for (line, net) in zip(invoice.lines, invoice.totals.lineNets) {
            var text = "  \(line.description): \(line.quantity) \(line.unit) × \(money(line.unitPrice)), tax \(line.taxRate) %"
            if let discount = line.discountPercent { text += ", discount \(discount) %" }
            out.append((text + "  =  \(money(net))", .normal))
        }
        out.append(("", .normal))
        out.append(("Taxes", .emphasis))
        for tax in invoice.totals.taxes {
            out.append(("  \(tax.rate) % on \(money(tax.taxable)): \(money(tax.tax))" + (tax.exemptionReason.map { "  (\($0))" } ?? ""), .normal))
        }
        out += [
            ("", .normal),
            ("Net \(money(invoice.totals.netTotal))   Tax \(money(invoice.totals.taxTotal))   Total \(money(invoice.totals.total))", .emphasis),
            ("Paid \(money(invoice.paid))   Balance \(money(invoice.balance))", overdue ? "invoice.status.overdue" : .normal),
        ]
        if !invoice.payments.isEmpty {
            out.append(("", .normal))
            out.append(("Payments", .emphasis))
            out += invoice.payments.map { ("  \($0.date.iso)  \(money($0.amount))  \($0.method)  \($0.reference)", .normal) }
        }
        out.append(("", .normal))
        out.append(("History", .emphasis))
        out += history.map { ("  " + $0, StyleRole.dim) }
        out.append(("", .normal))
        out.append(("esc back to the list", .dim))
        return out
    }
}
