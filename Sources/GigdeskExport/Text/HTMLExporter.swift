/// Renders a document as one self-contained HTML page: inline CSS, no scripts,
/// no external resources, with print styles and an `@page` rule for the paper size.
public enum HTMLExporter {
    /// The HTML text of `doc`; every value from the document is escaped.
    public static func render(_ doc: InvoiceDocument) -> String {
        let title = "\(doc.title) \(doc.number)"
        var body: [String] = []
        body.append("<header>")
        body.append(party(doc.seller))
        body.append("<div>\n<h1>\(HTMLEscape.text(doc.title))</h1>\n\(facts(doc))\n</div>")
        body.append("</header>")
        body.append("<section>\n<h2>Bill to</h2>\n\(party(doc.buyer))\n</section>")
        body.append(items(doc))
        body.append("<div class=\"summary\">\n\(taxes(doc))\n\(totals(doc))\n</div>")
        body.append(payments(doc))
        body.append(textSection("Notes", doc.notes.textLines))
        body.append(textSection("Payment", doc.paymentInstructions.textLines + doc.bankDetails))

        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscape.text(title))</title>
        <style>
        \(HTMLStyle.css(pageSize: doc.pageSize))
        </style>
        </head>
        <body>
        \(body.filter { !$0.isEmpty }.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    private static func party(_ party: PartyBlock) -> String {
        let details = party.detailLines.isEmpty ? "" : "<br>\n" + HTMLEscape.lines(party.detailLines)
        return "<p class=\"party\"><strong>\(HTMLEscape.text(party.name))</strong>\(details)</p>"
    }

    private static func facts(_ doc: InvoiceDocument) -> String {
        let rows = doc.headerFacts.map { fact in
            "<tr><th>\(HTMLEscape.text(fact.label))</th><td>\(HTMLEscape.text(fact.value))</td></tr>"
        }
        return "<table class=\"facts\">\n" + rows.joined(separator: "\n") + "\n</table>"
    }

    private static func items(_ doc: InvoiceDocument) -> String {
        let currency = HTMLEscape.text(doc.currencyCode)
        var out = [
            "<table class=\"lines\">",
            "<thead><tr><th>Description</th><th class=\"num\">Qty</th><th>Unit</th>"
                + "<th class=\"num\">Unit price</th><th class=\"num\">Tax</th>"
                + "<th class=\"num\">Discount</th><th class=\"num\">Net (\(currency))</th></tr></thead>",
            "<tbody>",
        ]
        for line in doc.lines {
            let discount = line.discountPercent?.nonBlank.map(PercentText.label) ?? ""
            out.append("<tr><td>\(HTMLEscape.text(line.description))</td>"
                + "<td class=\"num\">\(HTMLEscape.text(line.quantity))</td>"
                + "<td>\(HTMLEscape.text(line.unit))</td>"
                + "<td class=\"num\">\(doc.display(line.unitPrice))</td>"
                + "<td class=\"num\">\(HTMLEscape.text(PercentText.label(line.taxRate)))</td>"
                + "<td class=\"num\">\(HTMLEscape.text(discount))</td>"
                + "<td class=\"num\">\(doc.display(line.net))</td></tr>")
        }
        out += ["</tbody>", "</table>"]
        return out.joined(separator: "\n")
    }

    private static func taxes(_ doc: InvoiceDocument) -> String {
        guard !doc.taxes.isEmpty else { return "<section></section>" }
        var out = [
            "<section>",
            "<h2>Tax</h2>",
            "<table class=\"taxes\">",
            "<thead><tr><th class=\"num\">Rate</th><th class=\"num\">Taxable</th><th class=\"num\">Tax</th></tr></thead>",
            "<tbody>",
        ]
        for tax in doc.taxes {
            out.append("<tr><td class=\"num\">\(HTMLEscape.text(PercentText.label(tax.rate)))</td>"
                + "<td class=\"num\">\(doc.display(tax.taxable))</td>"
                + "<td class=\"num\">\(doc.display(tax.tax))</td></tr>")
            if let reason = tax.exemptionReason?.nonBlank {
                out.append("<tr><td colspan=\"3\" class=\"note\">\(HTMLEscape.text(reason))</td></tr>")
            }
        }
        out += ["</tbody>", "</table>", "</section>"]
        return out.joined(separator: "\n")
    }

    private static func totals(_ doc: InvoiceDocument) -> String {
        var out = ["<section>", "<h2>Totals (\(HTMLEscape.text(doc.currencyCode)))</h2>", "<table class=\"totals\">"]
        for total in doc.totalRows {
            let rowClass = total.strong ? " class=\"strong\"" : ""
            out.append("<tr\(rowClass)><td>\(total.label)</td><td class=\"num\">\(doc.display(total.amount))</td></tr>")
        }
        out += ["</table>", "</section>"]
        return out.joined(separator: "\n")
    }

    private static func payments(_ doc: InvoiceDocument) -> String {
        guard !doc.payments.isEmpty else { return "" }
        let rows = doc.payments.map { payment in
            "<tr><td>\(HTMLEscape.text(payment.date))</td><td>\(HTMLEscape.text(payment.method))</td>"
                + "<td class=\"num\">\(doc.display(payment.amount))</td></tr>"
        }
        return (["<section>", "<h2>Payments received</h2>", "<table class=\"payments\">"] + rows
            + ["</table>", "</section>"]).joined(separator: "\n")
    }

    private static func textSection(_ heading: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return "<section>\n<h2>\(heading)</h2>\n<p>\(HTMLEscape.lines(lines))</p>\n</section>"
    }
}
