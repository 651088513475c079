import GigdeskCore

/// Reads a whole invoice — row, lines, payments, the credited invoice's number —
/// inside a read snapshot or a write transaction.
enum InvoiceReader {
    /// The invoice or credit note numbered `number`, or `nil`.
    static func invoice(number: String, in database: some RowQuerying) throws -> StoredInvoice? {
        let rows = try database.query("""
            SELECT invoice.*, credited.number AS credited_number
            FROM invoices AS invoice LEFT JOIN invoices AS credited ON credited.id = invoice.credited_invoice_id
            WHERE invoice.number = ?
            """, [.text(number)])
        return try rows.first.map { try invoice(from: $0, in: database) }
    }

    /// The invoice numbered `number`; throws `BillingStoreError.unknownInvoice` if there is none.
    static func require(number: String, in database: some RowQuerying) throws -> StoredInvoice {
        guard let invoice = try invoice(number: number, in: database) else {
            throw BillingStoreError.unknownInvoice(number)
        }
        return invoice
    }

    /// The whole invoice whose row is `row`.
    private static func invoice(from row: SQLRow, in database: some RowQuerying) throws -> StoredInvoice {
        let id = try row.entityID("id")
        let currency = try row.currency("currency")
        let lines = try database.query("""
            SELECT description, quantity, unit, unit_price, tax_rate, discount, exemption_reason
            FROM invoice_lines WHERE invoice_id = ? ORDER BY position
            """, [.text(id.rawValue)]).map(line(from:))
        let payments = try database.query("""
            SELECT id, amount, date, method, reference FROM payments WHERE invoice_id = ? ORDER BY date, created_at
            """, [.text(id.rawValue)]).map(payment(from:))
        return StoredInvoice(
            id: id, number: try row.text("number"), kind: try row.raw("kind", as: InvoiceKind.self),
            client: ClientReference(id: try row.entityID("client_id"), name: try row.text("client_name")),
            status: try row.raw("status", as: InvoiceStatus.self), currency: currency,
            issueDate: try row.date("issue_date"), dueDate: try row.date("due_date"), lines: lines,
            totals: InvoiceCalculator.totals(for: lines, currency: currency), paid: try row.integer("paid"),
            balance: try row.integer("balance"), notes: try row.text("notes"),
            paymentInstructions: try row.text("payment_instructions"), payments: payments,
            creditedNumber: try row.optionalText("credited_number"))
    }

    private static func line(from row: SQLRow) throws -> LineItem {
        LineItem(
            description: try row.text("description"), quantity: try row.decimal("quantity"), unit: try row.text("unit"),
            unitPrice: try row.integer("unit_price"), taxRate: try row.decimal("tax_rate"),
            discountPercent: try row.optionalDecimal("discount"),
            exemptionReason: try row.optionalText("exemption_reason"))
    }

    private static func payment(from row: SQLRow) throws -> InvoicePayment {
        InvoicePayment(
            id: try row.entityID("id"), amount: try row.integer("amount"), date: try row.date("date"),
            method: try row.text("method"), reference: try row.text("reference"))
    }
}
