import GigdeskCore
@testable import GigdeskStore
import XCTest

final class WriteTransactionTests: StoreTestCase {
    private var store: Store!

    override func setUpWithError() throws {
        try super.setUpWithError()
        store = try openStore()
        try addItemsTable()
    }

    override func tearDownWithError() throws {
        store = nil
        try super.tearDownWithError()
    }

    func testInsertAddsIDTimestampsAndAChangeLogRow() throws {
        let id = try store.write { tx in
            try tx.insert("items", values: ["name": "Acme", "amount": 1200, "ratio": 0.5, "data": .blob([1, 2])])
        }
        let row = try XCTUnwrap(store.read { try $0.query("SELECT * FROM items WHERE id = ?", [.text(id.rawValue)]) }.first)
        XCTAssertEqual(row["name"], "Acme")
        XCTAssertEqual(row["amount"], 1200)
        let created = try XCTUnwrap(row["created_at"]?.textValue)
        XCTAssertNotNil(Timestamp.date(from: created))
        XCTAssertEqual(row["updated_at"]?.textValue, created)

        let changes = try store.changes(after: 0, limit: 10)
        XCTAssertEqual(changes.count, 1)
        let change = try XCTUnwrap(changes.first)
        XCTAssertEqual(change.entity, "items")
        XCTAssertEqual(change.entityID, id.rawValue)
        XCTAssertEqual(change.operation, .insert)
        XCTAssertEqual(change.changedAt, created)
        XCTAssertEqual(change.deviceID, store.deviceID.rawValue)
        XCTAssertEqual(change.actor, "tester@testhost")
        XCTAssertEqual(change.fieldsJSON, """
            {"amount":1200,"created_at":"\(created)","data":{"base64":"AQI="},"name":"Acme","ratio":0.5,\
            "updated_at":"\(created)"}
            """)
        XCTAssertEqual(try change.fields()["data"], .blob([1, 2]))
    }

    func testInsertWithGivenID() throws {
        let id = EntityID()
        XCTAssertEqual(try store.write { try $0.insert("items", id: id, values: ["name": "x"]) }, id)
        XCTAssertEqual(try store.read { try $0.query("SELECT name FROM items WHERE id = ?", [.text(id.rawValue)]) }
            .first?[0], "x")
    }

    func testUpdateRecordsOnlyChangedFields() throws {
        let id = try store.write { try $0.insert("items", values: ["name": "Acme", "amount": 10, "ratio": 2.0]) }
        try store.write { try $0.update("items", id: id, values: ["name": "Acme", "amount": 11, "ratio": 2]) }
        let changes = try store.changes(after: 0, limit: 10)
        XCTAssertEqual(changes.map(\.operation), [.insert, .update])
        let fields = try changes[1].fields()
        XCTAssertEqual(Set(fields.keys), ["amount", "updated_at"])
        XCTAssertEqual(fields["amount"], 11)
        let row = try store.read { try $0.query("SELECT amount, updated_at FROM items") }.first
        XCTAssertEqual(row?[0], 11)
        XCTAssertEqual(row?[1], fields["updated_at"])
    }

    func testUpdateWithNothingChangedIsANoOp() throws {
        let id = try store.write { try $0.insert("items", values: ["name": "Acme", "amount": nil]) }
        let before = try store.read { try $0.query("SELECT updated_at FROM items") }
        try store.write { try $0.update("items", id: id, values: ["name": "Acme", "amount": nil]) }
        try store.write { try $0.update("items", id: id, values: [:]) }
        XCTAssertEqual(try store.changes(after: 0, limit: 10).count, 1)
        XCTAssertEqual(try store.read { try $0.query("SELECT updated_at FROM items") }, before)
    }

    func testDeleteRemovesRowAndRecordsIt() throws {
        let id = try store.write { try $0.insert("items", values: ["name": "gone"]) }
        try store.write { try $0.delete("items", id: id) }
        XCTAssertEqual(try store.read { try $0.query("SELECT count(*) FROM items") }.first?[0], 0)
        let last = try XCTUnwrap(store.changes(after: 1, limit: 10).first)
        XCTAssertEqual(last.operation, .delete)
        XCTAssertEqual(last.entityID, id.rawValue)
        XCTAssertEqual(last.fieldsJSON, "{}")
    }

