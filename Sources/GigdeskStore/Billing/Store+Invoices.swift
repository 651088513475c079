import GigdeskCore

extension Store {
    /// Creates a draft invoice for the client and returns it, numbered.
    ///
    /// The number is the next of the invoice series for the issue year, taken in the
    /// same transaction as the insert, with the seller profile's pattern (the default
    /// `INV-{yyyy}-{seq:4}` without a profile). The due date is the issue date plus
    /// `paymentTermsDays`, by default the client's terms; the currency defaults to the
    /// client's; the payment instructions come from the seller profile.
    ///
    /// Throws `BillingStoreError.unknownClientID`, `.archivedClient`, or `.invalidInvoice`
    /// with every problem `InvoiceValidator` finds; nothing is written then.
    public func createDraft(clientID: EntityID, issueDate: LocalDate, currency: Currency? = nil,
                            lines: [LineItem], notes: String = "", paymentTermsDays: Int? = nil) throws -> StoredInvoice {
        try write { tx in
            let client = try ClientLookup.activeClient(id: clientID, in: tx)
            let seller = try SellerProfileSettings.load(from: tx)
            let draft = NewInvoice(
                client: client, currency: currency ?? client.currency, issueDate: issueDate,
                dueDate: issueDate.adding(days: paymentTermsDays ?? client.paymentTermsDays), lines: lines,
                notes: notes, paymentInstructions: seller?.paymentInstructions ?? "")
            let created = try NumberAllocator.numbering(in: tx) {
                try InvoiceWriter.insert(draft, numbers: $0, in: tx)
            }
            return try InvoiceReader.require(number: created.number, in: tx)
        }
    }

    /// The invoice or credit note numbered `number`, or `nil`.
    public func invoice(number: String) throws -> StoredInvoice? {
        try readSnapshot { try InvoiceReader.invoice(number: number, in: $0) }
    }

    /// Changes a draft; arguments left `nil` keep their value. A new issue date without
    /// a new due date keeps the payment terms (the days between the two). The number stays.
    ///
    /// Throws `BillingStoreError.invoiceLocked` unless the invoice is a draft,
    /// `.unknownInvoice`, `.unknownClientID`, `.archivedClient` or `.invalidInvoice`.
    public func updateDraft(number: String, clientID: EntityID? = nil, issueDate: LocalDate? = nil,
                            dueDate: LocalDate? = nil, currency: Currency? = nil, lines: [LineItem]? = nil,
                            notes: String? = nil, paymentInstructions: String? = nil) throws -> StoredInvoice {
        try write { tx in
            let invoice = try InvoiceReader.require(number: number, in: tx)
            guard InvoiceLifecycle.canEdit(invoice.status) else {
                throw BillingStoreError.invoiceLocked(number: number, status: invoice.status)
            }
            let newIssueDate = issueDate ?? invoice.issueDate
            let newDueDate = dueDate ?? newIssueDate.adding(days: invoice.issueDate.days(until: invoice.dueDate))
            let newCurrency = currency ?? invoice.currency
            let newLines = lines ?? invoice.lines
            try InvoiceWriter.validate(newLines, currency: newCurrency, issueDate: newIssueDate, dueDate: newDueDate,
                                       kind: invoice.kind)
            let totals = try InvoiceWriter.replaceLines(of: invoice.id, with: newLines, currency: newCurrency, in: tx)
            var values = InvoiceWriter.totalValues(totals, paid: invoice.paid, status: invoice.status)
            if let clientID {
                values.merge(InvoiceWriter.clientValues(try ClientLookup.activeClient(id: clientID, in: tx))) { $1 }
            }
            values["issue_date"] = .text(newIssueDate.iso)
            values["due_date"] = .text(newDueDate.iso)
            values["currency"] = .text(newCurrency.code)
            values["notes"] = .text(notes ?? invoice.notes)
            values["payment_instructions"] = .text(paymentInstructions ?? invoice.paymentInstructions)
            try tx.update("invoices", id: invoice.id, values: values)
            return try InvoiceReader.require(number: number, in: tx)
        }
    }
}
