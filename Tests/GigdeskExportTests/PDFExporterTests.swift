import Foundation
import XCTest
@testable import GigdeskExport

final class PDFExporterTests: XCTestCase {
    func testExtractedTextHasNumberTotalsAccentsAndCJK() throws {
        let text = try extractText(PDFExporter.render(Fixtures.invoice))
        for fragment in [
            "INVOICE", "INV-2026-0001", "2026-12-04", "2027-01-03",
            "Jürgen Müller Design", "Hauptstraße 5", "株式会社 山田", "Übersetzung der Website",
            "日本語", "Discount 10 %", "2,192.50", "277.48", "2,469.98", "500.00", "1,969.98",
            "Reverse charge", "IBAN: DE89 3704 0044 0532 0130 00", "Scan to pay", "Page 1 of 1",
        ] {
            XCTAssertTrue(text.contains(fragment), "missing \(fragment) in\n\(text)")
        }
    }

    func testLongDescriptionsWrapInsideTheirColumn() throws {
        let text = try extractText(PDFExporter.render(Fixtures.invoice))
        let descriptionLines = text.split(separator: "\n").filter {
            $0.contains("Logo design") || $0.contains("revisions") || $0.contains("artwork")
        }
        XCTAssertGreaterThan(descriptionLines.count, 1, text)
    }

    func testQRCodeOnlyForEuroInvoicesWithAnIBANAndABalance() throws {
        var noIBAN = Fixtures.invoice
        noIBAN.seller.iban = nil
        XCTAssertFalse(try extractText(PDFExporter.render(noIBAN)).contains("Scan to pay"))

        var dollars = Fixtures.invoice
        dollars.currencyCode = "USD"
        XCTAssertFalse(try extractText(PDFExporter.render(dollars)).contains("Scan to pay"))

        XCTAssertFalse(try extractText(PDFExporter.render(Fixtures.creditNote)).contains("Scan to pay"))
    }

    func testCreditNoteNamesTheCreditedInvoice() throws {
        let text = try extractText(PDFExporter.render(Fixtures.creditNote))
        for fragment in ["CREDIT NOTE", "CN-2026-0001", "Credits invoice", "INV-2026-0001", "-298.60"] {
            XCTAssertTrue(text.contains(fragment), "missing \(fragment) in\n\(text)")
        }
    }

    func testLetterSizeAndPagination() throws {
        var doc = Fixtures.invoice
        doc.pageSize = .letter
        doc.lines = (1...70).map { index in
            DocumentLine(description: "Support ticket #\(index)", quantity: "1", unit: "hours",
                         unitPrice: 5000, taxRate: "19", net: 5000)
        }
        let url = try write(PDFExporter.render(doc))
        try ExternalTool.require("/usr/bin/pdfinfo", package: "poppler-utils")
        let info = try ExternalTool.run("/usr/bin/pdfinfo", [url.path]).output
        XCTAssertTrue(info.contains("612 x 792 pts (letter)"), info)
        let text = try ExternalTool.run("/usr/bin/pdftotext", ["-layout", url.path, "-"]).output
        XCTAssertTrue(text.contains("Support ticket #70"))
        XCTAssertTrue(text.contains("Page 2 of"), text)
        XCTAssertEqual(text.components(separatedBy: "DESCRIPTION").count - 1,
                       text.components(separatedBy: "Page ").count - 1, "table header repeats on every page")
    }

    func testFallsBackToWenQuanYiMicroHei() throws {
        let wqy = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
        guard FileManager.default.fileExists(atPath: wqy) else {
            throw XCTSkip("\(wqy) is not installed (Debian package fonts-wqy-microhei)")
        }
        var fonts = try PDFFonts.locate()
        fonts.cjk = wqy
        let text = try extractText(PDFExporter.render(Fixtures.invoice, fonts: fonts))
        XCTAssertTrue(text.contains("株式会社 山田"), text)
    }

    func testMissingCJKFontIsAClearError() throws {
        var fonts = try PDFFonts.locate()
        fonts.cjk = nil
        XCTAssertThrowsError(try PDFExporter.render(Fixtures.invoice, fonts: fonts)) { error in
            XCTAssertTrue("\(error)".contains("fonts-droid-fallback"), "\(error)")
            XCTAssertTrue("\(error)".contains("株式会社 山田"), "\(error)")
        }
        XCTAssertNoThrow(try PDFExporter.render(Fixtures.latinInvoice, fonts: fonts))
    }

    func testFileThatIsNotAFontIsRefusedBeforeLibharuSeesIt() throws {
        let folder = try ExternalTool.temporaryDirectory(for: self)
        let bogus = folder.appendingPathComponent("DejaVuSans.ttf")
        try Data("not a font".utf8).write(to: bogus)
        let truncated = folder.appendingPathComponent("Truncated.ttf")
        let real = try Data(contentsOf: URL(fileURLWithPath: PDFFonts.locate().regular))
        try real.prefix(4096).write(to: truncated)

        for path in [bogus.path, truncated.path] {
            let fonts = PDFFonts(regular: path, bold: path, cjk: nil)
            XCTAssertThrowsError(try PDFExporter.render(Fixtures.latinInvoice, fonts: fonts)) { error in
                guard case .unusableFont(let failed, _)? = error as? PDFExportError else {
                    return XCTFail("unexpected \(error)")
                }
                XCTAssertEqual(failed, path)
            }
        }
    }

    func testLibharuErrorsBecomeSwiftErrors() throws {
        let document = try HaruDocument()
        XCTAssertThrowsError(try document.loadFont("/nonexistent/DejaVuSans.ttf")) { error in
            guard case .libharu(let status, _, let during)? = error as? PDFExportError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(status, 0x1017, "HPDF_FILE_OPEN_ERROR")
            XCTAssertEqual(during, "loading the font /nonexistent/DejaVuSans.ttf")
            XCTAssertTrue("\(error)".contains("libharu error 0x1017"))
        }
    }

    func testFontsAreFoundInTheOverrideFolderFirst() throws {
        let fonts = try PDFFonts.locate(environment: ["GIGDESK_FONT_DIR": "/opt/fonts"]) { path in
            path.hasPrefix("/opt/fonts/DejaVu") || path.hasSuffix("wqy-microhei.ttc")
        }
        XCTAssertEqual(fonts.regular, "/opt/fonts/DejaVuSans.ttf")
        XCTAssertEqual(fonts.bold, "/opt/fonts/DejaVuSans-Bold.ttf")
        XCTAssertEqual(fonts.cjk, "/opt/fonts/wqy-microhei.ttc")
    }

    func testMissingFontNamesThePackage() {
        XCTAssertThrowsError(try PDFFonts.locate(environment: [:]) { _ in false }) { error in
            XCTAssertEqual(error as? PDFExportError, .fontMissing(
                file: "DejaVuSans.ttf", searched: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
                package: "fonts-dejavu-core"))
            XCTAssertTrue("\(error)".contains("install the Debian package fonts-dejavu-core"))
        }
    }

    private func write(_ pdf: Data) throws -> URL {
        let url = try ExternalTool.temporaryDirectory(for: self).appendingPathComponent("invoice.pdf")
        try pdf.write(to: url)
        return url
    }

    private func extractText(_ pdf: Data) throws -> String {
        XCTAssertTrue(pdf.starts(with: Data("%PDF-".utf8)))
        try ExternalTool.require("/usr/bin/pdftotext", package: "poppler-utils")
        let result = try ExternalTool.run("/usr/bin/pdftotext", ["-layout", write(pdf).path, "-"])
        XCTAssertEqual(result.status, 0, result.output)
        return result.output
    }
}