    func testMissingRowsAreReported() throws {
        let id = EntityID()
        assertStoreError(try store.write { try $0.update("items", id: id, values: ["name": "x"]) }) {
            $0 == .rowNotFound(table: "items", id: id)
        }
        assertStoreError(try store.write { try $0.delete("items", id: id) }) {
            $0 == .rowNotFound(table: "items", id: id)
        }
        XCTAssertEqual(try store.changes(after: 0, limit: 10).count, 0)
    }

    func testIdentifiersAreValidatedAndReservedColumnsRefused() throws {
        for table in ["Items", "items; DROP TABLE items", "1items", "", "it\"ems"] {
            assertStoreError(try store.write { try $0.insert(table, values: ["name": "x"]) }) {
                $0 == .invalidIdentifier(table)
            }
        }
        assertStoreError(try store.write { try $0.insert("items", values: ["name = 1 --": "x"]) }) {
            $0 == .invalidIdentifier("name = 1 --")
        }
        for column in ["id", "created_at", "updated_at"] {
            assertStoreError(try store.write { try $0.insert("items", values: [column: "x"]) }) {
                $0 == .reservedColumn(column)
            }
        }
        XCTAssertEqual(try store.read { try $0.query("SELECT count(*) FROM items") }.first?[0], 0)
    }

    func testThrowingClosureRollsEverythingBack() throws {
        struct Oops: Error {}
        XCTAssertThrowsError(try store.write { tx in
            try tx.insert("items", values: ["name": "half"])
            try tx.audit(event: "test", detail: [:])
            throw Oops()
        })
        XCTAssertEqual(try store.read { try $0.query("SELECT count(*) FROM items") }.first?[0], 0)
        XCTAssertEqual(try store.changes(after: 0, limit: 10).count, 0)
        XCTAssertEqual(try store.auditEntries(limit: 10).count, 0)
        // The store is usable afterwards.
        XCTAssertNoThrow(try store.write { try $0.insert("items", values: ["name": "whole"]) })
    }

    func testFailedStatementRollsBackEarlierWritesOfTheTransaction() throws {
        XCTAssertThrowsError(try store.write { tx in
            try tx.insert("items", values: ["name": "first"])
            try tx.insert("no_such_table", values: ["name": "x"])
        })
        XCTAssertEqual(try store.read { try $0.query("SELECT count(*) FROM items") }.first?[0], 0)
        XCTAssertEqual(try store.changes(after: 0, limit: 10).count, 0)
    }

    func testQueryInsideTransactionSeesOwnWritesAndRefusesWrites() throws {
        try store.write { tx in
            try tx.insert("items", values: ["name": "a"])
            XCTAssertEqual(try tx.query("SELECT count(*) FROM items").first?[0], 1)
            XCTAssertThrowsError(try tx.query("DELETE FROM items")) { error in
                XCTAssertEqual(error as? StoreError, .notAReadStatement("DELETE FROM items"))
            }
        }
        XCTAssertThrowsError(try store.read { try $0.query("INSERT INTO meta VALUES ('a', 'b')") })
        XCTAssertEqual(try store.read { try $0.query("SELECT count(*) FROM items") }.first?[0], 1)
    }

    func testTransactionCannotEscapeOrNest() throws {
        let escaped = try store.write { $0 }
        assertStoreError(try escaped.insert("items", values: ["name": "late"])) { $0 == .transactionFinished }
        assertStoreError(try store.write { _ in try self.store.write { _ in } }) { $0 == .nestedWrite }
        XCTAssertEqual(try store.read { try $0.query("SELECT count(*) FROM items") }.first?[0], 0)
    }

    func testForEachRowStreams() throws {
        try store.write { tx in
            for index in 0..<5 {
                try tx.insert("items", values: ["name": .text("n\(index)"), "amount": .integer(Int64(index))])
            }
        }
        var total: Int64 = 0
        try store.read { try $0.forEachRow("SELECT amount FROM items WHERE amount > ?", [1]) { total += $0[0].integerValue ?? 0 } }
        XCTAssertEqual(total, 2 + 3 + 4)
    }
}
