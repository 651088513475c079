import GigdeskCore

/// Writes invoices and their lines inside a write transaction, keeping the
/// denormalised list columns (totals, balance, client name) in step.
enum InvoiceWriter {
    /// Validates `invoice`, gives it the next number of its series and inserts it with
    /// its lines. Returns the new id and number.
    static func insert(_ invoice: NewInvoice, numbers: NumberAllocator,
                       in transaction: WriteTransaction) throws -> (id: EntityID, number: String) {
        try insert(invoice, totals: try checkedTotals(of: invoice), numbers: numbers, in: transaction)
    }

    /// Like `insert(_:numbers:in:)`, for a caller that already has `checkedTotals(of: invoice)`.
    static func insert(_ invoice: NewInvoice, totals: InvoiceTotals, numbers: NumberAllocator,
                       in transaction: WriteTransaction) throws -> (id: EntityID, number: String) {
        let number = try numbers.next(invoice.kind, issueDate: invoice.issueDate)
        var values = clientValues(invoice.client)
            .merging(totalValues(totals, paid: invoice.paid, status: invoice.status)) { $1 }
        values["number"] = .text(number)
        values["kind"] = .text(invoice.kind.rawValue)
        values["credited_invoice_id"] = invoice.creditedInvoiceID.map { .text($0.rawValue) } ?? .null
        values["status"] = .text(invoice.status.rawValue)
        values["currency"] = .text(invoice.currency.code)
        values["issue_date"] = .text(invoice.issueDate.iso)
        values["due_date"] = .text(invoice.dueDate.iso)
        values["notes"] = .text(invoice.notes)
        values["payment_instructions"] = .text(invoice.paymentInstructions)
        values["paid"] = .integer(invoice.paid)
        let id = try transaction.insert("invoices", values: values)
        for (position, line) in invoice.lines.enumerated() {
            try transaction.insert("invoice_lines", values: lineValues(
                line, net: totals.lineNets[position], position: position, invoiceID: id))
        }
        return (id, number)
    }

    /// Replaces the lines of the invoice `id` with `lines`: lines at the same position
    /// are updated (only changed columns are recorded), extra ones inserted, surplus
    /// ones deleted. Returns the new totals.
    static func replaceLines(of id: EntityID, with lines: [LineItem], currency: Currency,
                             in transaction: WriteTransaction) throws -> InvoiceTotals {
        let totals = InvoiceCalculator.totals(for: lines, currency: currency)
        let existing = try transaction.query(
            "SELECT id FROM invoice_lines WHERE invoice_id = ? ORDER BY position", [.text(id.rawValue)])
            .map { try $0.entityID("id") }
        for (position, line) in lines.enumerated() {
            let values = lineValues(line, net: totals.lineNets[position], position: position, invoiceID: id)
            if position < existing.count {
                try transaction.update("invoice_lines", id: existing[position], values: values)
            } else {
                try transaction.insert("invoice_lines", values: values)
            }
        }
        for surplus in existing.dropFirst(lines.count) {
            try transaction.delete("invoice_lines", id: surplus)
        }
        return totals
    }

    /// Copies the client's new name onto its invoices, which the list sorts and searches by.
    static func renameClient(_ client: Client, in transaction: WriteTransaction) throws {
        let invoices = try transaction.query("SELECT id FROM invoices WHERE client_id = ?", [.text(client.id.rawValue)])
        for row in invoices {
            try transaction.update("invoices", id: try row.entityID("id"), values: clientValues(client))
        }
    }

    /// The totals of `invoice` once `validate` found nothing wrong.
    static func checkedTotals(of invoice: NewInvoice) throws -> InvoiceTotals {
        try validate(invoice.lines, currency: invoice.currency, issueDate: invoice.issueDate,
                     dueDate: invoice.dueDate, kind: invoice.kind)
        return InvoiceCalculator.totals(for: invoice.lines, currency: invoice.currency)
    }

    /// Throws `BillingStoreError.invalidInvoice` with every problem `InvoiceValidator` finds.
    static func validate(_ lines: [LineItem], currency: Currency, issueDate: LocalDate, dueDate: LocalDate,
                         kind: InvoiceKind) throws {
        let errors = InvoiceValidator.validate(
            lines: lines, currency: currency, issueDate: issueDate, dueDate: dueDate, kind: kind)
        guard errors.isEmpty else { throw BillingStoreError.invalidInvoice(errors) }
    }

    /// The invoice columns that follow from the totals, the amount paid and the status.
    static func totalValues(_ totals: InvoiceTotals, paid: Int64, status: InvoiceStatus) -> [String: SQLValue] {
        ["net_total": .integer(totals.netTotal), "tax_total": .integer(totals.taxTotal),
         "total": .integer(totals.total), "balance": .integer(balance(total: totals.total, paid: paid, status: status))]
    }

    /// What is still owed: nothing once void, else the total less what was paid.
    static func balance(total: Int64, paid: Int64, status: InvoiceStatus) -> Int64 {
        status == .void ? 0 : total - paid
    }

    /// The invoice columns that copy the client's identity and name.
    static func clientValues(_ client: Client) -> [String: SQLValue] {
        ["client_id": .text(client.id.rawValue), "client_name": .text(client.name),
         "client_key": .text(NameKey.of(client.name))]
    }

    private static func lineValues(_ line: LineItem, net: Int64, position: Int,
                                   invoiceID: EntityID) -> [String: SQLValue] {
        ["invoice_id": .text(invoiceID.rawValue), "position": .integer(Int64(position)),
         "description": .text(line.description), "quantity": .text(line.quantity.description),
         "unit": .text(line.unit), "unit_price": .integer(line.unitPrice),
         "tax_rate": .text(line.taxRate.description),
         "discount": line.discountPercent.map { .text($0.description) } ?? .null,
         "exemption_reason": line.exemptionReason.map(SQLValue.text) ?? .null, "net": .integer(net)]
    }
}
