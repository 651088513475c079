import CSQLite
import GigdeskStore
import XCTest

final class SQLiteConnectionTests: StoreTestCase {
    private func memory() throws -> SQLiteConnection {
        try SQLiteConnection(path: ":memory:", flags: [.readWrite, .create])
    }

    func testValuesRoundTrip() throws {
        let connection = try memory()
        try connection.execute("CREATE TABLE t (v)")
        let values: [SQLValue] = [.null, .integer(Int64.min), .integer(42), .real(-1.5), .text(""),
                                  .text("é\u{0}x 🦊"), .blob([]), .blob([0, 255, 7])]
        for value in values {
            try connection.run("INSERT INTO t (v) VALUES (?)", [value])
        }
        XCTAssertEqual(connection.lastInsertRowID, Int64(values.count))
        let rows = try connection.query("SELECT v AS value FROM t ORDER BY rowid")
        XCTAssertEqual(rows.map { $0[0] }, values)
        XCTAssertEqual(rows.first?.columns, ["value"])
        XCTAssertEqual(rows.last?["value"], .blob([0, 255, 7]))
        XCTAssertNil(rows.last?["missing"])
    }

    func testErrorsCarryCodeMessageAndSQL() throws {
        let connection = try memory()
        try connection.execute("CREATE TABLE t (k TEXT UNIQUE)")
        try connection.run("INSERT INTO t VALUES ('a')")
        do {
            try connection.run("INSERT INTO t VALUES ('a')")
            XCTFail("expected a constraint error")
        } catch let error as SQLiteError {
            XCTAssertEqual(error.code, SQLITE_CONSTRAINT)
            XCTAssertEqual(error.extendedCode, SQLITE_CONSTRAINT | 8 << 8) // SQLITE_CONSTRAINT_UNIQUE
            XCTAssertTrue(error.message.contains("UNIQUE"), error.message)
            XCTAssertEqual(error.sql, "INSERT INTO t VALUES ('a')")
            XCTAssertTrue(error.description.contains("INSERT INTO t"), error.description)
        }
        XCTAssertThrowsError(try connection.query("SELEC 1")) { error in
            XCTAssertEqual((error as? SQLiteError)?.code, SQLITE_ERROR)
            XCTAssertEqual((error as? SQLiteError)?.sql, "SELEC 1")
        }
    }

    func testPrepareRejectsScriptsAndWrongBindingCounts() throws {
        let connection = try memory()
        XCTAssertThrowsError(try connection.prepare("SELECT 1; SELECT 2"))
        XCTAssertNoThrow(try connection.prepare("SELECT 1;  \n"))
        XCTAssertThrowsError(try connection.query("SELECT ?", []))
        XCTAssertThrowsError(try connection.query("SELECT ?", [1, 2]))
        try connection.execute("CREATE TABLE a (x); CREATE TABLE b (y)")
        XCTAssertEqual(try connection.query("SELECT count(*) FROM sqlite_schema").first?[0], 2)
    }

    func testStatementIsResetAfterUseSoCommitSucceeds() throws {
        let connection = try SQLiteConnection(path: path("t.db"), flags: [.readWrite, .create])
        try connection.execute("CREATE TABLE t (v); INSERT INTO t VALUES (1), (2), (3)")
        let statement = try connection.prepare("SELECT v FROM t")
        try connection.execute("BEGIN")
        var seen: [SQLValue] = []
        try statement.forEachRow { seen.append($0[0]) }
        try connection.run("INSERT INTO t VALUES (4)")
        try connection.execute("COMMIT")
        XCTAssertFalse(connection.isInTransaction)
        XCTAssertEqual(seen, [1, 2, 3])
        XCTAssertEqual(try statement.rows().count, 4)
    }

    func testOpenFailureIsAnError() {
        XCTAssertThrowsError(try SQLiteConnection(path: path("missing/x.db"), flags: [.readWrite])) { error in
            XCTAssertEqual((error as? SQLiteError)?.code, SQLITE_CANTOPEN)
        }
    }
}
