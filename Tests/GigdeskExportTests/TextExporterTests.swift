import XCTest
@testable import GigdeskExport

final class TextExporterTests: XCTestCase {
    func testMarkdownHasEverySection() {
        let markdown = MarkdownExporter.render(Fixtures.invoice)
        XCTAssertTrue(markdown.hasPrefix("# Invoice INV-2026-0001\n"))
        for fragment in [
            "**Due date:** 2027-01-03",
            "**Jürgen Müller Design**",
            "**株式会社 山田**",
            "| Übersetzung der Website (Deutsch → 日本語) | 2 | days | 600.00 | 7 % | 10 % | 1,080.00 |",
            "| 0 % | 50.00 | 0.00 | Reverse charge: VAT to be accounted for by the recipient |",
            "| **Total** | **2,469.98** |",
            "| **Balance due** | **1,969.98** |",
            "- 2026-12-10 — bank transfer: 500.00 EUR",
            "## Notes\n\nThank you for your business!  \nQuestions?",
            "IBAN: DE89 3704 0044 0532 0130 00  \nBIC: COBADEFFXXX",
        ] {
            XCTAssertTrue(markdown.contains(fragment), "missing \(fragment) in\n\(markdown)")
        }
    }

    func testMarkdownEscapesMarkup() {
        XCTAssertEqual(MarkdownEscape.inline("a|b *c* [d](e) <x>\nnext"), "a\\|b \\*c\\* \\[d\\](e) \\<x\\> next")
        XCTAssertEqual(MarkdownEscape.line("# not a heading"), "\\# not a heading")
        XCTAssertEqual(MarkdownEscape.line("1. not a list"), "\\1. not a list")
        XCTAssertEqual(MarkdownEscape.line("2026 was good"), "2026 was good")
    }

    func testHTMLIsSelfContainedAndPrintable() {
        let html = HTMLExporter.render(Fixtures.invoice)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("src="))
        XCTAssertFalse(html.contains("url("))
        for fragment in ["株式会社 山田", "Jürgen Müller Design", "2,469.98", "1,969.98", "INV-2026-0001",
                         "Reverse charge: VAT to be accounted for by the recipient"] {
            XCTAssertTrue(html.contains(fragment), "missing \(fragment)")
        }

        var letter = Fixtures.invoice
        letter.pageSize = .letter
        XCTAssertTrue(HTMLExporter.render(letter).contains("@page { size: letter;"))
    }

    func testHTMLEscapesEveryValue() {
        var doc = Fixtures.invoice
        doc.lines[0].description = "<script>alert('x')</script> & more"
        doc.buyer.name = "\"Quoted\" <b>Client</b>"
        doc.notes = "<img src=x onerror=alert(1)>"
        let html = HTMLExporter.render(doc)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<b>Client"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"))
        XCTAssertTrue(html.contains("&quot;Quoted&quot; &lt;b&gt;Client&lt;/b&gt;"))
    }

    func testCSVHasOneRowPerLineItem() {
        let csv = CSVExporter.render(Fixtures.invoice)
        let records = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(records.count, 5, "header, three lines, and the empty tail after the last CRLF")
        XCTAssertEqual(records[0], "invoice_number,issue_date,due_date,client,currency,description,"
            + "quantity,unit,unit_price,tax_rate,discount,net")
        XCTAssertEqual(records[1], "INV-2026-0001,2026-12-04,2027-01-03,株式会社 山田,EUR,"
            + "\"Logo design for the café rebrand, including three rounds of revisions and final artwork in all formats\","
            + "12.5,hours,85.00,19,,1062.50")
        XCTAssertEqual(records[2], "INV-2026-0001,2026-12-04,2027-01-03,株式会社 山田,EUR,"
            + "Übersetzung der Website (Deutsch → 日本語),2,days,600.00,7,10,1080.00")
        XCTAssertEqual(records[4], "")
    }

    func testCSVQuotingFollowsRFC4180() {
        XCTAssertEqual(CSVExporter.field("plain"), "plain")
        XCTAssertEqual(CSVExporter.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVExporter.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVExporter.field("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(CSVExporter.field("crlf\r\nend"), "\"crlf\r\nend\"")
    }

    func testCSVDefusesFormulas() {
        var doc = Fixtures.invoice
        doc.lines[0].description = "=HYPERLINK(\"http://evil\",\"x\")"
        doc.buyer.name = "@SUM(A1)"
        let record = CSVExporter.render(doc).components(separatedBy: "\r\n")[1]
        XCTAssertTrue(record.contains(",'@SUM(A1),"))
        XCTAssertTrue(record.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\","))
    }
}
