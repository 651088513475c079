extension Store {
    /// Runs `body` inside one read transaction, so that several statements see the
    /// same state of the file even while other processes write (WAL snapshot).
    func readSnapshot<T>(_ body: (ReadConnection) throws -> T) throws -> T {
        try read { connection in
            // Transaction control counts as a reading statement: it changes nothing by itself.
            _ = try connection.query("BEGIN DEFERRED")
            do {
                let result = try body(connection)
                _ = try connection.query("COMMIT")
                return result
            } catch {
                _ = try? connection.query("ROLLBACK")
                throw error
            }
        }
    }
}
