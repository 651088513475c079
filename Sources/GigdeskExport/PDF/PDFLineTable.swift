/// The line-item table: description (wrapped, with the discount under it),
/// quantity, unit, unit price, tax rate and net; the header repeats on every page.
extension PDFInvoiceLayout {
    /// Column edges of the table.
    private struct Columns {
        let descriptionLeft: Float
        let descriptionWidth: Float
        let quantityRight: Float
        let unitLeft: Float
        let unitWidth: Float
        let priceRight: Float
        let taxRight: Float
        let netRight: Float

        init(left: Float, right: Float) {
            let gap: Float = 8
            netRight = right
            taxRight = netRight - 72 - gap
            priceRight = taxRight - 34 - gap
            unitWidth = 46
            unitLeft = priceRight - 66 - gap - unitWidth
            quantityRight = unitLeft - gap
            descriptionLeft = left
            descriptionWidth = quantityRight - 36 - gap - left
        }
    }

    mutating func lineTable() throws {
        let columns = Columns(left: left, right: right)
        tableHeader(columns)
        for line in doc.lines {
            let description = wrap(line.description, width: columns.descriptionWidth)
            let discount = line.discountPercent?.nonBlank.map { "Discount " + PercentText.label($0) }
            let unit = wrap(line.unit, width: columns.unitWidth)
            let rows = max(description.count + (discount == nil ? 0 : 1), unit.count)
            if try reserve(Float(rows) * Self.leading + 8) { tableHeader(columns) }

            let rowTop = y
            y -= Self.leading
            canvas.text(line.quantity, x: columns.quantityRight, y: y, size: Self.body, alignRight: true)
            canvas.text(doc.display(line.unitPrice), x: columns.priceRight, y: y, size: Self.body, alignRight: true)
            canvas.text(PercentText.label(line.taxRate), x: columns.taxRight, y: y, size: Self.body, alignRight: true)
            canvas.text(doc.display(line.net), x: columns.netRight, y: y, size: Self.body, alignRight: true)
            for (index, text) in unit.enumerated() {
                canvas.text(text, x: columns.unitLeft, y: y - Float(index) * Self.leading, size: Self.body)
            }
            for (index, text) in description.enumerated() {
                canvas.text(text, x: columns.descriptionLeft, y: y - Float(index) * Self.leading, size: Self.body)
            }
            if let discount {
                canvas.text(discount, x: columns.descriptionLeft, y: y - Float(description.count) * Self.leading,
                            size: Self.label, gray: Self.labelGray)
            }
            y = rowTop - Float(rows) * Self.leading - 6
            canvas.rule(from: left, to: right, y: y)
        }
        y -= 18
    }

    private mutating func tableHeader(_ columns: Columns) {
        y -= 10
        let size = Self.label
        let gray = Self.labelGray
        canvas.text("DESCRIPTION", x: columns.descriptionLeft, y: y, size: size, face: .bold, gray: gray)
        canvas.text("QTY", x: columns.quantityRight, y: y, size: size, face: .bold, gray: gray, alignRight: true)
        canvas.text("UNIT", x: columns.unitLeft, y: y, size: size, face: .bold, gray: gray)
        canvas.text("UNIT PRICE", x: columns.priceRight, y: y, size: size, face: .bold, gray: gray, alignRight: true)
        canvas.text("TAX", x: columns.taxRight, y: y, size: size, face: .bold, gray: gray, alignRight: true)
        canvas.text("NET (\(doc.currencyCode))", x: columns.netRight, y: y, size: size, face: .bold, gray: gray,
                    alignRight: true)
        y -= 5
        canvas.rule(from: left, to: right, y: y, gray: 0.2, lineWidth: 0.8)
    }
}
