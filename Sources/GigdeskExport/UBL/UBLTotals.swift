extension XMLWriter {
    /// `cac:TaxTotal`: the tax amount and one `cac:TaxSubtotal` per rate.
    mutating func taxTotal(_ doc: InvoiceDocument, categories: [String: UBLTaxCategory], money: UBLMoney) {
        element("cac:TaxTotal") { xml in
            xml.amount("cbc:TaxAmount", money.sign * doc.taxTotal, money)
            for tax in doc.taxes {
                guard let category = categories[tax.rate] else { continue }
                xml.element("cac:TaxSubtotal") { xml in
                    xml.amount("cbc:TaxableAmount", money.sign * tax.taxable, money)
                    xml.amount("cbc:TaxAmount", money.sign * tax.tax, money)
                    xml.taxCategory("cac:TaxCategory", category, withReason: true)
                }
            }
        }
    }

    /// A tax category element; line items (`withReason: false`) carry no exemption reason.
    mutating func taxCategory(_ name: String, _ category: UBLTaxCategory, withReason: Bool) {
        element(name) { xml in
            xml.leaf("cbc:ID", category.id)
            xml.leaf("cbc:Percent", category.percent)
            if withReason {
                if let code = category.exemptionReasonCode { xml.leaf("cbc:TaxExemptionReasonCode", code) }
                if let reason = category.exemptionReason { xml.leaf("cbc:TaxExemptionReason", reason) }
            }
            xml.element("cac:TaxScheme") { $0.leaf("cbc:ID", "VAT") }
        }
    }

    /// `cac:LegalMonetaryTotal`: line sum, totals without and with tax, prepaid and payable.
    mutating func monetaryTotal(_ doc: InvoiceDocument, money: UBLMoney) {
        element("cac:LegalMonetaryTotal") { xml in
            xml.amount("cbc:LineExtensionAmount", money.sign * doc.netTotal, money)
            xml.amount("cbc:TaxExclusiveAmount", money.sign * doc.netTotal, money)
            xml.amount("cbc:TaxInclusiveAmount", money.sign * doc.total, money)
            xml.amount("cbc:PrepaidAmount", money.sign * doc.paid, money)
            xml.amount("cbc:PayableAmount", money.sign * doc.balance, money)
        }
    }
}
