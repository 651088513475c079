import Foundation
import GigdeskCore
import XCTest

final class RecurringScheduleTests: XCTestCase {
    private func occurrences(
        _ unit: RecurringSchedule.Unit, every: Int, from start: String, end: String? = nil, count: Int? = nil,
        through: String
    ) throws -> [String] {
        try RecurringSchedule(unit: unit, every: every, start: date(start), end: end.map(date), count: count)
            .occurrences(through: date(through)).map(\.iso)
    }

    func testMonthlyDatesStayAnchoredOnTheStartDay() throws {
        XCTAssertEqual(try occurrences(.month, every: 1, from: "2026-01-31", through: "2026-06-30"),
                       ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30"])
        XCTAssertEqual(try occurrences(.month, every: 1, from: "2024-01-31", through: "2024-03-30"),
                       ["2024-01-31", "2024-02-29"])
        // Quarterly from Nov 30: Feb 28, then May 30 (not May 28, which chaining from Feb 28 would give).
        XCTAssertEqual(try occurrences(.month, every: 3, from: "2026-11-30", through: "2027-06-01"),
                       ["2026-11-30", "2027-02-28", "2027-05-30"])
    }

    func testDaysAndWeeks() throws {
        XCTAssertEqual(try occurrences(.day, every: 3, from: "2026-02-25", through: "2026-03-06"),
                       ["2026-02-25", "2026-02-28", "2026-03-03", "2026-03-06"])
        XCTAssertEqual(try occurrences(.week, every: 2, from: "2026-12-21", through: "2027-01-31"),
                       ["2026-12-21", "2027-01-04", "2027-01-18"])
        XCTAssertEqual(try occurrences(.week, every: 1, from: "2026-03-02", through: "2026-03-08"), ["2026-03-02"])
    }

    func testEndAndCountLimitTheSeries() throws {
        XCTAssertEqual(try occurrences(.month, every: 1, from: "2026-01-15", end: "2026-03-15", through: "2026-12-31"),
                       ["2026-01-15", "2026-02-15", "2026-03-15"])
        XCTAssertEqual(try occurrences(.month, every: 1, from: "2026-01-15", end: "2026-03-14", through: "2026-12-31"),
                       ["2026-01-15", "2026-02-15"])
        XCTAssertEqual(try occurrences(.day, every: 1, from: "2026-01-01", count: 3, through: "2026-12-31"),
                       ["2026-01-01", "2026-01-02", "2026-01-03"])
        XCTAssertEqual(try occurrences(.day, every: 1, from: "2026-01-01", end: "2026-01-02", count: 5,
                                       through: "2026-12-31"), ["2026-01-01", "2026-01-02"])
        XCTAssertEqual(try occurrences(.day, every: 1, from: "2026-01-01", count: 5, through: "2026-01-02"),
                       ["2026-01-01", "2026-01-02"])
    }

    func testNothingBeforeTheStart() throws {
        XCTAssertEqual(try occurrences(.month, every: 1, from: "2026-05-01", through: "2026-04-30"), [])
        XCTAssertEqual(try occurrences(.month, every: 1, from: "2026-05-01", through: "2026-05-01"), ["2026-05-01"])
    }

    func testCatchUpAfterWeeksAwayListsEachMissedPeriodOnce() throws {
        let dates = try occurrences(.week, every: 1, from: "2026-01-05", through: "2026-03-01")
        XCTAssertEqual(dates.count, 8)
        XCTAssertEqual(Set(dates).count, dates.count)
        XCTAssertEqual(dates.last, "2026-02-23")
    }

    func testValidation() {
        let start = date("2026-03-01")
        XCTAssertThrows(.invalidSchedule("\"every\" must be at least 1 (got 0)")) { () throws(BillingError) in
            try RecurringSchedule(unit: .day, every: 0, start: start)
        }
        XCTAssertThrows(.invalidSchedule("the end date 2026-02-28 is before the start date 2026-03-01")) {
            () throws(BillingError) in try RecurringSchedule(unit: .day, every: 1, start: start, end: date("2026-02-28"))
        }
        XCTAssertThrows(.invalidSchedule("the count must be at least 1 (got 0)")) { () throws(BillingError) in
            try RecurringSchedule(unit: .month, every: 1, start: start, count: 0)
        }
    }

    func testCodingRoundTripsAndValidates() throws {
        let schedule = try RecurringSchedule(unit: .month, every: 1, start: date("2026-01-31"), count: 12)
        let data = try JSONEncoder().encode(schedule)
        XCTAssertEqual(try JSONDecoder().decode(RecurringSchedule.self, from: data), schedule)
        let bad = #"{"unit":"week","every":0,"start":"2026-01-01"}"#
        XCTAssertThrowsError(try JSONDecoder().decode(RecurringSchedule.self, from: Data(bad.utf8)))
    }
}
