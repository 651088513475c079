import Foundation
import GigdeskCore
import XCTest

final class DecimalNumberTests: XCTestCase {
    func testParsesAndNormalises() throws {
        let table: [(text: String, mantissa: Int64, scale: Int, description: String)] = [
            ("1.5", 15, 1, "1.5"),
            ("1.50", 15, 1, "1.5"),
            ("0.25", 25, 2, "0.25"),
            ("19", 19, 0, "19"),
            ("19.000", 19, 0, "19"),
            ("-2", -2, 0, "-2"),
            ("-0.5", -5, 1, "-0.5"),
            ("0.333", 333, 3, "0.333"),
            ("0", 0, 0, "0"),
            ("-0", 0, 0, "0"),
            ("0.000000001", 1, 9, "0.000000001"),
            ("1.0000000000000", 1, 0, "1"),
            ("100", 100, 0, "100"),
            ("9223372036854775807", .max, 0, "9223372036854775807"),
        ]
        for row in table {
            let value = try XCTUnwrap(DecimalNumber(parsing: row.text), row.text)
            XCTAssertEqual(value.mantissa, row.mantissa, row.text)
            XCTAssertEqual(value.scale, row.scale, row.text)
            XCTAssertEqual(value.description, row.description, row.text)
        }
    }

    func testRejects() {
        for text in ["", "abc", "1.", ".5", "1,5", "+1", "1e2", "0.0000000001", "9223372036854775808", "1 ", "--2"] {
            XCTAssertNil(DecimalNumber(parsing: text), text)
        }
    }

    func testEqualValuesAreEqualAndHashEqual() {
        XCTAssertEqual(DecimalNumber(mantissa: 1500, scale: 3), decimal("1.5"))
        XCTAssertEqual(DecimalNumber(19), decimal("19.00"))
        XCTAssertEqual(Set([decimal("1.5"), decimal("1.50"), DecimalNumber(mantissa: 15, scale: 1)]).count, 1)
        XCTAssertNotEqual(decimal("1.5"), decimal("15"))
    }

    func testOrder() {
        let ascending = ["-2", "-0.5", "0", "0.000000001", "0.25", "0.333", "1.5", "7", "19", "100"].map(decimal)
        XCTAssertEqual(ascending.shuffled().sorted(), ascending)
        // Comparing across scales must not overflow Int64.
        XCTAssertLessThan(DecimalNumber(mantissa: .max, scale: 9), DecimalNumber(mantissa: .max, scale: 0))
        XCTAssertLessThan(DecimalNumber(mantissa: .min + 1, scale: 0), DecimalNumber(mantissa: .min + 1, scale: 9))
        XCTAssertGreaterThan(decimal("0.5"), decimal("0.499999999"))
    }

    func testSignHelpers() {
        XCTAssertTrue(decimal("-0.1").isNegative)
        XCTAssertFalse(decimal("0").isNegative)
        XCTAssertTrue(decimal("0.000").isZero)
        XCTAssertFalse(decimal("0.001").isZero)
    }

    func testCodableAsAString() throws {
        let data = try JSONEncoder().encode([decimal("1.50"), DecimalNumber(19)])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["1.5","19"]"#)
        XCTAssertEqual(try JSONDecoder().decode([DecimalNumber].self, from: data), [decimal("1.5"), DecimalNumber(19)])
        XCTAssertThrowsError(try JSONDecoder().decode(DecimalNumber.self, from: Data(#""1,5""#.utf8)))
    }
}
