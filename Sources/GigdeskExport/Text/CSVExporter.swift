import Foundation

/// Renders a document as CSV (RFC 4180): a header row, then one row per line item.
///
/// Amounts are plain decimals with the currency's minor digits ("1234.50"). Text
/// cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
/// `@`, tab or CR) get a leading apostrophe.
public enum CSVExporter {
    /// The column names of the header row.
    public static let columns = [
        "invoice_number", "issue_date", "due_date", "client", "currency", "description",
        "quantity", "unit", "unit_price", "tax_rate", "discount", "net",
    ]

    /// The CSV text of `doc`, records separated by CRLF.
    public static func render(_ doc: InvoiceDocument) -> String {
        var records = [columns.map(field).joined(separator: ",")]
        for line in doc.lines {
            let cells = [
                text(doc.number), doc.issueDate, doc.dueDate, text(doc.buyer.name), doc.currencyCode,
                text(line.description), line.quantity, text(line.unit), doc.machine(line.unitPrice),
                line.taxRate, line.discountPercent ?? "", doc.machine(line.net),
            ]
            records.append(cells.map(field).joined(separator: ","))
        }
        return records.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, quoted when it holds a comma, a quote or a line break.
    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Free text defused against spreadsheet formula injection.
    private static func text(_ value: String) -> String {
        guard let first = value.first, "=+-@\t\r".contains(first) else { return value }
        return "'" + value
    }
}
