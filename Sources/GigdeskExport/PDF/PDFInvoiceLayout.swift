/// Lays a document out on a canvas from top to bottom: seller and title block,
/// client, line table, tax breakdown and totals, payments, notes, payment
/// instructions with the QR code, and a footer on every page.
struct PDFInvoiceLayout {
    let doc: InvoiceDocument
    let canvas: PDFCanvas
    let left: Float = 48
    let right: Float
    let top: Float
    let bottom: Float = 64
    /// The top of the free space on the current page.
    var y: Float

    /// Body text size and line height, in points.
    static let body: Float = 9
    static let leading: Float = 11.5
    /// Section label size.
    static let label: Float = 7.5
    static let labelGray: Float = 0.45

    init(doc: InvoiceDocument, canvas: PDFCanvas) {
        self.doc = doc
        self.canvas = canvas
        right = canvas.width - 48
        top = canvas.height - 48
        y = top
    }

    /// The width between the margins.
    var contentWidth: Float { right - left }

    /// Draws the whole document.
    mutating func render() throws {
        try canvas.addPage()
        header()
        billTo()
        try lineTable()
        try summary()
        try paymentsReceived()
        try notes()
        try paymentBlock()
        footers()
    }

    /// Makes sure `height` points are free below `y`, starting a new page if not;
    /// true when a page was started.
    @discardableResult
    mutating func reserve(_ height: Float) throws -> Bool {
        guard y - height < bottom else { return false }
        try canvas.addPage()
        y = top
        return true
    }

    /// A section label such as "BILL TO" at `x`, moving `y` below it.
    mutating func sectionLabel(_ text: String, x: Float? = nil) {
        y -= 10
        canvas.text(text.uppercased(), x: x ?? left, y: y, size: Self.label, face: .bold, gray: Self.labelGray)
        y -= 3
    }

    /// `text` wrapped to `width` at body size.
    func wrap(_ text: String, width: Float, size: Float = body, face: PDFCanvas.Face = .regular) -> [String] {
        TextWrap.lines(text, width: width) { canvas.measure($0, size: size, face: face) }
    }

    private mutating func header() {
        let columnWidth = contentWidth * 0.55
        var leftY = y
        for line in wrap(doc.seller.name, width: columnWidth, size: 13, face: .bold) {
            leftY -= 15
            canvas.text(line, x: left, y: leftY, size: 13, face: .bold)
        }
        leftY -= 3
        for line in doc.seller.detailLines.flatMap({ wrap($0, width: columnWidth) }) {
            leftY -= Self.leading
            canvas.text(line, x: left, y: leftY, size: Self.body, gray: 0.3)
        }

        var rightY = y - 20
        canvas.text(doc.title.uppercased(), x: right, y: rightY, size: 20, face: .bold, alignRight: true)
        rightY -= 8
        for fact in doc.headerFacts {
            rightY -= 12.5
            canvas.text(fact.label, x: right - 190, y: rightY, size: Self.body, gray: Self.labelGray)
            canvas.text(fact.value, x: right, y: rightY, size: Self.body,
                        face: fact.label == "Number" ? .bold : .regular, alignRight: true)
        }
        y = min(leftY, rightY) - 26
    }

    private mutating func billTo() {
        let width = contentWidth * 0.6
        sectionLabel(doc.kind == .invoice ? "Bill to" : "Credit to")
        for line in wrap(doc.buyer.name, width: width, size: 11, face: .bold) {
            y -= 14
            canvas.text(line, x: left, y: y, size: 11, face: .bold)
        }
        for line in doc.buyer.detailLines.flatMap({ wrap($0, width: width) }) {
            y -= Self.leading
            canvas.text(line, x: left, y: y, size: Self.body, gray: 0.3)
        }
        y -= 24
    }

    private func footers() {
        let title = "\(doc.title) \(doc.number)"
        for (index, page) in canvas.pages.enumerated() {
            canvas.text(title, x: left, y: 32, size: 7.5, gray: 0.5, page: page)
            canvas.text("Page \(index + 1) of \(canvas.pages.count)", x: right, y: 32, size: 7.5, gray: 0.5,
                        alignRight: true, page: page)
        }
    }
}
