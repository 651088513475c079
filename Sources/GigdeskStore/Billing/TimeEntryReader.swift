import GigdeskCore

/// Reads time entries with their client's name and the number of the invoice that billed them.
enum TimeEntryReader {
    /// The entries matching `condition` (on `entry.` columns), in the order they started.
    static func entries(where condition: String, _ bindings: [SQLValue],
                        in database: some RowQuerying) throws -> [TimeEntry] {
        try database.query("""
            SELECT entry.*, client.name AS client_name, invoice.number AS billed_number
            FROM time_entries AS entry JOIN clients AS client ON client.id = entry.client_id
            LEFT JOIN invoices AS invoice ON invoice.id = entry.billed_invoice_id
            WHERE \(condition) ORDER BY entry.started_at, entry.id
            """, bindings).map(entry(from:))
    }

    /// The running timer, if one is.
    static func running(in database: some RowQuerying) throws -> TimeEntry? {
        try entries(where: "entry.ended_at IS NULL", [], in: database).first
    }

    private static func entry(from row: SQLRow) throws -> TimeEntry {
        TimeEntry(
            id: try row.entityID("id"),
            client: ClientReference(id: try row.entityID("client_id"), name: try row.text("client_name")),
            description: try row.text("description"), startedAt: try row.timestamp("started_at"),
            endedAt: try row.optionalTimestamp("ended_at"), minutes: try row.optionalInteger("minutes").map { Int($0) },
            billedInvoiceNumber: try row.optionalText("billed_number"))
    }
}
