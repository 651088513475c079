/// The connection handed to `Store.read`: reading statements only, so that
/// every change goes through `Store.write` and lands in the change log.
public final class ReadConnection {
    private let connection: SQLiteConnection

    init(connection: SQLiteConnection) {
        self.connection = connection
    }

    /// All rows of a reading statement.
    public func query(_ sql: String, _ bindings: [SQLValue] = []) throws -> [SQLRow] {
        try readingStatement(sql).rows(bindings)
    }

    /// Hands each row of a reading statement to `body` as it is read, without collecting them.
    public func forEachRow(_ sql: String, _ bindings: [SQLValue] = [], _ body: (SQLRow) throws -> Void) throws {
        try readingStatement(sql).forEachRow(bindings, body)
    }

    private func readingStatement(_ sql: String) throws -> SQLiteStatement {
        let statement = try connection.prepare(sql)
        guard statement.isReadOnly else { throw StoreError.notAReadStatement(sql) }
        return statement
    }
}
