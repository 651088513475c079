import GigdeskCore
@testable import GigdeskStore
import XCTest

final class MigratorTests: StoreTestCase {
    func testAppliesOnlyNewerMigrationsEachWithItsVersion() throws {
        _ = try openStore()
        let connection = try SQLiteConnection(path: path("gigdesk.db"), flags: [.readWrite])
        let next = Store.latestSchemaVersion + 1
        let widgets = Migration(version: next, name: "widgets", statements: ["CREATE TABLE widgets (id TEXT PRIMARY KEY)"])
        XCTAssertEqual(try Migrator.migrate(connection, path: "p", migrations: Migration.all + [widgets]), next)
        XCTAssertEqual(try connection.query("PRAGMA user_version").first?[0], .integer(Int64(next)))
        XCTAssertEqual(try connection.query("SELECT count(*) FROM sqlite_schema WHERE name = 'widgets'").first?[0], 1)
        // Running again applies nothing (CREATE TABLE would fail if it did).
        XCTAssertEqual(try Migrator.migrate(connection, path: "p", migrations: Migration.all + [widgets]), next)
    }

    func testFailedMigrationIsRolledBackCompletely() throws {
        _ = try openStore()
        let connection = try SQLiteConnection(path: path("gigdesk.db"), flags: [.readWrite])
        let latest = Store.latestSchemaVersion
        let broken = Migration(version: latest + 1, name: "broken", statements: ["CREATE TABLE half (x)", "NOT SQL AT ALL"])
        assertStoreError(try Migrator.migrate(connection, path: "p", migrations: Migration.all + [broken])) {
            if case .migrationFailed(path: "p", version: latest + 1, name: "broken", _) = $0 { true } else { false }
        }
        XCTAssertFalse(connection.isInTransaction)
        XCTAssertEqual(try connection.query("PRAGMA user_version").first?[0], .integer(Int64(latest)))
        XCTAssertEqual(try connection.query("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").first?[0], 0)
    }

    func testRefusesStoreNewerThanItsMigrations() throws {
        _ = try openStore()
        let connection = try SQLiteConnection(path: path("gigdesk.db"), flags: [.readWrite])
        try connection.execute("PRAGMA user_version = 9")
        assertStoreError(try Migrator.migrate(connection, path: "p")) {
            $0 == .newerSchema(path: "p", found: 9, supported: Store.latestSchemaVersion)
        }
    }
}
