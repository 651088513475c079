/// The rules an invoice or credit note must meet before it is saved.
public enum InvoiceValidator {
    /// Every problem found, in field order; empty when the draft is valid.
    /// Negative unit prices are allowed only when `kind` is `.creditNote`.
    public static func validate(
        lines: [LineItem], currency: Currency, issueDate: LocalDate, dueDate: LocalDate,
        kind: InvoiceKind = .invoice
    ) -> [FieldError] {
        var errors: [FieldError] = []
        if dueDate < issueDate {
            errors.append(FieldError(field: "due_date", message: "due date \(dueDate) is before the issue date \(issueDate)"))
        }
        if lines.isEmpty {
            errors.append(FieldError(field: "lines", message: "add at least one line item"))
        }
        for (index, line) in lines.enumerated() {
            errors += lineErrors(line, field: "lines[\(index)]", currency: currency, kind: kind)
        }
        if errors.isEmpty, InvoiceCalculator.checkedTotals(for: lines, currency: currency) == nil {
            errors.append(FieldError(field: "lines", message: "the amounts are too large to add up"))
        }
        return errors
    }

    private static func lineErrors(_ line: LineItem, field: String, currency: Currency, kind: InvoiceKind) -> [FieldError] {
        var errors: [FieldError] = []
        func fail(_ name: String, _ message: String) {
            errors.append(FieldError(field: "\(field).\(name)", message: message))
        }
        let percent = DecimalNumber(0)...DecimalNumber(100)
        if line.description.allSatisfy(\.isWhitespace) {
            fail("description", "description is required")
        }
        if line.quantity.isNegative {
            fail("quantity", "quantity \(line.quantity) is negative")
        }
        if line.unitPrice < 0, kind == .invoice {
            let price = Money(minorUnits: line.unitPrice, currency: currency)
            fail("unit_price", "unit price \(price) is negative; only credit notes carry negative amounts")
        }
        if !percent.contains(line.taxRate) {
            fail("tax_rate", "tax rate \(line.taxRate) % is not between 0 and 100")
        }
        if line.taxRate.isZero, (line.exemptionReason ?? "").allSatisfy(\.isWhitespace) {
            fail("exemption_reason", "a 0 % tax rate needs an exemption reason, e.g. \"Reverse charge\"")
        }
        if let discount = line.discountPercent, !percent.contains(discount) {
            fail("discount", "discount \(discount) % is not between 0 and 100")
        }
        return errors
    }
}
