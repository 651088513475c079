import GigdeskCore

extension Store {
    /// Stores a batch of demo invoices in one transaction, numbered like any other and
    /// through the same write path (so the change log holds every row), each inserted
    /// directly in its final state. The lifecycle rules apply: a payment beyond the
    /// balance or a void after full payment fails the whole batch. Returns the numbers.
    @discardableResult
    public func insertDemoInvoices(_ batch: [DemoInvoice]) throws -> [String] {
        try write { tx in
            let seller = try SellerProfileSettings.load(from: tx)
            var clients: [EntityID: Client] = [:]
            return try NumberAllocator.numbering(in: tx) { numbers in
                try batch.map { demo in
                    let client = try clients[demo.clientID] ?? ClientLookup.client(id: demo.clientID, in: tx)
                    guard let client else { throw BillingStoreError.unknownClientID(demo.clientID) }
                    clients[demo.clientID] = client
                    var invoice = NewInvoice(
                        client: client, currency: demo.currency ?? client.currency, issueDate: demo.issueDate,
                        dueDate: demo.dueDate, lines: demo.lines, notes: demo.notes,
                        paymentInstructions: seller?.paymentInstructions ?? "")
                    let totals = try InvoiceWriter.checkedTotals(of: invoice)
                    (invoice.status, invoice.paid) = try Self.outcome(
                        of: demo, total: Money(minorUnits: totals.total, currency: invoice.currency))
                    let created = try InvoiceWriter.insert(invoice, totals: totals, numbers: numbers, in: tx)
                    for payment in demo.payments {
                        try tx.insert("payments", values: [
                            "invoice_id": .text(created.id.rawValue), "amount": .integer(payment.amount),
                            "date": .text(payment.date.iso), "method": .text(payment.method),
                            "reference": .text(payment.reference),
                        ])
                    }
                    return created.number
                }
            }
        }
    }

    /// The final status and amount paid of `demo`, replayed through `InvoiceLifecycle`.
    private static func outcome(of demo: DemoInvoice, total: Money) throws -> (InvoiceStatus, Int64) {
        let currency = total.currency
        var status = InvoiceStatus.draft
        var paid = Money(minorUnits: 0, currency: currency)
        if demo.sent {
            status = try InvoiceLifecycle.send(from: status)
        }
        for payment in demo.payments {
            let amount = Money(minorUnits: payment.amount, currency: currency)
            status = try InvoiceLifecycle.statusAfterPayment(total: total, paidBefore: paid, amount: amount, status: status)
            paid = paid + amount
        }
        if demo.voided {
            status = try InvoiceLifecycle.void(from: status)
        }
        return (status, paid.minorUnits)
    }
}
