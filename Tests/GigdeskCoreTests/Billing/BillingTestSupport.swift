import GigdeskCore
import XCTest

/// Asserts that `body` throws exactly `expected`.
func XCTAssertThrows<T>(
    _ expected: BillingError, file: StaticString = #filePath, line: UInt = #line,
    _ body: () throws(BillingError) -> T
) {
    do {
        let value = try body()
        XCTFail("expected \(expected), got \(value)", file: file, line: line)
    } catch {
        XCTAssertEqual(error, expected, file: file, line: line)
    }
}

/// A currency the tests know exists.
func currency(_ code: String) -> Currency {
    guard let currency = Currency(code: code) else { preconditionFailure("no currency \(code)") }
    return currency
}

/// A decimal the tests know parses.
func decimal(_ text: String) -> DecimalNumber {
    guard let value = DecimalNumber(parsing: text) else { preconditionFailure("not a decimal: \(text)") }
    return value
}

/// A date the tests know exists.
func date(_ iso: String) -> LocalDate {
    guard let value = LocalDate(iso: iso) else { preconditionFailure("not a date: \(iso)") }
    return value
}

func money(_ minorUnits: Int64, _ code: String = "EUR") -> Money {
    Money(minorUnits: minorUnits, currency: currency(code))
}
