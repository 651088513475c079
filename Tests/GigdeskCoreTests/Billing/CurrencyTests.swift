import Foundation
import GigdeskCore
import XCTest

final class CurrencyTests: XCTestCase {
    func testMinorUnitsFromTheISOTable() {
        let table: [(String, Int)] = [
            ("EUR", 2), ("USD", 2), ("GBP", 2), ("JPY", 0), ("KRW", 0), ("CHF", 2), ("KWD", 3),
            ("BHD", 3), ("TND", 3), ("CLF", 4), ("UYW", 4), ("ISK", 0), ("VND", 0), ("XOF", 0), ("OMR", 3),
        ]
        for (code, digits) in table {
            XCTAssertEqual(Currency(code: code)?.code, code)
            XCTAssertEqual(Currency(code: code)?.minorUnits, digits, code)
        }
    }

    func testInputIsCaseInsensitiveAndStoredUppercase() {
        XCTAssertEqual(Currency(code: "eur"), Currency(code: "EUR"))
        XCTAssertEqual(Currency(code: "jPy")?.code, "JPY")
    }

    func testUnknownAndWithdrawnCodesAreRejected() throws {
        for code in ["EUX", "", "EU", "EURO", "DEM", "HRK", "XAU", "XXX", " EUR", "€"] {
            XCTAssertNil(Currency(code: code), code)
        }
        XCTAssertThrows(.unknownCurrency("EUX")) { () throws(BillingError) in try Currency.parse("EUX") }
        XCTAssertEqual(try Currency.parse("usd").code, "USD")
    }

    func testEveryCodeIsThreeUppercaseLettersKnownToICU() {
        let known = Set(Locale.Currency.isoCurrencies.map(\.identifier))
        XCTAssertGreaterThan(Currency.allCodes.count, 150)
        XCTAssertEqual(Currency.allCodes, Currency.allCodes.sorted())
        for code in Currency.allCodes {
            XCTAssertTrue(code.utf8.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }, code)
            XCTAssertTrue(known.contains(code), "\(code) is not an ISO 4217 code known to ICU")
        }
    }

    func testCodableAsTheCodeAlone() throws {
        let data = try JSONEncoder().encode(currency("KWD"))
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "\"KWD\"")
        XCTAssertEqual(try JSONDecoder().decode(Currency.self, from: data), currency("KWD"))
        XCTAssertThrowsError(try JSONDecoder().decode(Currency.self, from: Data("\"EUX\"".utf8)))
    }
}
