import CSQLite

/// A thin wrapper over one `sqlite3*` handle.
///
/// Not thread-safe by itself: whoever shares one across threads serialises
/// access (as `Store` does with its lock). The handle is closed when the
/// connection is released; statements keep their connection alive.
public final class SQLiteConnection {
    /// Flags for `sqlite3_open_v2`.
    public struct OpenFlags: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let readOnly = OpenFlags(rawValue: SQLITE_OPEN_READONLY)
        public static let readWrite = OpenFlags(rawValue: SQLITE_OPEN_READWRITE)
        public static let create = OpenFlags(rawValue: SQLITE_OPEN_CREATE)
        /// Interpret the path as a `file:` URI (for `?immutable=1` and friends).
        public static let uri = OpenFlags(rawValue: SQLITE_OPEN_URI)
        /// SQLite's serialized threading mode for this connection.
        public static let fullMutex = OpenFlags(rawValue: SQLITE_OPEN_FULLMUTEX)
    }

    let handle: OpaquePointer

    /// Opens `path` (or a `file:` URI with `.uri`). Extended result codes are on.
    public init(path: String, flags: OpenFlags) throws {
        var handle: OpaquePointer?
        let result = sqlite3_open_v2(path, &handle, flags.rawValue, nil)
        guard result == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(result))
            sqlite3_close_v2(handle)
            throw SQLiteError(extendedCode: result, message: message, sql: nil)
        }
        sqlite3_extended_result_codes(handle, 1)
        self.handle = handle
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Compiles one statement. Trailing text after the first statement is an error.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        var tailIsBlank = true
        let result = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let result = sqlite3_prepare_v2(handle, text, -1, &statement, &tail)
            if let tail {
                tailIsBlank = String(cString: tail).allSatisfy(\.isWhitespace)
            }
            return result
        }
        guard result == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw result == SQLITE_OK
                ? SQLiteError(extendedCode: SQLITE_MISUSE, message: "no SQL statement", sql: sql)
                : error(result, sql: sql)
        }
        guard tailIsBlank else {
            sqlite3_finalize(statement)
            throw SQLiteError(extendedCode: SQLITE_MISUSE,
                              message: "more than one statement; use execute(_:) for scripts", sql: sql)
        }
        return SQLiteStatement(handle: statement, connection: self, sql: sql)
    }

    /// Runs SQL text that may hold several statements and takes no bindings.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let result = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard result == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Runs one statement to completion, discarding any rows.
    public func run(_ sql: String, _ bindings: [SQLValue] = []) throws {
        try prepare(sql).run(bindings)
    }

    /// Runs one statement and returns all its rows.
    public func query(_ sql: String, _ bindings: [SQLValue] = []) throws -> [SQLRow] {
        try prepare(sql).rows(bindings)
    }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertRowID: Int64 {
        sqlite3_last_insert_rowid(handle)
    }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE on this connection.
    public var changes: Int {
        Int(sqlite3_changes(handle))
    }

    /// True while a transaction is open on this connection.
    public var isInTransaction: Bool {
        sqlite3_get_autocommit(handle) == 0
    }

    /// How long a statement waits for another connection's lock before failing with `SQLITE_BUSY`.
    public func setBusyTimeout(milliseconds: Int32) throws {
        let result = sqlite3_busy_timeout(handle, milliseconds)
        guard result == SQLITE_OK else { throw error(result, sql: nil) }
    }

    func error(_ result: Int32, sql: String?) -> SQLiteError {
        let extended = sqlite3_extended_errcode(handle)
        let code = (extended & 0xff) == (result & 0xff) ? extended : result
        return SQLiteError(extendedCode: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}
