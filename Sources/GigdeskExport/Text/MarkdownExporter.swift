/// Renders a document as GitHub-flavoured Markdown: heading, parties, tables of
/// lines, taxes and totals, payments, notes and payment instructions.
public enum MarkdownExporter {
    /// The Markdown text of `doc`; every value from the document is escaped.
    public static func render(_ doc: InvoiceDocument) -> String {
        var out: [String] = []
        out.append("# \(doc.title) \(MarkdownEscape.inline(doc.number))")
        out.append("")
        for fact in doc.headerFacts.dropFirst() {
            out.append("**\(fact.label):** \(MarkdownEscape.inline(fact.value))  ")
        }
        out.append("")
        out += party("From", doc.seller)
        out += party("Bill to", doc.buyer)
        out += items(doc)
        out += taxes(doc)
        out += totals(doc)
        out += payments(doc)
        out += paragraph("Notes", doc.notes.textLines)
        out += paragraph("Payment", doc.paymentInstructions.textLines + doc.bankDetails)
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    private static func party(_ heading: String, _ party: PartyBlock) -> [String] {
        let lines = ["**\(MarkdownEscape.inline(party.name))**"] + party.detailLines.map(MarkdownEscape.line)
        return ["## \(heading)", ""] + hardBreaks(lines) + [""]
    }

    private static func items(_ doc: InvoiceDocument) -> [String] {
        var out = [
            "## Items",
            "",
            "| Description | Qty | Unit | Unit price | Tax | Discount | Net (\(MarkdownEscape.inline(doc.currencyCode))) |",
            "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
        ]
        for line in doc.lines {
            let cells = [
                MarkdownEscape.inline(line.description),
                MarkdownEscape.inline(line.quantity),
                MarkdownEscape.inline(line.unit),
                doc.display(line.unitPrice),
                MarkdownEscape.inline(PercentText.label(line.taxRate)),
                line.discountPercent?.nonBlank.map { MarkdownEscape.inline(PercentText.label($0)) } ?? "",
                doc.display(line.net),
            ]
            out.append(row(cells))
        }
        return out + [""]
    }

    private static func taxes(_ doc: InvoiceDocument) -> [String] {
        guard !doc.taxes.isEmpty else { return [] }
        var out = ["## Tax", "", "| Rate | Taxable | Tax | Note |", "| ---: | ---: | ---: | --- |"]
        for tax in doc.taxes {
            out.append(row([
                MarkdownEscape.inline(PercentText.label(tax.rate)),
                doc.display(tax.taxable),
                doc.display(tax.tax),
                MarkdownEscape.inline(tax.exemptionReason ?? ""),
            ]))
        }
        return out + [""]
    }

    private static func totals(_ doc: InvoiceDocument) -> [String] {
        var out = ["## Totals", "", "| | \(MarkdownEscape.inline(doc.currencyCode)) |", "| --- | ---: |"]
        for total in doc.totalRows {
            let amount = doc.display(total.amount)
            out.append(total.strong ? row(["**\(total.label)**", "**\(amount)**"]) : row([total.label, amount]))
        }
        return out + [""]
    }

    private static func payments(_ doc: InvoiceDocument) -> [String] {
        guard !doc.payments.isEmpty else { return [] }
        let lines = doc.payments.map { payment in
            "- \(MarkdownEscape.inline(payment.date)) — \(MarkdownEscape.inline(payment.method)): "
                + "\(doc.display(payment.amount)) \(MarkdownEscape.inline(doc.currencyCode))"
        }
        return ["## Payments received", ""] + lines + [""]
    }

    private static func paragraph(_ heading: String, _ lines: [String]) -> [String] {
        guard !lines.isEmpty else { return [] }
        return ["## \(heading)", ""] + hardBreaks(lines.map(MarkdownEscape.line)) + [""]
    }

    /// Ends every line but the last with a hard break, so the block keeps its lines;
    /// a blank line stays a paragraph break.
    private static func hardBreaks(_ lines: [String]) -> [String] {
        lines.enumerated().map { index, line in
            let breaksBefore = index + 1 < lines.count && !line.isEmpty && !lines[index + 1].isEmpty
            return breaksBefore ? line + "  " : line
        }
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
