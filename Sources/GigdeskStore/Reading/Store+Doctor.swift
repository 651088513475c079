extension Store {
    /// Row count of every table, for `gigdesk doctor`.
    public func counts() throws -> [String: Int] {
        try withConnection { connection in
            let tables = try connection.query("""
                SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                """).compactMap { $0[0].textValue }
            var counts: [String: Int] = [:]
            for table in tables {
                let count = try connection.query("SELECT count(*) FROM \(SQLIdentifier.quotedVerbatim(table))")
                counts[table] = Int(count.first?[0].integerValue ?? 0)
            }
            return counts
        }
    }

    /// "ok", or SQLite's list of problems from `PRAGMA quick_check`. Reads the
    /// whole file, so it is for `gigdesk doctor`, not for every open.
    public func integrityCheck() throws -> String {
        try withConnection { connection in
            try connection.query("PRAGMA quick_check").compactMap { $0[0].textValue }.joined(separator: "\n")
        }
    }
}
