/// When a recurring invoice falls due: every `every` days, weeks or months from
/// `start`, until `end` (inclusive) or for `count` periods, whichever comes first.
///
/// Monthly dates stay anchored on the start day and are clamped to short months:
/// starting Jan 31 gives Feb 28 (29), Mar 31, Apr 30, …
public struct RecurringSchedule: Hashable, Sendable, Codable {
    /// The length of one step.
    public enum Unit: String, Hashable, Sendable, Codable, CaseIterable {
        case day
        case week
        case month
    }

    public let unit: Unit
    /// Steps between periods, at least 1.
    public let every: Int
    /// The first period's date.
    public let start: LocalDate
    /// The last date a period may fall on, if any.
    public let end: LocalDate?
    /// The number of periods, if limited.
    public let count: Int?

    public init(unit: Unit, every: Int, start: LocalDate, end: LocalDate? = nil, count: Int? = nil) throws(BillingError) {
        guard every >= 1 else { throw .invalidSchedule("\"every\" must be at least 1 (got \(every))") }
        if let end, end < start {
            throw .invalidSchedule("the end date \(end) is before the start date \(start)")
        }
        if let count, count < 1 { throw .invalidSchedule("the count must be at least 1 (got \(count))") }
        self.unit = unit
        self.every = every
        self.start = start
        self.end = end
        self.count = count
    }

    /// Every period date from `start` up to and including `date`, honouring `end` and `count`.
    public func occurrences(through date: LocalDate) -> [LocalDate] {
        let last = end.map { min($0, date) } ?? date
        var dates: [LocalDate] = []
        var index = 0
        while count.map({ index < $0 }) ?? true {
            let next = occurrence(index)
            guard next <= last else { break }
            dates.append(next)
            index += 1
        }
        return dates
    }

    /// The `index`-th period date (0 is `start`).
    private func occurrence(_ index: Int) -> LocalDate {
        switch unit {
        case .day: start.adding(days: index * every)
        case .week: start.adding(days: index * every * 7)
        case .month: start.adding(months: index * every)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case unit, every, start, end, count
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            unit: container.decode(Unit.self, forKey: .unit),
            every: container.decode(Int.self, forKey: .every),
            start: container.decode(LocalDate.self, forKey: .start),
            end: container.decodeIfPresent(LocalDate.self, forKey: .end),
            count: container.decodeIfPresent(Int.self, forKey: .count))
    }
}
