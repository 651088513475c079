import GigdeskCore
import XCTest

final class NumberPatternTests: XCTestCase {
    func testFormats() throws {
        // (pattern, year, month, sequence) → number
        let table: [(String, Int, Int, Int, String)] = [
            (NumberPattern.defaultInvoice, 2026, 3, 1, "INV-2026-0001"),
            (NumberPattern.defaultInvoice, 2026, 12, 42, "INV-2026-0042"),
            (NumberPattern.defaultInvoice, 2027, 1, 12_345, "INV-2027-12345"),
            (NumberPattern.defaultCreditNote, 2026, 3, 7, "CN-2026-0007"),
            ("{yy}{mm}-{seq:3}", 2026, 3, 5, "2603-005"),
            ("{yy}/{seq}", 2005, 1, 9, "05/9"),
            ("R{seq:1}", 2026, 1, 10, "R10"),
            ("{seq}", 2026, 1, 3, "3"),
            ("A}{seq}", 2026, 1, 1, "A}1"),
            ("Rechnung Nr. {yyyy}.{mm}.{seq:2} ✓", 2026, 11, 3, "Rechnung Nr. 2026.11.03 ✓"),
        ]
        for (pattern, year, month, sequence, expected) in table {
            let parsed = try NumberPattern(pattern)
            XCTAssertEqual(parsed.pattern, pattern)
            XCTAssertEqual(parsed.format(year: year, month: month, sequence: sequence), expected, pattern)
        }
    }

    func testNeedsExactlyOneSequence() {
        for (pattern, count) in [("INV-{yyyy}", 0), ("{seq}-{seq:4}", 2), ("", 0)] {
            XCTAssertThrows(.invalidNumberPattern(
                pattern: pattern, reason: "must contain exactly one {seq} or {seq:N} (it has \(count))")
            ) { () throws(BillingError) in try NumberPattern(pattern) }
        }
    }

    func testUnknownTokensAreNamed() {
        for (pattern, token) in [("{dd}-{seq}", "dd"), ("{seq:x}", "seq:x"), ("{seq:0}", "seq:0"), ("{seq:+4}", "seq:+4"),
                                 ("{YYYY}{seq}", "YYYY"), ("{}{seq}", ""), ("{seq:4 }", "seq:4 ")] {
            XCTAssertThrows(.unknownPatternToken(token)) { () throws(BillingError) in try NumberPattern(pattern) }
        }
        XCTAssertEqual(BillingError.unknownPatternToken("dd").description,
                       "unknown token {dd} in number pattern (use {yyyy}, {yy}, {mm}, {seq} or {seq:N})")
    }

    func testUnclosedBrace() {
        XCTAssertThrows(.invalidNumberPattern(pattern: "INV-{seq", reason: "has a \"{\" without a closing \"}\"")) {
            () throws(BillingError) in try NumberPattern("INV-{seq")
        }
    }
}
