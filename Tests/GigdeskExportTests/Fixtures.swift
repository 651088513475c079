import GigdeskExport

/// Documents shared by the exporter tests.
enum Fixtures {
    static let seller = PartyBlock(
        name: "Jürgen Müller Design",
        addressLines: ["Hauptstraße 5", "10115 Berlin"],
        countryCode: "DE",
        taxID: "DE123456789",
        email: "jurgen@example.de",
        iban: "DE89 3704 0044 0532 0130 00",
        bic: "COBADEFFXXX"
    )

    static let buyer = PartyBlock(
        name: "株式会社 山田",
        addressLines: ["Marunouchi 1-1-1", "Chiyoda-ku", "100-0005 Tokyo"],
        countryCode: "JP",
        taxID: "T1234567890123"
    )

    /// Two tax rates (19 %, 7 %), a 10 % discount, accents, a CJK client and a
    /// 0 % reverse-charge line; EUR, partly paid.
    static let invoice = InvoiceDocument(
        kind: .invoice,
        number: "INV-2026-0001",
        issueDate: "2026-12-04",
        dueDate: "2027-01-03",
        currencyCode: "EUR",
        currencyMinorUnits: 2,
        seller: seller,
        buyer: buyer,
        lines: [
            DocumentLine(description: "Logo design for the café rebrand, including three rounds of revisions "
                             + "and final artwork in all formats",
                         quantity: "12.5", unit: "hours", unitPrice: 8500, taxRate: "19", net: 106250),
            DocumentLine(description: "Übersetzung der Website (Deutsch → 日本語)",
                         quantity: "2", unit: "days", unitPrice: 60000, taxRate: "7",
                         discountPercent: "10", net: 108000),
            DocumentLine(description: "Hosting, December", quantity: "1", unit: "months",
                         unitPrice: 5000, taxRate: "0", net: 5000),
        ],
        taxes: [
            DocumentTax(rate: "19", taxable: 106250, tax: 20188),
            DocumentTax(rate: "7", taxable: 108000, tax: 7560),
            DocumentTax(rate: "0", taxable: 5000, tax: 0,
                        exemptionReason: "Reverse charge: VAT to be accounted for by the recipient"),
        ],
        netTotal: 219250,
        taxTotal: 27748,
        total: 246998,
        paid: 50000,
        balance: 196998,
        notes: "Thank you for your business!\nQuestions? Write to jurgen@example.de.",
        paymentInstructions: "Please transfer the balance within 30 days, quoting the invoice number.",
        payments: [DocumentPayment(date: "2026-12-10", amount: 50000, method: "bank transfer")]
    )

    /// `invoice` without CJK text, for PDFs drawn without a CJK font.
    static let latinInvoice: InvoiceDocument = {
        var doc = invoice
        doc.buyer.name = "Café Zoë SARL"
        doc.lines[1].description = "Übersetzung der Website"
        return doc
    }()

    /// A credit note against `invoice`, with the negative amounts of the billing domain.
    static let creditNote: InvoiceDocument = {
        var doc = invoice
        doc.kind = .creditNote(creditedNumber: "INV-2026-0001")
        doc.number = "CN-2026-0001"
        doc.lines = [
            DocumentLine(description: "Logo design, revision round not delivered", quantity: "-2",
                         unit: "hours", unitPrice: 8500, taxRate: "19", net: -17000),
            DocumentLine(description: "Übersetzung: Nachlass", quantity: "1", unit: "items",
                         unitPrice: -10000, taxRate: "7", discountPercent: "10", net: -9000),
        ]
        doc.taxes = [
            DocumentTax(rate: "19", taxable: -17000, tax: -3230),
            DocumentTax(rate: "7", taxable: -9000, tax: -630),
        ]
        doc.netTotal = -26000
        doc.taxTotal = -3860
        doc.total = -29860
        doc.paid = 0
        doc.balance = -29860
        doc.payments = []
        return doc
    }()
}
