import Foundation
import GigdeskCore
import XCTest

final class LocalDateTests: XCTestCase {
    func testParsesStrictISODates() throws {
        let table: [(String, Int, Int, Int)] = [
            ("2026-03-31", 2026, 3, 31), ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29),
            ("0001-01-01", 1, 1, 1), ("9999-12-31", 9999, 12, 31), ("2026-04-30", 2026, 4, 30),
        ]
        for (text, year, month, day) in table {
            let parsed = try XCTUnwrap(LocalDate(iso: text), text)
            XCTAssertEqual([parsed.year, parsed.month, parsed.day], [year, month, day], text)
            XCTAssertEqual(parsed.iso, text)
            XCTAssertEqual(parsed.description, text)
        }
    }

    func testRejectsMalformedAndImpossibleDates() {
        let bad = [
            "2026-02-29", "1900-02-29", "2100-02-29", "2024-02-30", "2026-04-31", "2026-13-01", "2026-00-10",
            "2026-01-00", "2026-1-01", "26-01-01", "2026/01/01", "2026-01-01T00:00", " 2026-01-01", "0000-01-01",
            "２０２６-01-01", "", "yyyy-mm-dd",
        ]
        for text in bad {
            XCTAssertNil(LocalDate(iso: text), text)
        }
        XCTAssertThrows(.invalidDate("2026-02-29")) { () throws(BillingError) in try LocalDate.parse("2026-02-29") }
        XCTAssertEqual(try LocalDate.parse("2026-02-28"), date("2026-02-28"))
        XCTAssertNil(LocalDate(year: 2026, month: 2, day: 29))
        XCTAssertEqual(LocalDate(year: 2028, month: 2, day: 29)?.iso, "2028-02-29")
    }

    func testAddingDays() {
        let table: [(String, Int, String)] = [
            ("2026-12-31", 1, "2027-01-01"), ("2024-02-28", 1, "2024-02-29"), ("2026-02-28", 1, "2026-03-01"),
            ("2026-03-01", -1, "2026-02-28"), ("2026-01-01", 365, "2027-01-01"), ("2024-01-01", 365, "2024-12-31"),
            ("2026-03-31", 0, "2026-03-31"), ("2026-03-31", 14, "2026-04-14"), ("2000-01-01", -10_957, "1970-01-01"),
            ("1969-12-31", 1, "1970-01-01"),
        ]
        for (start, days, expected) in table {
            XCTAssertEqual(date(start).adding(days: days).iso, expected, "\(start) + \(days)")
        }
    }

    func testAddingMonthsClampsToTheMonthEnd() {
        let table: [(String, Int, String)] = [
            ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-01-31", 2, "2026-03-31"),
            ("2026-03-31", 1, "2026-04-30"), ("2026-03-31", -1, "2026-02-28"), ("2026-12-15", 1, "2027-01-15"),
            ("2026-01-15", -1, "2025-12-15"), ("2026-05-31", 12, "2027-05-31"), ("2026-01-10", -13, "2024-12-10"),
            ("2024-02-29", 12, "2025-02-28"), ("2024-02-29", 48, "2028-02-29"), ("2026-08-31", 0, "2026-08-31"),
        ]
        for (start, months, expected) in table {
            XCTAssertEqual(date(start).adding(months: months).iso, expected, "\(start) + \(months) months")
        }
    }

    func testDaysUntil() {
        let table: [(String, String, Int)] = [
            ("2026-01-01", "2026-12-31", 364), ("2024-01-01", "2024-12-31", 365), ("2026-03-31", "2026-03-01", -30),
            ("1970-01-01", "2000-01-01", 10_957), ("2026-02-28", "2026-03-01", 1), ("2026-05-05", "2026-05-05", 0),
        ]
        for (from, to, days) in table {
            XCTAssertEqual(date(from).days(until: date(to)), days, "\(from) → \(to)")
        }
    }

    func testAgreesWithFoundationsCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "UTC"))
        let epoch = date("1970-01-01")
        for days in stride(from: -80_000, to: 80_000, by: 997) {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            let expected = try XCTUnwrap(LocalDate(year: parts.year!, month: parts.month!, day: parts.day!))
            XCTAssertEqual(epoch.adding(days: days), expected)
            XCTAssertEqual(epoch.days(until: expected), days)
        }
    }

    func testTodayDependsOnTheTimeZone() throws {
        let now = try XCTUnwrap(Timestamp.date(from: "2026-03-31T23:30:00.000Z"))
        XCTAssertEqual(LocalDate.today(in: try XCTUnwrap(TimeZone(secondsFromGMT: 0)), now: now), date("2026-03-31"))
        XCTAssertEqual(LocalDate.today(in: try XCTUnwrap(TimeZone(secondsFromGMT: 7_200)), now: now), date("2026-04-01"))
        XCTAssertEqual(LocalDate.today(in: try XCTUnwrap(TimeZone(secondsFromGMT: -25_200)), now: now), date("2026-03-31"))
        let early = try XCTUnwrap(Timestamp.date(from: "2026-01-01T02:00:00.000Z"))
        XCTAssertEqual(LocalDate.today(in: try XCTUnwrap(TimeZone(secondsFromGMT: -10_800)), now: early), date("2025-12-31"))
        XCTAssertEqual(LocalDate.today(in: try XCTUnwrap(TimeZone(secondsFromGMT: 0)), now: Date(timeIntervalSince1970: -1)),
                       date("1969-12-31"))
    }

    func testOrderAndCoding() throws {
        let dates = ["2025-12-31", "2026-01-01", "2026-01-02", "2026-02-01", "2027-01-01"].map(date)
        XCTAssertEqual(dates.reversed().sorted(), dates)
        let data = try JSONEncoder().encode(date("2026-03-31"))
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #""2026-03-31""#)
        XCTAssertEqual(try JSONDecoder().decode(LocalDate.self, from: data), date("2026-03-31"))
        XCTAssertThrowsError(try JSONDecoder().decode(LocalDate.self, from: Data(#""2026-02-30""#.utf8)))
    }
}
