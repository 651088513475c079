/// The tax breakdown (left) beside the totals (right), and the payments received.
extension PDFInvoiceLayout {
    mutating func summary() throws {
        let taxWidth = contentWidth * 0.46
        let reasons = doc.taxes.map { tax in
            tax.exemptionReason?.nonBlank.map { wrap($0, width: taxWidth, size: Self.label) } ?? []
        }
        let taxHeight = 25 + Float(doc.taxes.count) * 12.5 + Float(reasons.joined().count) * 9.5
        let totalsHeight = 13 + doc.totalRows.reduce(0) { $0 + Self.totalStep($1.strong) }
        try reserve(max(taxHeight, totalsHeight) + 8)

        let start = y
        if !doc.taxes.isEmpty { taxBreakdown(width: taxWidth, reasons: reasons) }
        let taxBottom = y
        y = start
        totals()
        y = min(y, taxBottom) - 16
    }

    private mutating func taxBreakdown(width: Float, reasons: [[String]]) {
        let rateRight = left + 44
        let taxableRight = left + width * 0.65
        let taxRight = left + width
        sectionLabel("Tax")
        y -= 10
        canvas.text("Rate", x: rateRight, y: y, size: Self.label, gray: Self.labelGray, alignRight: true)
        canvas.text("Taxable", x: taxableRight, y: y, size: Self.label, gray: Self.labelGray, alignRight: true)
        canvas.text("Tax", x: taxRight, y: y, size: Self.label, gray: Self.labelGray, alignRight: true)
        y -= 2.5
        for (tax, reason) in zip(doc.taxes, reasons) {
            y -= 12.5
            canvas.text(PercentText.label(tax.rate), x: rateRight, y: y, size: Self.body, alignRight: true)
            canvas.text(doc.display(tax.taxable), x: taxableRight, y: y, size: Self.body, alignRight: true)
            canvas.text(doc.display(tax.tax), x: taxRight, y: y, size: Self.body, alignRight: true)
            for line in reason {
                y -= 9.5
                canvas.text(line, x: left, y: y, size: Self.label, gray: Self.labelGray)
            }
        }
    }

    private mutating func totals() {
        let labelLeft = right - 210
        sectionLabel("Totals (\(doc.currencyCode))", x: labelLeft)
        for row in doc.totalRows {
            y -= Self.totalStep(row.strong)
            let size: Float = row.strong ? 10 : Self.body
            let face: PDFCanvas.Face = row.strong ? .bold : .regular
            if row.strong { canvas.rule(from: labelLeft, to: right, y: y + 13, gray: 0.2, lineWidth: 0.8) }
            canvas.text(row.label, x: labelLeft, y: y, size: size, face: face)
            canvas.text(doc.display(row.amount), x: right, y: y, size: size, face: face, alignRight: true)
        }
    }

    /// The distance from one totals row to the next; emphasised rows get room for their rule.
    private static func totalStep(_ strong: Bool) -> Float {
        strong ? 18 : 14
    }

    mutating func paymentsReceived() throws {
        guard !doc.payments.isEmpty else { return }
        try reserve(13 + Float(doc.payments.count) * Self.leading)
        let amountRight = left + contentWidth * 0.46
        sectionLabel("Payments received")
        for payment in doc.payments {
            y -= Self.leading
            canvas.text(payment.date, x: left, y: y, size: Self.body)
            canvas.text(payment.method, x: left + 70, y: y, size: Self.body)
            canvas.text(doc.display(payment.amount), x: amountRight, y: y, size: Self.body, alignRight: true)
        }
        y -= 16
    }
}
