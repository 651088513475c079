import Foundation

/// Renders a document as a PDF with libharu: A4 or Letter, UTF-8 text in DejaVu
/// Sans with a CJK fallback font per run of text, the line table wrapped to its
/// columns, and an EPC payment QR code when the seller has an IBAN and the
/// document is in euros.
public enum PDFExporter {
    /// The PDF of `doc`, with fonts found by `PDFFonts.locate()`.
    public static func render(_ doc: InvoiceDocument) throws -> Data {
        try render(doc, fonts: PDFFonts.locate())
    }

    /// The PDF of `doc` drawn with `fonts`.
    /// - Throws: `PDFExportError` for a missing font or a libharu failure.
    public static func render(_ doc: InvoiceDocument, fonts: PDFFonts) throws -> Data {
        let cjkSample = doc.printedText.first(where: FontCoverage.containsCJK)
        if let cjkSample, fonts.cjk == nil {
            throw PDFExportError.cjkFontMissing(sample: cjkSample, searched: fonts.cjkSearched)
        }
        let document = try HaruDocument()
        let canvas = try PDFCanvas(document: document, fonts: fonts, pageSize: doc.pageSize,
                                   needsCJK: cjkSample != nil)
        var layout = PDFInvoiceLayout(doc: doc, canvas: canvas)
        try layout.render()
        canvas.completeGlyphSubsets()
        try document.check("drawing the pages")
        return try document.save()
    }
}

extension InvoiceDocument {
    /// Every text of the document the PDF prints, to know up front which fonts it needs.
    var printedText: [String] {
        let parties = [seller, buyer].flatMap { [$0.name] + $0.detailLines }
        let items = lines.flatMap { [$0.description, $0.unit] }
        let reasons = taxes.compactMap(\.exemptionReason)
        return [number, notes, paymentInstructions] + parties + items + reasons + payments.map(\.method)
            + headerFacts.map(\.value) + bankDetails
    }
}
