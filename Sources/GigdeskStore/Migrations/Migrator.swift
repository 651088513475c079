/// Brings a writable connection's schema up to `Store.latestSchemaVersion`.
enum Migrator {
    /// Applies every migration newer than the store's `user_version`, each in its
    /// own `BEGIN IMMEDIATE` transaction. The version is re-read inside each
    /// transaction, so two processes opening a new store at once do not apply a
    /// migration twice. Sets the application id with the first migration.
    /// Returns the resulting schema version.
    static func migrate(_ connection: SQLiteConnection, path: String,
                        migrations: [Migration] = Migration.all) throws -> Int {
        let latest = migrations.last?.version ?? 0
        var version = try currentVersion(connection, path: path, latest: latest)
        for migration in migrations where migration.version > version {
            version = try apply(migration, to: connection, path: path, latest: latest)
        }
        return version
    }

    private static func apply(_ migration: Migration, to connection: SQLiteConnection, path: String,
                              latest: Int) throws -> Int {
        do {
            try connection.execute("BEGIN IMMEDIATE")
            let version = try currentVersion(connection, path: path, latest: latest)
            if version < migration.version {
                if version == 0 {
                    try connection.execute("PRAGMA application_id = \(Store.applicationID)")
                }
                for statement in migration.statements {
                    try connection.execute(statement)
                }
                try connection.execute("PRAGMA user_version = \(migration.version)")
            }
            try connection.execute("COMMIT")
            return max(version, migration.version)
        } catch {
            if connection.isInTransaction {
                try? connection.execute("ROLLBACK")
            }
            if let error = error as? StoreError {
                throw error
            }
            throw StoreError.migrationFailed(path: path, version: migration.version, name: migration.name,
                                             detail: String(describing: error))
        }
    }

    private static func currentVersion(_ connection: SQLiteConnection, path: String, latest: Int) throws -> Int {
        let version = Int(try StoreValidator.intPragma("user_version", connection))
        guard version <= latest else {
            throw StoreError.newerSchema(path: path, found: version, supported: latest)
        }
        return version
    }
}
