/// Renders a document as a UBL 2.1 `Invoice` (or `CreditNote`) carrying the
/// EN 16931 core: parties with addresses and VAT ids, payment means, the tax
/// breakdown by category, monetary totals and the lines.
///
/// Elements follow the UBL 2.1 schema's sequences. A credit note's negative amounts
/// are written positive, as UBL expects, and it references the credited invoice.
public enum UBLExporter {
    /// The EN 16931 specification identifier (BT-24).
    public static let customizationID = "urn:cen.eu:en16931:2017"

    /// What the seller profile lacks for an e-invoice: any of "name", "address",
    /// "country" and "VAT id"; empty when complete.
    public static func missingSellerFields(_ doc: InvoiceDocument) -> [String] {
        var missing: [String] = []
        if doc.seller.name.nonBlank == nil { missing.append("name") }
        if doc.seller.addressLines.allSatisfy({ $0.nonBlank == nil }) { missing.append("address") }
        if !isCountryCode(doc.seller.countryCode) { missing.append("country") }
        if doc.seller.taxID?.nonBlank == nil { missing.append("VAT id") }
        return missing
    }

    /// What the client lacks for an e-invoice: any of "name" and "country".
    public static func missingBuyerFields(_ doc: InvoiceDocument) -> [String] {
        var missing: [String] = []
        if doc.buyer.name.nonBlank == nil { missing.append("name") }
        if !isCountryCode(doc.buyer.countryCode) { missing.append("country") }
        return missing
    }

    /// The UBL XML of `doc`.
    /// - Throws: `UBLExportError` when a party lacks required fields or a date,
    ///   currency, quantity, rate or discount is malformed.
    public static func render(_ doc: InvoiceDocument) throws -> String {
        try validate(doc)
        let isCreditNote = doc.kind != .invoice
        // Credit notes arrive with negative amounts; UBL wants them positive.
        let sign: Int64 = isCreditNote && (doc.total != 0 ? doc.total : doc.netTotal) < 0 ? -1 : 1
        let categories = try taxCategories(doc)
        let lines = try doc.lines.enumerated().map { index, line in
            let category = try categories[line.taxRate]
                ?? category(rate: line.taxRate, reason: nil, field: "tax rate of line \(index + 1)")
            return try UBLLine(line, index: index, sign: sign, category: category)
        }
        let money = UBLMoney(doc: doc, sign: sign)

        var xml = XMLWriter()
        let root = isCreditNote ? "CreditNote" : "Invoice"
        xml.element(root, [
            "xmlns": "urn:oasis:names:specification:ubl:schema:xsd:\(root)-2",
            "xmlns:cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
            "xmlns:cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        ]) { xml in
            xml.leaf("cbc:CustomizationID", customizationID)
            xml.leaf("cbc:ID", doc.number)
            xml.leaf("cbc:IssueDate", doc.issueDate)
            if isCreditNote {
                xml.leaf("cbc:CreditNoteTypeCode", "381")
            } else {
                xml.leaf("cbc:DueDate", doc.dueDate)
                xml.leaf("cbc:InvoiceTypeCode", "380")
            }
            if let notes = doc.notes.nonBlank { xml.leaf("cbc:Note", notes) }
            xml.leaf("cbc:DocumentCurrencyCode", doc.currencyCode)
            if let credited = doc.creditedNumber {
                xml.element("cac:BillingReference") { xml in
                    xml.element("cac:InvoiceDocumentReference") { $0.leaf("cbc:ID", credited) }
                }
            }
            xml.element("cac:AccountingSupplierParty") { $0.party(doc.seller) }
            xml.element("cac:AccountingCustomerParty") { $0.party(doc.buyer) }
            xml.paymentMeans(doc, dueDateInside: isCreditNote)
            if let instructions = doc.paymentInstructions.nonBlank {
                xml.element("cac:PaymentTerms") { $0.leaf("cbc:Note", instructions) }
            }
            xml.taxTotal(doc, categories: categories, money: money)
            xml.monetaryTotal(doc, money: money)
            for line in lines {
                xml.line(line, isCreditNote: isCreditNote, money: money)
            }
        }
        return xml.text
    }

    private static func validate(_ doc: InvoiceDocument) throws {
        let seller = missingSellerFields(doc)
        guard seller.isEmpty else { throw UBLExportError.missingSellerFields(seller) }
        let buyer = missingBuyerFields(doc)
        guard buyer.isEmpty else { throw UBLExportError.missingBuyerFields(buyer) }
        for (field, date) in [("issue date", doc.issueDate), ("due date", doc.dueDate)]
        where date.wholeMatch(of: #/\d{4}-\d{2}-\d{2}/#) == nil {
            throw UBLExportError.invalidValue(field: field, value: date)
        }
        guard doc.currencyCode.wholeMatch(of: #/[A-Z]{3}/#) != nil else {
            throw UBLExportError.invalidValue(field: "currency", value: doc.currencyCode)
        }
    }

    /// The category of each rate of the breakdown, keyed by the rate as written.
    private static func taxCategories(_ doc: InvoiceDocument) throws -> [String: UBLTaxCategory] {
        var categories: [String: UBLTaxCategory] = [:]
        for tax in doc.taxes {
            categories[tax.rate] = try category(rate: tax.rate, reason: tax.exemptionReason, field: "tax rate")
        }
        // Lines may spell a rate differently ("19.0" against "19"); match them by value.
        for line in doc.lines where categories[line.taxRate] == nil {
            let value = DecimalText.normalized(line.taxRate)
            categories[line.taxRate] = categories.values.first { $0.percent == value }
        }
        return categories
    }

    private static func category(rate: String, reason: String?, field: String) throws -> UBLTaxCategory {
        guard let category = UBLTaxCategory(rate: rate, exemptionReason: reason) else {
            throw UBLExportError.invalidValue(field: field, value: rate)
        }
        return category
    }

    private static func isCountryCode(_ code: String) -> Bool {
        code.count == 2 && code.allSatisfy { $0.isASCII && $0.isLetter }
    }
}
