import GigdeskCore
import GigdeskStore

/// An invoice as `invoice show --json` prints it; amounts are decimal strings
/// with exactly the currency's minor digits.
struct InvoiceJSON: Encodable {
    struct Line: Encodable {
        var description, quantity, unit, unit_price, tax_rate, net: String
        var discount: String?
    }
    struct Tax: Encodable {
        var rate, taxable, tax: String
        var exemption_reason: String?
    }
    struct Payment: Encodable {
        var date, amount, method, reference: String
    }

    var number, kind, client, status, currency, issue_date, due_date: String
    var overdue: Bool
    var lines: [Line]
    var taxes: [Tax]
    var net_total, tax_total, total, paid, balance: String
    var payments: [Payment]
    var credited_invoice: String?
    var notes: String

    init(_ invoice: StoredInvoice, today: LocalDate) {
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: invoice.currency).decimalString }
        number = invoice.number
        kind = invoice.kind.rawValue
        client = invoice.client.name
        status = invoice.status.rawValue
        overdue = invoice.isOverdue(today: today)
        currency = invoice.currency.code
        issue_date = invoice.issueDate.iso
        due_date = invoice.dueDate.iso
        lines = zip(invoice.lines, invoice.totals.lineNets).map { line, net in
            Line(description: line.description, quantity: line.quantity.description, unit: line.unit,
                 unit_price: money(line.unitPrice), tax_rate: line.taxRate.description, net: money(net),
                 discount: line.discountPercent?.description)
        }
        taxes = invoice.totals.taxes.map {
            Tax(rate: $0.rate.description, taxable: money($0.taxable), tax: money($0.tax), exemption_reason: $0.exemptionReason)
        }
        net_total = money(invoice.totals.netTotal)
        tax_total = money(invoice.totals.taxTotal)
        total = money(invoice.totals.total)
        paid = money(invoice.paid)
        balance = money(invoice.balance)
        payments = invoice.payments.map { Payment(date: $0.date.iso, amount: money($0.amount), method: $0.method, reference: $0.reference) }
        credited_invoice = invoice.creditedNumber
        notes = invoice.notes
    }
}

/// A row of `invoice list --json`.
struct InvoiceRowJSON: Encodable {
    var number, kind, client, issue_date, due_date, currency, total, balance, status: String
    var overdue: Bool

    init(_ row: InvoiceRow) {
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: row.currency).decimalString }
        (number, kind, client) = (row.number, row.kind.rawValue, row.clientName)
        (issue_date, due_date, currency) = (row.issueDate.iso, row.dueDate.iso, row.currency.code)
        (total, balance, status, overdue) = (money(row.total), money(row.balance), row.status.rawValue, row.isOverdue)
    }
}

/// A row of `invoice overdue --json`.
struct OverdueJSON: Encodable {
    var invoice: InvoiceRowJSON
    var days_overdue: Int

    init(_ item: OverdueInvoice) {
        invoice = InvoiceRowJSON(item.row)
        days_overdue = item.daysOverdue
    }
}
