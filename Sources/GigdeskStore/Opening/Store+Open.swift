import Foundation
import GigdeskCore

extension Store {
    /// Opens the store at `path`, creating and migrating it if the file is missing.
    ///
    /// - A missing file is created with mode 0600 (its missing directories 0700).
    /// - An existing file is first checked through reads only — SQLite header,
    ///   application id (or a completely empty database), a readable schema, a
    ///   schema version this build knows — so a file that is not a gigdesk store
    ///   is never written to. Then it is opened read-write and migrated.
    /// - `readOnly`, or a file or directory that cannot be written, opens the
    ///   store read-only; writes then throw `StoreError.readOnly`.
    ///
    /// - Parameters:
    ///   - actor: recorded with every change and audit event; defaults to
    ///     `Actor.current(environment:)`.
    ///   - environment: where the default actor comes from.
    public static func open(path: String, readOnly: Bool = false, actor: Actor? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Store {
        let actor = actor ?? Actor.current(environment: environment)
        if readOnly {
            return try openReadOnly(path: path, reason: "--read-only", actor: actor)
        }
        if !StoreFiles.exists(path) {
            try StoreFiles.createParentDirectories(of: path)
            _ = try StoreFiles.createEmptyFile(at: path)
        }
        _ = try StoreValidator.inspect(path: path)
        if let reason = StoreFiles.notWritableReason(path) {
            return try openReadOnly(path: path, reason: reason, actor: actor)
        }
        return try openReadWrite(path: path, actor: actor)
    }

    private static func openReadWrite(path: String, actor: Actor) throws -> Store {
        let connection: SQLiteConnection
        do {
            connection = try SQLiteConnection(path: path, flags: [.readWrite, .fullMutex])
            try connection.setBusyTimeout(milliseconds: busyTimeoutMilliseconds)
            _ = try StoreValidator.inspect(connection, path: path)
            try connection.run("PRAGMA journal_mode = WAL")
            try connection.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL")
            // Up to 64 MiB of page cache (allocated only as used), so that large
            // transactions do not spill pages to the WAL and read them back.
            try connection.execute("PRAGMA cache_size = -65536")
        } catch let error as SQLiteError {
            throw StoreValidator.classify(error, path: path)
        }
        let version = try Migrator.migrate(connection, path: path)
        return Store(path: path, connection: connection, readOnlyReason: nil, schemaVersion: version,
                     deviceID: try deviceID(of: connection, path: path), actor: actor)
    }

    private static func openReadOnly(path: String, reason: String, actor: Actor) throws -> Store {
        guard StoreFiles.exists(path) else { throw StoreError.storeMissing(path: path) }
        let inspection = try StoreValidator.inspect(path: path)
        guard inspection.schemaVersion == latestSchemaVersion else {
            throw StoreError.outdatedSchema(path: path, found: inspection.schemaVersion, required: latestSchemaVersion)
        }
        let connection: SQLiteConnection
        do {
            connection = try ReadOnlyConnection.open(path: path)
        } catch let error as SQLiteError {
            throw StoreValidator.classify(error, path: path)
        }
        return Store(path: path, connection: connection, readOnlyReason: reason,
                     schemaVersion: inspection.schemaVersion,
                     deviceID: try deviceID(of: connection, path: path), actor: actor)
    }

    private static func deviceID(of connection: SQLiteConnection, path: String) throws -> EntityID {
        let rows: [SQLRow]
        do {
            rows = try connection.query("SELECT value FROM meta WHERE key = 'device_id'")
        } catch let error as SQLiteError {
            throw StoreValidator.classify(error, path: path)
        }
        guard let text = rows.first?[0].textValue, let id = EntityID(text) else {
            throw StoreError.corrupted(path: path, detail: "meta has no valid device_id")
        }
        return id
    }
}
