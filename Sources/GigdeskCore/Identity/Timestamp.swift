import Foundation

/// The one textual form of a moment in gigdesk: ISO 8601, UTC, milliseconds,
/// e.g. `2026-12-04T20:10:00.123Z`. These strings sort in time order.
///
/// Formatting and parsing are plain arithmetic on a fixed layout (no
/// `DateFormatter`, no locale, no shared state), so they are safe on any thread
/// and cheap enough for every row written.
public enum Timestamp {
    /// `date` in the fixed format, rounded to the nearest millisecond.
    /// Years outside 0000–9999 are clamped to that range.
    public static func string(from date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let clamped = min(max(millis, minMillis), maxMillis)
        let (days, msOfDay) = floorDivide(clamped, 86_400_000)
        let (year, month, day) = civil(fromDays: days)
        let ms = Int(msOfDay)
        var out = [UInt8]()
        out.reserveCapacity(24)
        append(year, width: 4, to: &out); out.append(0x2d) // -
        append(month, width: 2, to: &out); out.append(0x2d)
        append(day, width: 2, to: &out); out.append(0x54) // T
        append(ms / 3_600_000, width: 2, to: &out); out.append(0x3a) // :
        append(ms / 60_000 % 60, width: 2, to: &out); out.append(0x3a)
        append(ms / 1000 % 60, width: 2, to: &out); out.append(0x2e) // .
        append(ms % 1000, width: 3, to: &out); out.append(0x5a) // Z
        return String(decoding: out, as: UTF8.self)
    }

    /// The current time in the fixed format.
    public static func now() -> String {
        string(from: Date())
    }

    /// Parses exactly the fixed format (24 characters, `Z` suffix); `nil` for
    /// anything else, including impossible dates such as February 30.
    public static func date(from text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 24,
              bytes[4] == 0x2d, bytes[7] == 0x2d, bytes[10] == 0x54, bytes[13] == 0x3a,
              bytes[16] == 0x3a, bytes[19] == 0x2e, bytes[23] == 0x5a,
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2),
              let day = number(bytes, 8, 2), let hour = number(bytes, 11, 2),
              let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
              let millis = number(bytes, 20, 3),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        let days = Int64(days(fromYear: year, month: month, day: day))
        let msOfDay = Int64(((hour * 60 + minute) * 60 + second) * 1000 + millis)
        return Date(timeIntervalSince1970: Double(days * 86_400_000 + msOfDay) / 1000)
    }

    private static let minMillis: Int64 = -62_167_219_200_000 // 0000-01-01T00:00:00.000Z
    private static let maxMillis: Int64 = 253_402_300_799_999 // 9999-12-31T23:59:59.999Z

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
        return (quotient, value - quotient * divisor)
    }

    private static func append(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            out.append(0x30 + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days-from-civil and civil-from-days (proleptic Gregorian).

    private static func days(fromYear year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
