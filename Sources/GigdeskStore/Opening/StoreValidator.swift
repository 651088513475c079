import Foundation

/// Checks an existing file before anything may write to it, through reads only:
/// raw bytes first, then a read-only SQLite connection that is closed again.
enum StoreValidator {
    /// What the inspection found in a file that may be opened as a store.
    struct Inspection: Equatable {
        /// `PRAGMA user_version`; 0 for an empty database.
        let schemaVersion: Int
    }

    /// Inspects the file at `path` (which must exist) and throws the `StoreError`
    /// that describes why it must not be opened, if there is one.
    static func inspect(path: String) throws -> Inspection {
        let header = try StoreFiles.leadingBytes(of: path, count: StoreFiles.sqliteHeader.count)
        if header.isEmpty {
            // A zero-length file is an empty database, e.g. one whose creation was interrupted.
            return Inspection(schemaVersion: 0)
        }
        guard header == StoreFiles.sqliteHeader else {
            throw StoreError.notAGigdeskStore(
                path: path,
                reason: "it is not a SQLite database (header: '\(StoreFiles.printable(Array(header.prefix(8))))')")
        }
        do {
            let connection = try ReadOnlyConnection.open(path: path)
            return try inspect(connection, path: path)
        } catch let error as SQLiteError {
            throw classify(error, path: path)
        }
    }

    /// The user-facing error for a SQLite failure while opening or inspecting `path`.
    static func classify(_ error: SQLiteError, path: String) -> StoreError {
        error.isCorruption
            ? .corrupted(path: path, detail: error.message)
            : .cannotOpen(path: path, detail: error.message)
    }

    /// Checks application id, schema objects and schema version on an open connection.
    static func inspect(_ connection: SQLiteConnection, path: String) throws -> Inspection {
        let objects = try connection.query("SELECT type, name FROM sqlite_schema ORDER BY rowid")
        let applicationID = try intPragma("application_id", connection)
        let version = try intPragma("user_version", connection)
        switch applicationID {
        case Int64(Store.applicationID):
            break
        case 0 where objects.isEmpty && version == 0:
            break
        case 0:
            let tables = objects.filter { $0["type"] == "table" }.compactMap { $0["name"]?.textValue }
            let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            throw StoreError.notAGigdeskStore(
                path: path,
                reason: tables.isEmpty
                    ? "it is a SQLite database of another application (user_version \(version))"
                    : "it is a SQLite database of another application (tables: \(shown))")
        default:
            let hex = String(UInt32(truncatingIfNeeded: applicationID), radix: 16, uppercase: true)
            throw StoreError.notAGigdeskStore(
                path: path, reason: "it is a SQLite database of another application (application_id 0x\(hex))")
        }
        guard version <= Store.latestSchemaVersion else {
            throw StoreError.newerSchema(path: path, found: Int(version), supported: Store.latestSchemaVersion)
        }
        return Inspection(schemaVersion: Int(version))
    }

    static func intPragma(_ name: String, _ connection: SQLiteConnection) throws -> Int64 {
        try connection.query("PRAGMA \(name)").first?[0].integerValue ?? 0
    }
}
