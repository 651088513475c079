import GigdeskCore
import GigdeskStore

/// An invoice as plain text for `invoice show`.
enum InvoiceText {
    static func render(_ invoice: StoredInvoice, today: LocalDate) -> String {
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: invoice.currency).decimalString }
        let status = invoice.isOverdue(today: today) ? "overdue (\(invoice.status.rawValue))" : invoice.status.rawValue
        var out = [
            "\(invoice.kind == .creditNote ? "Credit note" : "Invoice") \(invoice.number)  \(status)",
            "client    \(invoice.client.name)",
            "issued    \(invoice.issueDate.iso)    due \(invoice.dueDate.iso)    currency \(invoice.currency.code)",
        ]
        if let credited = invoice.creditedNumber { out.append("credits   \(credited)") }
        out.append("")
        for (line, net) in zip(invoice.lines, invoice.totals.lineNets) {
            var text = "  \(line.description) — \(line.quantity) \(line.unit) × \(money(line.unitPrice)), \(line.taxRate) %"
            if let discount = line.discountPercent { text += ", −\(discount) %" }
            out.append(text + " = \(money(net))")
        }
        out.append("")
        for tax in invoice.totals.taxes {
            out.append("  tax \(tax.rate) % on \(money(tax.taxable)): \(money(tax.tax))" + (tax.exemptionReason.map { " (\($0))" } ?? ""))
        }
        out += [
            "  net \(money(invoice.totals.netTotal))   tax \(money(invoice.totals.taxTotal))   total \(money(invoice.totals.total))",
            "  paid \(money(invoice.paid))   balance \(money(invoice.balance))",
        ]
        for payment in invoice.payments {
            out.append("  payment \(payment.date.iso) \(money(payment.amount)) \(payment.method) \(payment.reference)")
        }
        return out.joined(separator: "\n")
    }
}
