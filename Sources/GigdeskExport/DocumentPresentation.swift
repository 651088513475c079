import Foundation

/// Wording and number formats shared by the human-readable exports.
extension InvoiceDocument {
    /// "Invoice" or "Credit note".
    var title: String {
        switch kind {
        case .invoice: "Invoice"
        case .creditNote: "Credit note"
        }
    }

    /// The invoice a credit note corrects, when there is one.
    var creditedNumber: String? {
        guard case .creditNote(let number) = kind else { return nil }
        return number?.nonBlank
    }

    /// The label and value pairs printed under the title: number, dates, credited invoice.
    var headerFacts: [(label: String, value: String)] {
        var facts: [(label: String, value: String)] = [
            ("Number", number), ("Issue date", issueDate), ("Due date", dueDate),
        ]
        if let credited = creditedNumber { facts.append(("Credits invoice", credited)) }
        return facts
    }

    /// The totals block: label, amount, and whether it is emphasised.
    var totalRows: [(label: String, amount: Int64, strong: Bool)] {
        [
            ("Net total", netTotal, false),
            ("Tax", taxTotal, false),
            ("Total", total, true),
            ("Paid", paid, false),
            ("Balance due", balance, true),
        ]
    }

    /// `minor` for people, e.g. "1,234.50".
    func display(_ minor: Int64) -> String {
        MoneyText.display(minor, minorDigits: currencyMinorUnits)
    }

    /// `minor` for machines, e.g. "1234.50".
    func machine(_ minor: Int64) -> String {
        MoneyText.machine(minor, minorDigits: currencyMinorUnits)
    }

    /// The seller's bank details as printed under the payment instructions.
    var bankDetails: [String] {
        var details: [String] = []
        if let iban = seller.iban?.nonBlank { details.append("IBAN: \(iban)") }
        if let bic = seller.bic?.nonBlank { details.append("BIC: \(bic)") }
        return details
    }
}

extension PartyBlock {
    /// The lines printed under the name: address, country, tax id, email.
    var detailLines: [String] {
        var lines = addressLines.compactMap(\.nonBlank)
        if let country = countryCode.nonBlank { lines.append(country) }
        if let taxID = taxID?.nonBlank { lines.append("VAT ID: \(taxID)") }
        if let email = email?.nonBlank { lines.append(email) }
        return lines
    }
}

/// Percent labels for rates and discounts.
enum PercentText {
    /// "19 %" for "19.00"; the text as given when it is not a decimal.
    static func label(_ rate: String) -> String {
        (DecimalText.normalized(rate) ?? rate) + " %"
    }
}

extension String {
    /// The text trimmed of surrounding whitespace, or nil when nothing is left.
    var nonBlank: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The lines of a multi-line text, without surrounding blank lines and
    /// trailing spaces; blank lines inside are kept as paragraph breaks.
    var textLines: [String] {
        guard let text = nonBlank else { return [] }
        // "\r\n" is one Character, so CRLF text splits like LF text.
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { line in String(line.reversed().drop(while: \.isWhitespace).reversed()) }
    }
}
