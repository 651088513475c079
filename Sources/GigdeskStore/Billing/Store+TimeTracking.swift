import Foundation
import GigdeskCore

extension Store {
    /// Starts the timer for the client at `at`. It is a row like any other, so it keeps
    /// running while gigdesk is closed. Throws `BillingStoreError.timerAlreadyRunning`
    /// (naming the client) if a timer runs, or `.unknownClientID` / `.archivedClient`.
    @discardableResult
    public func startTimer(clientID: EntityID, description: String, at start: Date = Date()) throws -> TimeEntry {
        try write { tx in
            if let running = try TimeEntryReader.running(in: tx) {
                throw BillingStoreError.timerAlreadyRunning(
                    client: running.client.name, description: running.description, since: running.startedAt)
            }
            _ = try ClientLookup.activeClient(id: clientID, in: tx)
            let id = try tx.insert("time_entries", values: [
                "client_id": .text(clientID.rawValue), "description": .text(description),
                "started_at": .text(Timestamp.string(from: start)), "ended_at": .null, "minutes": .null,
                "billed_invoice_id": .null,
            ])
            return try Self.entry(id, in: tx)
        }
    }

    /// Stops the running timer at `at`, rounding the time worked to whole minutes.
    /// Throws `BillingStoreError.noTimerRunning` or `.timerStopsBeforeStart`.
    @discardableResult
    public func stopTimer(at stop: Date = Date()) throws -> TimeEntry {
        try write { tx in
            guard let running = try TimeEntryReader.running(in: tx) else { throw BillingStoreError.noTimerRunning }
            guard stop >= running.startedAt else {
                throw BillingStoreError.timerStopsBeforeStart(started: running.startedAt, stop: stop)
            }
            let minutes = Int((stop.timeIntervalSince(running.startedAt) / 60).rounded())
            try tx.update("time_entries", id: running.id, values: [
                "ended_at": .text(Timestamp.string(from: stop)), "minutes": .integer(Int64(minutes)),
            ])
            return try Self.entry(running.id, in: tx)
        }
    }

    /// The running timer, if one is (started by this or any other process).
    public func runningTimer() throws -> TimeEntry? {
        try read { try TimeEntryReader.running(in: $0) }
    }

    /// Records `minutes` worked for the client on `date`.
    /// Throws `BillingStoreError.nonPositiveMinutes`, `.unknownClientID` or `.archivedClient`.
    @discardableResult
    public func addTimeEntry(clientID: EntityID, date: LocalDate, minutes: Int, description: String) throws -> TimeEntry {
        guard minutes > 0 else { throw BillingStoreError.nonPositiveMinutes(minutes) }
        guard let start = Timestamp.date(from: date.iso + "T00:00:00.000Z") else {
            throw BillingError.invalidDate(date.iso)
        }
        return try write { tx in
            _ = try ClientLookup.activeClient(id: clientID, in: tx)
            let id = try tx.insert("time_entries", values: [
                "client_id": .text(clientID.rawValue), "description": .text(description),
                "started_at": .text(Timestamp.string(from: start)),
                "ended_at": .text(Timestamp.string(from: start.addingTimeInterval(Double(minutes) * 60))),
                "minutes": .integer(Int64(minutes)), "billed_invoice_id": .null,
            ])
            return try Self.entry(id, in: tx)
        }
    }

    /// Time entries in the order they started: of one client or of all, and only those
    /// not yet billed (the running timer included) when asked.
    public func timeEntries(clientID: EntityID? = nil, unbilledOnly: Bool = false) throws -> [TimeEntry] {
        var conditions = ["1"]
        var bindings: [SQLValue] = []
        if let clientID {
            conditions.append("entry.client_id = ?")
            bindings.append(.text(clientID.rawValue))
        }
        if unbilledOnly {
            conditions.append("entry.billed_invoice_id IS NULL")
        }
        return try read {
            try TimeEntryReader.entries(where: conditions.joined(separator: " AND "), bindings, in: $0)
        }
    }

    private static func entry(_ id: EntityID, in tx: WriteTransaction) throws -> TimeEntry {
        guard let entry = try TimeEntryReader.entries(where: "entry.id = ?", [.text(id.rawValue)], in: tx).first else {
            throw StoreError.rowNotFound(table: "time_entries", id: id)
        }
        return entry
    }
}
