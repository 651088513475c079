import GigdeskCore

extension Store {
    /// Sends a draft: it becomes `sent` and locked. Throws `BillingError.invalidTransition`
    /// for anything but a draft, or `BillingStoreError.unknownInvoice`.
    @discardableResult
    public func send(number: String) throws -> StoredInvoice {
        try changeStatus(number: number) { try InvoiceLifecycle.send(from: $0) }
    }

    /// Voids a draft, sent or partially paid invoice: its balance becomes 0, its payments stay.
    /// Throws `BillingError.invalidTransition` for paid and void ones (issue a credit note),
    /// or `BillingStoreError.unknownInvoice`.
    @discardableResult
    public func void(number: String) throws -> StoredInvoice {
        try changeStatus(number: number) { try InvoiceLifecycle.void(from: $0) }
    }

    /// Records a payment of `amount` minor units against a sent or partially paid invoice;
    /// the status becomes `partial` or `paid`. Refused with nothing written: more than the
    /// balance (`BillingError.overpayment`), zero or less, a draft, paid or void invoice
    /// (`BillingError`), a credit note or an unknown number (`BillingStoreError`).
    @discardableResult
    public func recordPayment(number: String, amount: Int64, date: LocalDate, method: String = "",
                              reference: String = "") throws -> StoredInvoice {
        try write { tx in
            let invoice = try InvoiceReader.require(number: number, in: tx)
            guard invoice.kind == .invoice else { throw BillingStoreError.creditNoteTakesNoPayments(number) }
            let currency = invoice.currency
            let status = try InvoiceLifecycle.statusAfterPayment(
                total: Money(minorUnits: invoice.totals.total, currency: currency),
                paidBefore: Money(minorUnits: invoice.paid, currency: currency),
                amount: Money(minorUnits: amount, currency: currency), status: invoice.status)
            try tx.insert("payments", values: [
                "invoice_id": .text(invoice.id.rawValue), "amount": .integer(amount), "date": .text(date.iso),
                "method": .text(method), "reference": .text(reference),
            ])
            let paid = invoice.paid + amount
            try tx.update("invoices", id: invoice.id, values: [
                "status": .text(status.rawValue), "paid": .integer(paid),
                "balance": .integer(InvoiceWriter.balance(total: invoice.totals.total, paid: paid, status: status)),
            ])
            return try InvoiceReader.require(number: number, in: tx)
        }
    }

    /// Moves the invoice to the status `transition` allows, updating its balance.
    private func changeStatus(number: String,
                              _ transition: (InvoiceStatus) throws -> InvoiceStatus) throws -> StoredInvoice {
        try write { tx in
            let invoice = try InvoiceReader.require(number: number, in: tx)
            let status = try transition(invoice.status)
            try tx.update("invoices", id: invoice.id, values: [
                "status": .text(status.rawValue),
                "balance": .integer(InvoiceWriter.balance(total: invoice.totals.total, paid: invoice.paid, status: status)),
            ])
            return try InvoiceReader.require(number: number, in: tx)
        }
    }
}
