import CHaru

/// Draws on the pages of one PDF: text in UTF-8 split into runs per font,
/// rules and filled squares. Coordinates are PDF points from the bottom left.
final class PDFCanvas {
    /// Regular or bold text.
    enum Face { case regular, bold }

    let document: HaruDocument
    /// Page width and height in points.
    let width: Float
    let height: Float
    /// Every page so far, in order.
    private(set) var pages: [HPDF_Page] = []
    private let regular: HPDF_Font
    private let bold: HPDF_Font
    private let cjk: HPDF_Font?
    /// Each loaded font with its file, for `completeGlyphSubsets`.
    private let loaded: [(font: HPDF_Font, file: TrueTypeFont)]

    /// A canvas on `document` with `fonts`; the CJK font is loaded only when `needsCJK`.
    init(document: HaruDocument, fonts: PDFFonts, pageSize: InvoiceDocument.PageSize, needsCJK: Bool) throws {
        self.document = document
        switch pageSize {
        case .a4: (width, height) = (595.28, 841.89)
        case .letter: (width, height) = (612, 792)
        }
        let paths = [fonts.regular, fonts.bold] + (needsCJK ? [fonts.cjk].compactMap { $0 } : [])
        // Checked before libharu reads them: it crashes on some broken files.
        let files = try paths.map(TrueTypeFont.init(path:))
        let loaded = try files.map { (font: try document.loadFont($0.path), file: $0) }
        self.loaded = loaded
        regular = loaded[0].font
        bold = loaded[1].font
        cjk = loaded.count > 2 ? loaded[2].font : nil
    }

    /// Adds the composite-glyph components libharu leaves out of the embedded
    /// subsets; call once everything is drawn.
    func completeGlyphSubsets() {
        for entry in loaded {
            CompositeGlyphs.complete(entry.font, file: entry.file)
        }
    }

    /// Starts a new page, which becomes the one drawn on.
    func addPage() throws {
        guard let page = HPDF_AddPage(document.handle) else {
            try document.check("adding a page")
            throw PDFExportError.libharu(status: 0, detail: 0, during: "adding a page")
        }
        HPDF_Page_SetWidth(page, width)
        HPDF_Page_SetHeight(page, height)
        pages.append(page)
        try document.check("adding a page")
    }

    /// The width of `text` at `size` points.
    func measure(_ text: String, size: Float, face: Face = .regular) -> Float {
        FontCoverage.runs(text).reduce(0) { total, run in
            total + runWidth(run.text, font: font(for: run, face: face), size: size)
        }
    }

    /// Draws `text` with its baseline at `y`, starting at `x` (or ending there when
    /// `alignRight`), in `gray` (0 black … 1 white), on the current page or `page`.
    func text(_ text: String, x: Float, y: Float, size: Float, face: Face = .regular,
              gray: Float = 0.12, alignRight: Bool = false, page: HPDF_Page? = nil) {
        guard let page = page ?? pages.last, !text.isEmpty else { return }
        var cursor = alignRight ? x - measure(text, size: size, face: face) : x
        HPDF_Page_SetGrayFill(page, gray)
        HPDF_Page_BeginText(page)
        for run in FontCoverage.runs(text) {
            let font = font(for: run, face: face)
            HPDF_Page_SetFontAndSize(page, font, size)
            HPDF_Page_TextOut(page, cursor, y, run.text)
            cursor += runWidth(run.text, font: font, size: size)
        }
        HPDF_Page_EndText(page)
    }

    /// A horizontal rule at `y` from `x1` to `x2`.
    func rule(from x1: Float, to x2: Float, y: Float, gray: Float = 0.8, lineWidth: Float = 0.5) {
        guard let page = pages.last else { return }
        HPDF_Page_SetGrayStroke(page, gray)
        HPDF_Page_SetLineWidth(page, lineWidth)
        HPDF_Page_MoveTo(page, x1, y)
        HPDF_Page_LineTo(page, x2, y)
        HPDF_Page_Stroke(page)
    }

    /// Fills the rectangles (x, y, width, height) in black as one path.
    func fill(_ rectangles: [(x: Float, y: Float, width: Float, height: Float)]) {
        guard let page = pages.last, !rectangles.isEmpty else { return }
        HPDF_Page_SetGrayFill(page, 0)
        for rectangle in rectangles {
            HPDF_Page_Rectangle(page, rectangle.x, rectangle.y, rectangle.width, rectangle.height)
        }
        HPDF_Page_Fill(page)
    }

    private func font(for run: FontCoverage.Run, face: Face) -> HPDF_Font {
        if run.isCJK, let cjk { return cjk }
        return face == .bold ? bold : regular
    }

    private func runWidth(_ text: String, font: HPDF_Font, size: Float) -> Float {
        let utf8 = Array(text.utf8)
        let width = HPDF_Font_TextWidth(font, utf8, HPDF_UINT(utf8.count))
        return Float(width.width) * size / 1000
    }
}
