import GigdeskCore
import XCTest

final class IBANAndCountryTests: XCTestCase {
    func testValidIBANs() {
        for iban in ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606",
                     "NL91ABNA0417164300", "CH9300762011623852957", "de89370400440532013000", "NO9386011117947"] {
            XCTAssertTrue(IBAN.isValid(iban), iban)
        }
    }

    func testInvalidIBANs() {
        for iban in ["DE89 3704 0044 0532 0130 01", "DE98 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 33",
                     "DE89", "", "DEAB370400440532013000", "89DE370400440532013000", "DE89-3704-0044-0532-0130-00",
                     "DE89 3704 0044 0532 0130 00 0000 0000 0000 00", "NO938601111794"] {
            XCTAssertFalse(IBAN.isValid(iban), iban)
        }
    }

    func testNormalized() {
        XCTAssertEqual(IBAN.normalized("de89 3704 0044 0532 0130 00"), "DE89370400440532013000")
    }

    func testCountryCodes() {
        for code in ["DE", "US", "JP", "GB", "FR", "CH", "AX", "SS"] {
            XCTAssertTrue(CountryCode.isValid(code), code)
        }
        for code in ["de", "XX", "UK", "EU", "XK", "DEU", "D", "", "Dé"] {
            XCTAssertFalse(CountryCode.isValid(code), code)
        }
    }

    func testAllTwoHundredFortyNineAssignedCodes() {
        let letters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }
        let valid = letters.flatMap { first in letters.map { first + $0 } }.filter(CountryCode.isValid)
        XCTAssertEqual(valid.count, 249)
    }
}
