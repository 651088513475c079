import GigdeskCore
@testable import GigdeskStore
import XCTest

final class MigratorTests: StoreTestCase {
    func testAppliesOnlyNewerMigrationsEachWithItsVersion() throws {
        _ = try openStore()
        let connection = try SQLiteConnection(path: path("gigdesk.db"), flags: [.readWrite])
        let second = Migration(version: 2, name: "widgets", statements: ["CREATE TABLE widgets (id TEXT PRIMARY KEY)"])
        XCTAssertEqual(try Migrator.migrate(connection, path: "p", migrations: Migration.all + [second]), 2)
        XCTAssertEqual(try connection.query("PRAGMA user_version").first?[0], 2)
        XCTAssertEqual(try connection.query("SELECT count(*) FROM sqlite_schema WHERE name = 'widgets'").first?[0], 1)
        // Running again applies nothing (CREATE TABLE would fail if it did).
        XCTAssertEqual(try Migrator.migrate(connection, path: "p", migrations: Migration.all + [second]), 2)
    }

    func testFailedMigrationIsRolledBackCompletely() throws {
        _ = try openStore()
        let connection = try SQLiteConnection(path: path("gigdesk.db"), flags: [.readWrite])
        let broken = Migration(version: 2, name: "broken", statements: ["CREATE TABLE half (x)", "NOT SQL AT ALL"])
        assertStoreError(try Migrator.migrate(connection, path: "p", migrations: Migration.all + [broken])) {
            if case .migrationFailed(path: "p", version: 2, name: "broken", _) = $0 { true } else { false }
        }
        XCTAssertFalse(connection.isInTransaction)
        XCTAssertEqual(try connection.query("PRAGMA user_version").first?[0], 1)
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
