import GigdeskCore

/// Reads recurring schedules with their client's name and latest run.
enum RecurringReader {
    /// The schedules matching `condition` (on `schedule.` and `client.` columns), oldest first.
    static func schedules(where condition: String = "1", _ bindings: [SQLValue] = [],
                          in database: some RowQuerying) throws -> [StoredRecurringSchedule] {
        try database.query("""
            SELECT schedule.*, client.name AS client_name,
                   (SELECT max(period_date) FROM recurring_runs WHERE schedule_id = schedule.id) AS last_period
            FROM recurring_schedules AS schedule JOIN clients AS client ON client.id = schedule.client_id
            WHERE \(condition) ORDER BY schedule.created_at, schedule.id
            """, bindings).map(schedule(from:))
    }

    private static func schedule(from row: SQLRow) throws -> StoredRecurringSchedule {
        let unit = try row.raw("unit", as: RecurringSchedule.Unit.self)
        let schedule: RecurringSchedule
        do {
            schedule = try RecurringSchedule(
                unit: unit, every: Int(try row.integer("every")), start: try row.date("start_date"),
                end: try row.optionalDate("end_date"), count: try row.optionalInteger("count").map { Int($0) })
        } catch let error as BillingError {
            throw BillingStoreError.malformedRow(error.description)
        }
        return StoredRecurringSchedule(
            id: try row.entityID("id"),
            client: ClientReference(id: try row.entityID("client_id"), name: try row.text("client_name")),
            schedule: schedule, currency: try row.currency("currency"),
            lines: try LineItemsJSON.decode(try row.text("lines_json")), notes: try row.text("notes"),
            active: try row.integer("active") != 0, lastPeriod: try row.optionalDate("last_period"))
    }
}
