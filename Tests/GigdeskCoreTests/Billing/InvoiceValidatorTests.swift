import GigdeskCore
import XCTest

final class InvoiceValidatorTests: XCTestCase {
    private let eur = currency("EUR")
    private let issue = date("2026-03-01")
    private let due = date("2026-03-15")

    private func line(
        _ description: String = "Consulting", quantity: String = "1", price: Int64 = 10_000, rate: String = "19",
        discount: String? = nil, reason: String? = nil
    ) -> LineItem {
        LineItem(description: description, quantity: decimal(quantity), unit: "h", unitPrice: price,
                 taxRate: decimal(rate), discountPercent: discount.map(decimal), exemptionReason: reason)
    }

    private func fields(_ lines: [LineItem], kind: InvoiceKind = .invoice, dueDate: LocalDate? = nil) -> [String] {
        InvoiceValidator.validate(lines: lines, currency: eur, issueDate: issue, dueDate: dueDate ?? due, kind: kind)
            .map(\.field)
    }

    func testAValidDraftHasNoErrors() {
        XCTAssertEqual(fields([line(), line(rate: "0", reason: "Reverse charge"), line(discount: "12.5")]), [])
        XCTAssertEqual(fields([line()], dueDate: issue), [])
    }

    func testEachRuleNamesItsField() {
        let table: [(LineItem, String)] = [
            (line(quantity: "-2"), "lines[1].quantity"),
            (line(""), "lines[1].description"),
            (line("  \n"), "lines[1].description"),
            (line(rate: "0"), "lines[1].exemption_reason"),
            (line(rate: "0", reason: " "), "lines[1].exemption_reason"),
            (line(rate: "-1"), "lines[1].tax_rate"),
            (line(rate: "100.5"), "lines[1].tax_rate"),
            (line(discount: "-5"), "lines[1].discount"),
            (line(discount: "120"), "lines[1].discount"),
            (line(price: -100), "lines[1].unit_price"),
        ]
        for (bad, field) in table {
            XCTAssertEqual(fields([line(), bad]), [field])
        }
    }

    func testMessages() {
        let errors = InvoiceValidator.validate(
            lines: [line(quantity: "-2", price: -1050, rate: "0")], currency: eur, issueDate: issue,
            dueDate: date("2026-02-28"))
        XCTAssertEqual(errors, [
            FieldError(field: "due_date", message: "due date 2026-02-28 is before the issue date 2026-03-01"),
            FieldError(field: "lines[0].quantity", message: "quantity -2 is negative"),
            FieldError(field: "lines[0].unit_price",
                       message: "unit price -10.50 EUR is negative; only credit notes carry negative amounts"),
            FieldError(field: "lines[0].exemption_reason",
                       message: "a 0 % tax rate needs an exemption reason, e.g. \"Reverse charge\""),
        ])
    }

    func testNoLines() {
        XCTAssertEqual(InvoiceValidator.validate(lines: [], currency: eur, issueDate: issue, dueDate: due),
                       [FieldError(field: "lines", message: "add at least one line item")])
    }

    func testCreditNotesMayHaveNegativePrices() {
        XCTAssertEqual(fields([line(price: -10_000)], kind: .creditNote), [])
        XCTAssertEqual(fields([line(quantity: "-1", price: -10_000)], kind: .creditNote), ["lines[0].quantity"])
    }

    func testAmountsTooLargeToAddUpAreReportedNotTrapped() {
        XCTAssertEqual(fields([line(quantity: "2", price: .max)]), ["lines"])
        XCTAssertEqual(fields([line(price: .max / 2 + 1), line(price: .max / 2 + 1)]), ["lines"])
        // The net fits but the 19 % tax on top does not.
        XCTAssertEqual(fields([line(price: .max - 1)]), ["lines"])
    }
}
