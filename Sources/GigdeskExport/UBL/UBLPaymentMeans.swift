extension XMLWriter {
    /// `cac:PaymentMeans`: SEPA credit transfer (58) to the seller's IBAN for euro
    /// documents, credit transfer (30) for other currencies, or "not defined" (1)
    /// without an IBAN. The document number is the remittance reference. A credit
    /// note, which has no root `DueDate`, carries its due date here.
    mutating func paymentMeans(_ doc: InvoiceDocument, dueDateInside: Bool) {
        let iban = doc.seller.iban?.filter { !$0.isWhitespace }.uppercased()
        let code = switch (iban?.isEmpty ?? true, doc.currencyCode) {
        case (true, _): "1"
        case (false, "EUR"): "58"
        case (false, _): "30"
        }
        element("cac:PaymentMeans") { xml in
            xml.leaf("cbc:PaymentMeansCode", code)
            if dueDateInside { xml.leaf("cbc:PaymentDueDate", doc.dueDate) }
            xml.leaf("cbc:PaymentID", doc.number)
            if let iban, !iban.isEmpty {
                xml.element("cac:PayeeFinancialAccount") { xml in
                    xml.leaf("cbc:ID", iban)
                    xml.leaf("cbc:Name", doc.seller.name)
                    if let bic = doc.seller.bic?.nonBlank {
                        xml.element("cac:FinancialInstitutionBranch") { $0.leaf("cbc:ID", bic) }
                    }
                }
            }
        }
    }
}
