import GigdeskCore
import XCTest

final class MoneyTests: XCTestCase {
    func testParsesAndFormatsWithExactlyTheCurrencysDigits() throws {
        let table: [(text: String, code: String, minor: Int64, formatted: String)] = [
            ("1234.5", "EUR", 123_450, "1234.50"),
            ("1234.50", "EUR", 123_450, "1234.50"),
            ("1234", "EUR", 123_400, "1234.00"),
            ("-3.10", "EUR", -310, "-3.10"),
            ("0.05", "EUR", 5, "0.05"),
            ("-0.05", "EUR", -5, "-0.05"),
            ("0", "EUR", 0, "0.00"),
            ("-0", "EUR", 0, "0.00"),
            ("007.1", "USD", 710, "7.10"),
            ("1235", "JPY", 1235, "1235"),
            ("-1235", "JPY", -1235, "-1235"),
            ("1.25", "KWD", 1250, "1.250"),
            ("0.001", "KWD", 1, "0.001"),
            ("2", "CLF", 20_000, "2.0000"),
            ("92233720368547758.07", "EUR", .max, "92233720368547758.07"),
            ("-92233720368547758.07", "EUR", -.max, "-92233720368547758.07"),
        ]
        for row in table {
            let parsed = try Money.parse(row.text, currency: currency(row.code))
            XCTAssertEqual(parsed.minorUnits, row.minor, row.text)
            XCTAssertEqual(parsed.currency.code, row.code)
            XCTAssertEqual(parsed.decimalString, row.formatted, row.text)
            XCTAssertEqual(try Money.parse(parsed.decimalString, currency: parsed.currency), parsed)
        }
    }

    func testFormatsTheSmallestAmount() {
        XCTAssertEqual(money(.min).decimalString, "-92233720368547758.08")
        XCTAssertEqual(money(-1, "KWD").decimalString, "-0.001")
        XCTAssertEqual(money(123_450).description, "1234.50 EUR")
    }

    func testTooManyDecimals() {
        let table: [(String, String)] = [("1234.567", "EUR"), ("1.5", "JPY"), ("1.0", "JPY"), ("1.2345", "KWD"),
                                         ("0.00001", "CLF"), ("1.230", "EUR")]
        for (text, code) in table {
            XCTAssertThrows(.tooManyDecimals(text, currency(code))) { () throws(BillingError) in
                try Money.parse(text, currency: currency(code))
            }
        }
    }

    func testGarbageIsAnInvalidAmount() {
        for text in ["", "abc", "-", "1.", ".5", "1,50", "1 000", "+5", "1e3", "--1", "1.2.3", " 1", "1 ", "١٢", "½"] {
            XCTAssertThrows(.invalidAmount(text)) { () throws(BillingError) in try Money.parse(text, currency: currency("EUR")) }
        }
    }

    func testOverflowIsCaught() {
        for (text, code) in [("92233720368547758.08", "EUR"), ("9223372036854775808", "JPY"),
                             ("100000000000000000000", "JPY"), ("-92233720368547758.09", "EUR")] {
            XCTAssertThrows(.amountOutOfRange(text)) { () throws(BillingError) in try Money.parse(text, currency: currency(code)) }
        }
    }

    func testArithmeticAndOrder() {
        XCTAssertEqual(money(1050) + money(-50), money(1000))
        XCTAssertEqual(money(1050) - money(2000), money(-950))
        XCTAssertLessThan(money(-1), money(0))
        XCTAssertLessThan(money(99), money(100))
        XCTAssertNotEqual(money(100, "EUR"), money(100, "USD"))
        // Mixed currencies sort by code, then amount, instead of trapping.
        let sorted = [money(5, "USD"), money(7, "EUR"), money(1, "USD"), money(3, "CHF")].sorted()
        XCTAssertEqual(sorted, [money(3, "CHF"), money(7, "EUR"), money(1, "USD"), money(5, "USD")])
    }
}
