import Foundation
import GigdeskCore

/// The local SQLite store: one connection, serialised by a lock, so a `Store`
/// can be shared between threads. Several `Store`s (in one or several
/// processes) may use the same file; SQLite's locking and the busy timeout
/// keep them consistent.
///
/// Open with `Store.open(path:readOnly:actor:environment:)`. Every change goes
/// through `write(_:)`, which records it in the change log; reads go through
/// `read(_:)` or the typed helpers in the extensions.
///
/// Do not call `Store` methods from inside a `write` or `read` closure: use the
/// transaction or connection the closure was given.
public final class Store: @unchecked Sendable {
    /// `PRAGMA application_id` of every gigdesk store: "GIGD".
    public static let applicationID: Int32 = 0x4749_4744
    /// The schema version this build migrates stores to.
    public static let latestSchemaVersion = Migration.all.last?.version ?? 0
    /// How long a connection waits for another one's lock before `SQLITE_BUSY`.
    static let busyTimeoutMilliseconds: Int32 = 5000

    /// The store file, as given to `open`.
    public let path: String
    /// True if writes are refused; see `readOnlyReason`.
    public let isReadOnly: Bool
    /// Why the store is read-only ("--read-only", "file is not writable", …), or `nil`.
    public let readOnlyReason: String?
    /// The schema version of the open store.
    public let schemaVersion: Int
    /// This store file's identity in the change log; generated once per file, never synced.
    public let deviceID: EntityID
    /// Who is recorded as making the changes and audit events of this store object.
    public let actor: Actor

    private let connection: SQLiteConnection
    private let lock = NSRecursiveLock()
    private var isWriting = false

    init(path: String, connection: SQLiteConnection, readOnlyReason: String?, schemaVersion: Int,
         deviceID: EntityID, actor: Actor) {
        self.path = path
        self.connection = connection
        self.isReadOnly = readOnlyReason != nil
        self.readOnlyReason = readOnlyReason
        self.schemaVersion = schemaVersion
        self.deviceID = deviceID
        self.actor = actor
    }

    /// Runs `body` in one `BEGIN IMMEDIATE … COMMIT` transaction and returns its result.
    /// If `body` throws, the transaction is rolled back and the error rethrown.
    @discardableResult
    public func write<T>(_ body: (WriteTransaction) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if let readOnlyReason {
            throw StoreError.readOnly(path: path, reason: readOnlyReason)
        }
        guard !isWriting else { throw StoreError.nestedWrite }
        isWriting = true
        defer { isWriting = false }

        try connection.execute("BEGIN IMMEDIATE")
        let transaction = WriteTransaction(connection: connection, deviceID: deviceID, actor: actor)
        do {
            let result = try body(transaction)
            transaction.finish()
            try connection.execute("COMMIT")
            return result
        } catch {
            transaction.finish()
            if connection.isInTransaction {
                try? connection.execute("ROLLBACK")
            }
            throw error
        }
    }

    /// Runs `body` with a connection that accepts reading statements only.
    public func read<T>(_ body: (ReadConnection) throws -> T) throws -> T {
        try withConnection { try body(ReadConnection(connection: $0)) }
    }

    /// A watcher with its own read-only connection to this store's file.
    public func makeDataVersionWatcher() throws -> DataVersionWatcher {
        try DataVersionWatcher(path: path)
    }

    /// Runs `body` with the raw connection under the lock, for the store's own reads.
    func withConnection<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(connection)
    }
}
