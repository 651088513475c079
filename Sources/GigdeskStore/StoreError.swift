import GigdeskCore

/// Why the store could not be opened or could not do what was asked.
/// `description` is a complete sentence for the user, naming the path.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not a gigdesk store; it was not modified.
    case notAGigdeskStore(path: String, reason: String)
    /// SQLite reports the file as damaged; it was not modified.
    case corrupted(path: String, detail: String)
    /// The store was written by a newer gigdesk with a schema this build does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// A read-only open found a store that needs migrating first.
    case outdatedSchema(path: String, found: Int, required: Int)
    /// A read-only open of a store that does not exist.
    case storeMissing(path: String)
    /// The store file or its directory could not be created.
    case cannotCreate(path: String, detail: String)
    /// The store could not be opened for a reason other than the above.
    case cannotOpen(path: String, detail: String)
    /// A write was attempted on a store opened read-only.
    case readOnly(path: String, reason: String)
    /// A migration failed and was rolled back.
    case migrationFailed(path: String, version: Int, name: String, detail: String)
    /// A table or column name outside `[a-z_][a-z0-9_]*`.
    case invalidIdentifier(String)
    /// A column the store sets itself (`id`, `created_at`, `updated_at`) was passed in.
    case reservedColumn(String)
    /// An update or delete named a row that does not exist.
    case rowNotFound(table: String, id: EntityID)
    /// `store.write` was called from inside a `store.write` closure.
    case nestedWrite
    /// A `WriteTransaction` was used after its `write` closure returned.
    case transactionFinished
    /// A statement that would change the database was run through a read path.
    case notAReadStatement(String)
    /// Stored JSON that should be canonical could not be decoded.
    case malformedJSON(String)

    public var description: String {
        switch self {
        case .notAGigdeskStore(let path, let reason):
            "\(path) is not a gigdesk store: \(reason)"
        case .corrupted(let path, let detail):
            "\(path) is corrupted: \(detail); the file was left untouched"
        case .newerSchema(let path, let found, let supported):
            "\(path) was written by a newer gigdesk (schema version \(found); this build supports up to "
                + "\(supported)); upgrade gigdesk to open it"
        case .outdatedSchema(let path, let found, let required):
            "\(path) has schema version \(found) and needs upgrading to \(required), which a read-only "
                + "open cannot do; open it once without --read-only"
        case .storeMissing(let path):
            "no gigdesk store at \(path)"
        case .cannotCreate(let path, let detail):
            "cannot create \(path): \(detail)"
        case .cannotOpen(let path, let detail):
            "cannot open \(path): \(detail)"
        case .readOnly(let path, let reason):
            "\(path) is open read-only (\(reason)); nothing was changed"
        case .migrationFailed(let path, let version, let name, let detail):
            "upgrading \(path) to schema version \(version) (\(name)) failed and was rolled back: \(detail)"
        case .invalidIdentifier(let name):
            "'\(name)' is not a valid table or column name (lowercase letters, digits, underscores)"
        case .reservedColumn(let name):
            "column '\(name)' is set by the store and cannot be written directly"
        case .rowNotFound(let table, let id):
            "no row \(id) in \(table)"
        case .nestedWrite:
            "a store write was started inside another write; use the transaction you were given"
        case .transactionFinished:
            "a write transaction was used after it had finished"
        case .notAReadStatement(let sql):
            "only reading statements are allowed here; changes go through the write path: \(sql)"
        case .malformedJSON(let detail):
            "stored JSON is malformed: \(detail)"
        }
    }
}
