import GigdeskCore

extension Store {
    /// Issues a draft credit note against a sent, partially paid or paid invoice and returns it.
    ///
    /// `lines` are what to credit, written as on the invoice (positive prices); `nil`
    /// credits the whole invoice. The credit note carries them with negated prices, so its
    /// amounts are negative; it is numbered in its own series (`CN-{yyyy}-{seq:4}`), dated
    /// and due on `date`, and refers to the invoice. The credit notes of an invoice that are
    /// not void never credit more than its total (`BillingStoreError.creditExceedsInvoice`).
    public func createCreditNote(for number: String, lines: [LineItem]? = nil, date: LocalDate,
                                 notes: String = "") throws -> StoredInvoice {
        try write { tx in
            let original = try InvoiceReader.require(number: number, in: tx)
            try Self.checkCreditable(original)
            let credited = lines ?? original.lines
            try InvoiceWriter.validate(credited, currency: original.currency, issueDate: date, dueDate: date,
                                       kind: .invoice)
            let requested = InvoiceCalculator.totals(for: credited, currency: original.currency).total
            guard requested > 0 else {
                throw BillingStoreError.invalidInvoice(
                    [FieldError(field: "lines", message: "a credit note must credit more than zero")])
            }
            let creditedBefore = try tx.query("""
                SELECT coalesce(sum(total), 0) AS credited FROM invoices
                WHERE credited_invoice_id = ? AND status <> 'void'
                """, [.text(original.id.rawValue)]).first?.integer("credited") ?? 0
            let remaining = original.totals.total + creditedBefore
            guard requested <= remaining else {
                throw BillingStoreError.creditExceedsInvoice(
                    number: number, remaining: Money(minorUnits: remaining, currency: original.currency),
                    requested: Money(minorUnits: requested, currency: original.currency))
            }
            guard let client = try ClientLookup.client(id: original.client.id, in: tx) else {
                throw BillingStoreError.unknownClientID(original.client.id)
            }
            let note = NewInvoice(
                kind: .creditNote, client: client, currency: original.currency, issueDate: date, dueDate: date,
                lines: credited.map { line in
                    var negated = line
                    negated.unitPrice = -line.unitPrice
                    return negated
                },
                notes: notes, paymentInstructions: original.paymentInstructions, creditedInvoiceID: original.id)
            let created = try NumberAllocator.numbering(in: tx) { try InvoiceWriter.insert(note, numbers: $0, in: tx) }
            return try InvoiceReader.require(number: created.number, in: tx)
        }
    }

    private static func checkCreditable(_ invoice: StoredInvoice) throws {
        let reason: String? = switch (invoice.kind, invoice.status) {
        case (.creditNote, _): "it is itself a credit note"
        case (_, .draft): "it is still a draft; edit it instead"
        case (_, .void): "it is void"
        default: nil
        }
        if let reason {
            throw BillingStoreError.notCreditable(number: invoice.number, reason: reason)
        }
    }
}
