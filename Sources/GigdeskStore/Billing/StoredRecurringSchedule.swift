import GigdeskCore

/// A recurring invoice: the schedule, and the content each period's draft gets.
public struct StoredRecurringSchedule: Hashable, Sendable {
    public let id: EntityID
    public let client: ClientReference
    public let schedule: RecurringSchedule
    public let currency: Currency
    public let lines: [LineItem]
    public let notes: String
    /// Paused schedules create no drafts.
    public let active: Bool
    /// The latest period a draft was created for, if any.
    public let lastPeriod: LocalDate?
}
