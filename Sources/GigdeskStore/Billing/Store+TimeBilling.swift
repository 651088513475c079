import GigdeskCore

extension Store {
    /// Turns the client's finished, unbilled time entries into a draft invoice (one line
    /// per entry, see `TimeBilling`) and marks them billed on it, in one transaction.
    /// Throws `BillingStoreError.nothingToBill`, `.noHourlyRate`, `.unknownClientID`,
    /// `.archivedClient`, or `.invalidInvoice` (e.g. a 0 % rate without `exemptionReason`).
    public func invoiceUnbilledTime(clientID: EntityID, issueDate: LocalDate, taxRate: DecimalNumber,
                                    exemptionReason: String? = nil) throws -> StoredInvoice {
        try write { tx in
            let client = try ClientLookup.activeClient(id: clientID, in: tx)
            let entries = try TimeEntryReader.entries(
                where: "entry.client_id = ? AND entry.billed_invoice_id IS NULL AND entry.minutes > 0",
                [.text(clientID.rawValue)], in: tx)
            guard !entries.isEmpty else { throw BillingStoreError.nothingToBill(client: client.name) }
            guard let rate = client.hourlyRate else { throw BillingStoreError.noHourlyRate(client: client.name) }
            let lines = entries.map { entry in
                TimeBilling.line(for: entry, hourlyRate: rate, taxRate: taxRate, exemptionReason: exemptionReason)
            }
            let draft = NewInvoice(
                client: client, currency: client.currency, issueDate: issueDate,
                dueDate: issueDate.adding(days: client.paymentTermsDays), lines: lines, notes: "",
                paymentInstructions: try SellerProfileSettings.load(from: tx)?.paymentInstructions ?? "")
            let created = try NumberAllocator.numbering(in: tx) { try InvoiceWriter.insert(draft, numbers: $0, in: tx) }
            for entry in entries {
                try tx.update("time_entries", id: entry.id, values: ["billed_invoice_id": .text(created.id.rawValue)])
            }
            return try InvoiceReader.require(number: created.number, in: tx)
        }
    }
}
