import GigdeskCore
import XCTest

final class BillingErrorTests: XCTestCase {
    func testMessagesNameTheProblem() {
        let table: [(BillingError, String)] = [
            (.unknownCurrency("EUX"), #"unknown currency "EUX" (use an ISO 4217 code such as EUR, USD, JPY)"#),
            (.tooManyDecimals("1234.567", currency("EUR")), "1234.567 has more decimals than EUR allows (2)"),
            (.overpayment(balance: money(50_000), amount: money(60_000)),
             "payment of 600.00 EUR is more than the balance of 500.00 EUR"),
            (.invalidAmount("12,50"), #""12,50" is not an amount (write it like 1234.50 or -3.10)"#),
            (.amountOutOfRange("1e30"), "1e30 is too large an amount"),
            (.currencyMismatch(expected: currency("EUR"), found: currency("USD")), "amount in USD where EUR is required"),
            (.invalidDate("2026-02-30"), #""2026-02-30" is not a date (write it as YYYY-MM-DD, e.g. 2026-03-31)"#),
            (.invalidTransition(from: .sent, to: .sent), "only a draft can be sent (this invoice is sent)"),
            (.invalidTransition(from: .void, to: .void),
             "the invoice is already void; to correct it further, issue a credit note"),
            (.invalidTransition(from: .paid, to: .draft), "cannot change a paid invoice to draft"),
            (.paymentNotAccepted(.draft),
             "a draft invoice cannot take payments (only sent and partially paid invoices can)"),
            (.nonPositivePayment(money(0, "JPY")), "a payment must be more than zero (got 0 JPY)"),
            (.missingPlaceholderValue("seller"), "no value for placeholder {seller}"),
            (.invalidSchedule("x"), "invalid recurring schedule: x"),
        ]
        for (error, message) in table {
            XCTAssertEqual(error.description, message)
        }
    }
}
