import CSQLite

/// A failed SQLite call: the result code, SQLite's message and the SQL involved.
public struct SQLiteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The primary result code, e.g. `SQLITE_BUSY` (5) or `SQLITE_CORRUPT` (11).
    public let code: Int32
    /// The extended result code, e.g. `SQLITE_BUSY_SNAPSHOT`.
    public let extendedCode: Int32
    /// SQLite's own explanation.
    public let message: String
    /// The statement that failed, when there was one.
    public let sql: String?

    public init(extendedCode: Int32, message: String, sql: String?) {
        self.code = extendedCode & 0xff
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// True for the codes SQLite uses when a file is not a database or is damaged.
    public var isCorruption: Bool {
        code == SQLITE_NOTADB || code == SQLITE_CORRUPT
    }

    public var description: String {
        let base = "SQLite error \(extendedCode): \(message)"
        guard let sql else { return base }
        return "\(base) (in: \(sql))"
    }
}
