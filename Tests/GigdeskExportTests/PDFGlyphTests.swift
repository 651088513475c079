import Foundation
import XCTest
@testable import GigdeskExport

/// Checks what the PDF shows, not only what it says: CJK ideographs built from
/// composite glyphs must be drawn whole.
final class PDFGlyphTests: XCTestCase {
    func testCompositeIdeographsAreEmbeddedWhole() throws {
        try ExternalTool.require("/usr/bin/pdftoppm", package: "poppler-utils")
        let fonts = try PDFFonts.locate()
        guard let cjk = fonts.cjk else { throw XCTSkip("no CJK font installed (fonts-droid-fallback)") }
        // 株 and 社 are composites of glyphs numbered above 32767 in Droid Sans
        // Fallback; libharu 2.3.0 alone embeds them blank or halved.
        for text in ["株", "社"] {
            let document = try HaruDocument()
            let canvas = try PDFCanvas(document: document, fonts: fonts, pageSize: .a4, needsCJK: true)
            try canvas.addPage()
            canvas.text(text, x: 100, y: 500, size: 300)
            canvas.completeGlyphSubsets()
            let ink = try darkPixels(in: document.save())
            XCTAssertGreaterThan(ink, 400, "\(text) drawn with \(cjk) is (partly) blank: \(ink) dark pixels")
        }
    }

    func testTrueTypeFontReadsCompositeComponents() throws {
        let fonts = try PDFFonts.locate()
        guard let path = fonts.cjk, path.hasSuffix("DroidSansFallbackFull.ttf") else {
            throw XCTSkip("Droid Sans Fallback is not installed (fonts-droid-fallback)")
        }
        let font = try TrueTypeFont(path: path)
        // In this font 株 (glyph 13762) is built from glyphs 33790 and 33870.
        XCTAssertEqual(font.components(ofGlyph: 13762), [33790, 33870])
        XCTAssertEqual(font.components(ofGlyph: 33790), [])
    }

    /// The number of pixels darker than mid-grey on the first page at 20 dpi.
    private func darkPixels(in pdf: Data) throws -> Int {
        let folder = try ExternalTool.temporaryDirectory(for: self)
        let input = folder.appendingPathComponent("glyph.pdf")
        try pdf.write(to: input)
        let output = folder.appendingPathComponent("glyph")
        let result = try ExternalTool.run("/usr/bin/pdftoppm",
                                          ["-gray", "-r", "20", "-singlefile", input.path, output.path])
        XCTAssertEqual(result.status, 0, result.output)
        let pgm = try Data(contentsOf: output.appendingPathExtension("pgm"))
        // A binary PGM: "P5", width, height and maximum value, then one byte per pixel.
        let header = pgm.prefix(64).split(whereSeparator: { $0 == 0x0A || $0 == 0x20 }).prefix(4)
        let fields = header.map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]) else {
            XCTFail("not a PGM: \(fields)")
            return 0
        }
        return pgm.suffix(width * height).filter { $0 < 128 }.count
    }
}
