import Foundation

/// Tells whether the store file changed, cheaply enough to poll several times a second.
///
/// Holds its own read-only connection and compares `PRAGMA data_version`, which
/// changes when any other connection — another `Store` in this or another
/// process, or this process's own `Store` — commits to the file.
/// (A store that could only be opened `immutable=1` never reports changes.)
public final class DataVersionWatcher: @unchecked Sendable {
    private let connection: SQLiteConnection
    private let lock = NSLock()
    private var lastVersion: Int64

    init(path: String) throws {
        do {
            connection = try ReadOnlyConnection.open(path: path)
        } catch let error as SQLiteError {
            throw StoreValidator.classify(error, path: path)
        }
        lastVersion = try StoreValidator.intPragma("data_version", connection)
    }

    /// True if some connection committed since the last call (or since creation).
    public func hasChanged() throws -> Bool {
        try lock.withLock {
            let version = try StoreValidator.intPragma("data_version", connection)
            defer { lastVersion = version }
            return version != lastVersion
        }
    }
}
