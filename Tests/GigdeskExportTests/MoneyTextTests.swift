import XCTest
@testable import GigdeskExport

final class MoneyTextTests: XCTestCase {
    func testDisplayAndMachineForms() {
        let cases: [(minor: Int64, digits: Int, display: String, machine: String)] = [
            (123450, 2, "1,234.50", "1234.50"),
            (5, 2, "0.05", "0.05"),
            (0, 2, "0.00", "0.00"),
            (-123450, 2, "-1,234.50", "-1234.50"),
            (-5, 2, "-0.05", "-0.05"),
            (1235, 0, "1,235", "1235"),
            (1234500, 3, "1,234.500", "1234.500"),
            (100000000, 2, "1,000,000.00", "1000000.00"),
            (99999, 2, "999.99", "999.99"),
            (Int64.min, 2, "-92,233,720,368,547,758.08", "-92233720368547758.08"),
        ]
        for example in cases {
            XCTAssertEqual(MoneyText.display(example.minor, minorDigits: example.digits), example.display)
            XCTAssertEqual(MoneyText.machine(example.minor, minorDigits: example.digits), example.machine)
        }
    }

    func testDecimalTextNormalizes() {
        XCTAssertEqual(DecimalText.normalized("19.00"), "19")
        XCTAssertEqual(DecimalText.normalized("07.50"), "7.5")
        XCTAssertEqual(DecimalText.normalized("-0.0"), "0")
        XCTAssertEqual(DecimalText.normalized(" 1.5 "), "1.5")
        XCTAssertNil(DecimalText.normalized("1,5"))
        XCTAssertNil(DecimalText.normalized("1."))
        XCTAssertNil(DecimalText.normalized(".5"))
        XCTAssertNil(DecimalText.normalized("1e3"))
        XCTAssertEqual(DecimalText.magnitude("-2.50"), "2.5")
    }

    func testDecimalMultiplicationRoundsHalfAwayFromZero() {
        XCTAssertEqual(DecimalText.multiply("12.5", by: 8500), 106250)
        XCTAssertEqual(DecimalText.multiply("0.5", by: 5), 3)
        XCTAssertEqual(DecimalText.multiply("0.5", by: -5), -3)
        XCTAssertEqual(DecimalText.multiply("1.333", by: 100), 133)
        XCTAssertNil(DecimalText.multiply("x", by: 100))
    }
}
