import GigdeskCore
import XCTest

final class ReminderTemplateTests: XCTestCase {
    private let values = [
        "client": "Jörg Müller", "number": "INV-2026-0007", "amount_due": "500.00", "currency": "EUR",
        "due_date": "2026-03-31", "days_overdue": "12", "payment_instructions": "IBAN DE89 3704 0044 0532 0130 00",
        "seller": "Ada Consulting",
    ]

    func testFillsEveryPlaceholder() throws {
        let template = """
            Dear {client},
            invoice {number} over {amount_due} {currency} was due on {due_date}, {days_overdue} days ago.
            {payment_instructions}
            — {seller}
            """
        XCTAssertEqual(try ReminderTemplate.render(template, values: values), """
            Dear Jörg Müller,
            invoice INV-2026-0007 over 500.00 EUR was due on 2026-03-31, 12 days ago.
            IBAN DE89 3704 0044 0532 0130 00
            — Ada Consulting
            """)
    }

    func testDoubledBracesAreLiteral() throws {
        XCTAssertEqual(try ReminderTemplate.render("{{client}} is {client}", values: values), "{client} is Jörg Müller")
        XCTAssertEqual(try ReminderTemplate.render("a {{ b }} c } d", values: [:]), "a { b } c } d")
        XCTAssertEqual(try ReminderTemplate.render("", values: [:]), "")
    }

    func testValuesAreNotExpandedAgain() throws {
        XCTAssertEqual(try ReminderTemplate.render("{client}", values: ["client": "{seller}"]), "{seller}")
    }

    func testUnknownPlaceholder() {
        XCTAssertThrows(.unknownPlaceholder("amount")) { () throws(BillingError) in
            try ReminderTemplate.render("Pay {amount} now", values: values)
        }
        XCTAssertTrue(BillingError.unknownPlaceholder("amount").description.hasPrefix("unknown placeholder {amount}"))
        XCTAssertTrue(BillingError.unknownPlaceholder("amount").description.contains("{amount_due}"))
    }

    func testMissingValueAndUnclosedBrace() {
        XCTAssertThrows(.missingPlaceholderValue("seller")) { () throws(BillingError) in
            try ReminderTemplate.render("{seller}", values: ["client": "x"])
        }
        XCTAssertThrows(.malformedTemplate("\"{\" without a closing \"}\" (write {{ for a literal brace)")) {
            () throws(BillingError) in try ReminderTemplate.render("Dear {client", values: values)
        }
    }

    func testLevels() {
        XCTAssertEqual(ReminderLevel.allCases.map(\.rawValue), ["polite", "firm", "final"])
    }
}
