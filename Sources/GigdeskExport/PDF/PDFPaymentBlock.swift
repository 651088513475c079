/// The notes, then the payment instructions and bank details beside the EPC QR
/// code labelled "Scan to pay".
extension PDFInvoiceLayout {
    private static let qrSide: Float = 96

    mutating func notes() throws {
        let lines = doc.notes.textLines.flatMap { wrap($0, width: contentWidth) }
        guard !lines.isEmpty else { return }
        try reserve(13 + Self.leading * Float(min(lines.count, 3)))
        sectionLabel("Notes")
        for line in lines {
            try reserve(Self.leading)
            y -= Self.leading
            canvas.text(line, x: left, y: y, size: Self.body)
        }
        y -= 16
    }

    mutating func paymentBlock() throws {
        let qr = try EPCQRCode.payload(for: doc).map(QRMatrix.init(payload:))
        let textWidth = contentWidth - (qr == nil ? 0 : Self.qrSide + 24)
        let lines = (doc.paymentInstructions.textLines + doc.bankDetails).flatMap { wrap($0, width: textWidth) }
        guard !lines.isEmpty || qr != nil else { return }

        let textHeight = 13 + Float(lines.count) * Self.leading
        let height = qr == nil ? textHeight : max(textHeight, Self.qrSide + 20)
        try reserve(height)
        let blockTop = y
        sectionLabel("Payment")
        for line in lines {
            y -= Self.leading
            canvas.text(line, x: left, y: y, size: Self.body)
        }
        if let qr { draw(qr, top: blockTop) }
        y = blockTop - height - 16
    }

    /// The QR code at the right margin from `top` down, with its label below.
    private func draw(_ qr: QRMatrix, top: Float) {
        let module = Self.qrSide / Float(qr.size)
        let originX = right - Self.qrSide
        var squares: [(x: Float, y: Float, width: Float, height: Float)] = []
        for row in 0..<qr.size {
            var column = 0
            while column < qr.size {
                guard qr.isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                // One rectangle per horizontal run of dark modules.
                let start = column
                while column < qr.size && qr.isDark(row: row, column: column) { column += 1 }
                squares.append((originX + Float(start) * module, top - Float(row + 1) * module,
                                Float(column - start) * module, module))
            }
        }
        canvas.fill(squares)
        let label = "Scan to pay"
        let labelWidth = canvas.measure(label, size: Self.label)
        canvas.text(label, x: originX + (Self.qrSide - labelWidth) / 2, y: top - Self.qrSide - 11,
                    size: Self.label, gray: Self.labelGray)
    }
}
