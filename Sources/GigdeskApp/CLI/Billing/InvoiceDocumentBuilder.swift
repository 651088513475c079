import GigdeskCore
import GigdeskExport
import GigdeskStore

/// Turns a stored invoice, the seller profile and the client into the
/// self-contained document every exporter renders.
enum InvoiceDocumentBuilder {
    static func build(_ invoice: StoredInvoice, seller: SellerProfile?, client: Client?) -> InvoiceDocument {
        let sellerBlock = PartyBlock(
            name: seller?.name ?? "", addressLines: lines(seller?.address ?? ""), countryCode: seller?.country ?? "",
            taxID: nonEmpty(seller?.taxID), email: nonEmpty(seller?.email), iban: nonEmpty(seller?.iban), bic: nonEmpty(seller?.bic))
        let buyerBlock = PartyBlock(
            name: invoice.client.name, addressLines: lines(client?.address ?? ""), countryCode: client?.country ?? "",
            taxID: nonEmpty(client?.taxID), email: nonEmpty(client?.email))
        let documentLines = zip(invoice.lines, invoice.totals.lineNets).map { line, net in
            DocumentLine(description: line.description, quantity: line.quantity.description, unit: line.unit,
                         unitPrice: line.unitPrice, taxRate: line.taxRate.description,
                         discountPercent: line.discountPercent?.description, net: net)
        }
        let taxes = invoice.totals.taxes.map {
            DocumentTax(rate: $0.rate.description, taxable: $0.taxable, tax: $0.tax, exemptionReason: $0.exemptionReason)
        }
        return InvoiceDocument(
            kind: invoice.kind == .creditNote ? .creditNote(creditedNumber: invoice.creditedNumber) : .invoice,
            number: invoice.number, issueDate: invoice.issueDate.iso, dueDate: invoice.dueDate.iso,
            currencyCode: invoice.currency.code, currencyMinorUnits: invoice.currency.minorUnits,
            seller: sellerBlock, buyer: buyerBlock, lines: documentLines, taxes: taxes,
            netTotal: invoice.totals.netTotal, taxTotal: invoice.totals.taxTotal, total: invoice.totals.total,
            paid: invoice.paid, balance: invoice.balance, notes: invoice.notes,
            paymentInstructions: invoice.paymentInstructions,
            payments: invoice.payments.map { DocumentPayment(date: $0.date.iso, amount: $0.amount, method: $0.method) },
            pageSize: ["US", "CA"].contains(seller?.country ?? "") ? .letter : .a4)
    }

    private static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }
}
