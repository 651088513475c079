import Foundation
import GigdeskCore

/// Time worked for a client: a running timer (no end yet), a stopped one, or an entry
/// added by hand (dated at midnight UTC of its day).
public struct TimeEntry: Hashable, Sendable {
    public let id: EntityID
    public let client: ClientReference
    public let description: String
    public let startedAt: Date
    /// `nil` while the timer runs.
    public let endedAt: Date?
    /// Whole minutes worked; `nil` while the timer runs.
    public let minutes: Int?
    /// The invoice the time was billed on, if it was.
    public let billedInvoiceNumber: String?

    /// True for the running timer.
    public var isRunning: Bool { endedAt == nil }

    /// The day the work started, in UTC.
    public var date: LocalDate {
        LocalDate.today(in: TimeZone(identifier: "UTC") ?? .current, now: startedAt)
    }
}
