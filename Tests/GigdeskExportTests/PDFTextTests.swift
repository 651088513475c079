import XCTest
@testable import GigdeskExport

final class PDFTextTests: XCTestCase {
    func testRunsSplitByFontCoverage() {
        XCTAssertEqual(FontCoverage.runs("株式会社 山田"), [.init(text: "株式会社 山田", isCJK: true)])
        XCTAssertEqual(FontCoverage.runs("Übersetzung (Deutsch → 日本語)"), [
            .init(text: "Übersetzung (Deutsch → ", isCJK: false),
            .init(text: "日本語", isCJK: true),
            .init(text: ")", isCJK: false),
        ])
        XCTAssertEqual(FontCoverage.runs("서울 カタカナ ひらがな"), [.init(text: "서울 カタカナ ひらがな", isCJK: true)])
        XCTAssertEqual(FontCoverage.runs("Ελληνικά, русский"), [.init(text: "Ελληνικά, русский", isCJK: false)])
        XCTAssertEqual(FontCoverage.runs(""), [])
    }

    func testWrapBreaksAtSpacesAndBetweenIdeographs() {
        // Every character is 1 wide.
        let measure: (String) -> Float = { Float($0.count) }
        XCTAssertEqual(TextWrap.lines("the quick brown fox", width: 10, measure: measure), ["the quick", "brown fox"])
        XCTAssertEqual(TextWrap.lines("株式会社山田太郎", width: 3, measure: measure), ["株式会", "社山田", "太郎"])
        XCTAssertEqual(TextWrap.lines("abcdefghijkl", width: 5, measure: measure), ["abcde", "fghij", "kl"])
        XCTAssertEqual(TextWrap.lines("one\n\ntwo", width: 10, measure: measure), ["one", "", "two"])
        XCTAssertEqual(TextWrap.lines("Deutsch → 日本語", width: 11, measure: measure), ["Deutsch → 日", "本語"])
        XCTAssertEqual(TextWrap.lines("", width: 5, measure: measure), [""])
    }

    func testEPCPayload() throws {
        let payload = try XCTUnwrap(EPCQRCode.payload(for: Fixtures.invoice))
        XCTAssertEqual(payload, "BCD\n002\n1\nSCT\nCOBADEFFXXX\nJürgen Müller Design\nDE89370400440532013000\n"
            + "EUR1969.98\n\n\nINV-2026-0001")
    }

    func testEPCPayloadKeepsEveryFieldOnItsLine() throws {
        var doc = Fixtures.invoice
        doc.seller.name = "Evil\nDE00ATTACKER\nEUR999.00"
        doc.seller.bic = nil
        let lines = try XCTUnwrap(EPCQRCode.payload(for: doc)).components(separatedBy: "\n")
        XCTAssertEqual(lines.count, 11)
        XCTAssertEqual(lines[4], "")
        XCTAssertEqual(lines[5], "Evil DE00ATTACKER EUR999.00")
        XCTAssertEqual(lines[6], "DE89370400440532013000")
    }

    func testEPCPayloadOnlyWhenSomethingIsDueInEuros() {
        var doc = Fixtures.invoice
        doc.currencyCode = "CHF"
        XCTAssertNil(EPCQRCode.payload(for: doc))
        doc = Fixtures.invoice
        doc.balance = 0
        XCTAssertNil(EPCQRCode.payload(for: doc))
        doc = Fixtures.invoice
        doc.seller.iban = "  "
        XCTAssertNil(EPCQRCode.payload(for: doc))
        XCTAssertNil(EPCQRCode.payload(for: Fixtures.creditNote))
        doc = Fixtures.invoice
        doc.seller.name = String(repeating: "N", count: 100)
        XCTAssertEqual(EPCQRCode.payload(for: doc)?.components(separatedBy: "\n")[5].count, 70)
    }

    func testQRMatrixEncodesAtLevelM() throws {
        let matrix = try QRMatrix(payload: XCTUnwrap(EPCQRCode.payload(for: Fixtures.invoice)))
        // 84 bytes at level M need version 5 or 6 (37 or 41 modules a side).
        XCTAssertTrue([37, 41].contains(matrix.size), "\(matrix.size)")
        // Finder pattern: the top-left 7 × 7 square has a dark border.
        XCTAssertTrue((0..<7).allSatisfy { matrix.isDark(row: 0, column: $0) && matrix.isDark(row: $0, column: 0) })
        XCTAssertFalse(matrix.isDark(row: 1, column: 1))
    }
}
