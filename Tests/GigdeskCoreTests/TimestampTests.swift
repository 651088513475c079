import Foundation
import GigdeskCore
import XCTest

final class TimestampTests: XCTestCase {
    func testFormatsUTCWithMilliseconds() {
        XCTAssertEqual(Timestamp.string(from: Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000Z")
        XCTAssertEqual(Timestamp.string(from: Date(timeIntervalSince1970: 1_796_415_000.123)),
                       "2026-12-04T20:10:00.123Z")
        XCTAssertEqual(Timestamp.string(from: Date(timeIntervalSince1970: -0.001)), "1969-12-31T23:59:59.999Z")
        XCTAssertEqual(Timestamp.string(from: Date(timeIntervalSince1970: 951_782_400)), "2000-02-29T00:00:00.000Z")
    }

    func testRoundsToNearestMillisecond() {
        XCTAssertEqual(Timestamp.string(from: Date(timeIntervalSince1970: 59.9996)), "1970-01-01T00:01:00.000Z")
        XCTAssertEqual(Timestamp.string(from: Date(timeIntervalSince1970: 59.9994)), "1970-01-01T00:00:59.999Z")
    }

    func testParsesAndRoundTrips() throws {
        let text = "2026-12-04T20:10:00.123Z"
        let date = try XCTUnwrap(Timestamp.date(from: text))
        XCTAssertEqual(date.timeIntervalSince1970, 1_796_415_000.123, accuracy: 0.0005)
        XCTAssertEqual(Timestamp.string(from: date), text)
        for millis in stride(from: Int64(-5_000_000_000_000), to: 5_000_000_000_000, by: 7_777_777_777) {
            let formatted = Timestamp.string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
            let parsed = try XCTUnwrap(Timestamp.date(from: formatted), formatted)
            XCTAssertEqual(Timestamp.string(from: parsed), formatted)
        }
    }

    func testAgreesWithFoundationCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "UTC"))
        for seconds in stride(from: -2_000_000_000.0, to: 4_000_000_000.0, by: 86_399_123.0) {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.000Z",
                                  parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
            XCTAssertEqual(Timestamp.string(from: date), expected)
        }
    }

    func testRejectsAnythingElse() {
        for text in ["", "2026-12-04T20:10:00Z", "2026-12-04T20:10:00.123", "2026-12-04 20:10:00.123Z",
                     "2026-02-30T00:00:00.000Z", "2025-02-29T00:00:00.000Z", "2026-13-01T00:00:00.000Z",
                     "2026-12-04T24:00:00.000Z", "2026-12-04T20:60:00.000Z", "2026-12-04T20:10:60.000Z",
                     "2026-12-04T20:10:00.12aZ", "2026-12-04T20:10:00.123+00:00"] {
            XCTAssertNil(Timestamp.date(from: text), text)
        }
        XCTAssertNotNil(Timestamp.date(from: "2024-02-29T23:59:59.999Z"))
    }

    func testSafeFromManyThreadsAtOnce() {
        let expected = "2026-12-04T20:10:00.123Z"
        let date = Date(timeIntervalSince1970: 1_796_415_000.123)
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<2000 where Timestamp.string(from: date) != expected || Timestamp.date(from: expected) != date {
                failures.increment()
            }
        }
        XCTAssertEqual(failures.value, 0)
    }
}

/// A thread-safe tally for concurrent test bodies.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
