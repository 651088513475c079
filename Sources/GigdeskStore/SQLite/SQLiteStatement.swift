import CSQLite

/// A compiled statement. Finalized when released.
///
/// `run`, `rows` and `forEachRow` bind, step and then reset the statement and
/// clear its bindings, so a statement never stays "stepped" (which would keep a
/// read transaction open or make a later COMMIT fail) and can be reused.
public final class SQLiteStatement {
    let handle: OpaquePointer
    /// The connection is held so that it outlives its statements.
    private let connection: SQLiteConnection
    /// The SQL text, for error messages.
    public let sql: String

    init(handle: OpaquePointer, connection: SQLiteConnection, sql: String) {
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// True if the statement cannot change the database file.
    public var isReadOnly: Bool {
        sqlite3_stmt_readonly(handle) != 0
    }

    /// Result column names.
    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// Binds `values` to parameters 1…n. The count must match the statement's.
    public func bind(_ values: [SQLValue]) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw SQLiteError(extendedCode: SQLITE_RANGE,
                              message: "\(values.count) values bound to \(expected) parameters", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let result: Int32
            switch value {
            case .null:
                result = sqlite3_bind_null(handle, index)
            case .integer(let number):
                result = sqlite3_bind_int64(handle, index, number)
            case .real(let number):
                result = sqlite3_bind_double(handle, index, number)
            case .text(let text):
                result = bindText(text, at: index)
            case .blob(let bytes) where bytes.isEmpty:
                result = sqlite3_bind_zeroblob(handle, index, 0)
            case .blob(let bytes):
                result = bytes.withUnsafeBytes { buffer in
                    sqlite3_bind_blob64(handle, index, buffer.baseAddress, sqlite3_uint64(buffer.count),
                                        gigdesk_sqlite_transient())
                }
            }
            guard result == SQLITE_OK else { throw connection.error(result, sql: sql) }
        }
    }

    /// Binds with an explicit byte length, so text with embedded NULs stays whole.
    private func bindText(_ text: String, at index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                // An empty buffer may have no address, and a nil pointer would bind NULL.
                guard let base = chars.baseAddress else {
                    return sqlite3_bind_text(handle, index, "", 0, gigdesk_sqlite_transient())
                }
                return sqlite3_bind_text64(handle, index, base, sqlite3_uint64(chars.count),
                                           gigdesk_sqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
    }

    /// Advances to the next row: `true` if a row is ready, `false` when done.
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let result: throw connection.error(result, sql: sql)
        }
    }

    /// The value of column `index` of the current row.
    public func column(_ index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default:
            return .null
        }
    }

    /// Resets to the start and clears bindings.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds, steps to completion, resets.
    public func run(_ bindings: [SQLValue] = []) throws {
        defer { reset() }
        try bind(bindings)
        while try step() {}
    }

    /// Binds, collects every row, resets.
    public func rows(_ bindings: [SQLValue] = []) throws -> [SQLRow] {
        var rows: [SQLRow] = []
        try forEachRow(bindings) { rows.append($0) }
        return rows
    }

    /// Binds, hands each row to `body` as it is read, resets (also when `body` throws).
    public func forEachRow(_ bindings: [SQLValue] = [], _ body: (SQLRow) throws -> Void) throws {
        defer { reset() }
        try bind(bindings)
        let names = columnNames
        let count = Int32(names.count)
        while try step() {
            try body(SQLRow(columns: names, values: (0..<count).map(column)))
        }
    }
}
