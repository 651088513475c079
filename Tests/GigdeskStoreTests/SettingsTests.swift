import GigdeskCore
import GigdeskStore
import XCTest

final class SettingsTests: StoreTestCase {
    func testSetReadAndAudit() throws {
        let store = try openStore()
        XCTAssertNil(try store.setting("currency"))
        try store.setSetting("currency", "EUR")
        try store.setSetting("theme", "dark")
        try store.setSetting("currency", "USD")
        try store.setSetting("currency", "USD") // unchanged: nothing recorded
        XCTAssertEqual(try store.setting("currency"), "USD")
        XCTAssertEqual(try store.allSettings(), ["currency": "USD", "theme": "dark"])

        let audit = try store.auditEntries(limit: 10).reversed().map(\.detail)
        XCTAssertEqual(audit, [["key": "currency", "new": "EUR"], ["key": "theme", "new": "dark"],
                               ["key": "currency", "old": "EUR", "new": "USD"]])
        XCTAssertEqual(try store.auditEntries(limit: 10).map(\.event), Array(repeating: "settings.change", count: 3))

        let changes = try store.changes(after: 0, limit: 10)
        XCTAssertEqual(changes.map(\.operation), [.insert, .insert, .update])
        XCTAssertEqual(changes.map(\.entity), ["settings", "settings", "settings"])
        XCTAssertEqual(try changes[2].fields()["value"], "USD")
        XCTAssertEqual(changes[0].entityID, changes[2].entityID)
    }

    func testEmptyValueIsAValue() throws {
        let store = try openStore()
        try store.setSetting("note", "")
        XCTAssertEqual(try store.setting("note"), "")
        XCTAssertEqual(try store.auditEntries(limit: 1).first?.detail, ["key": "note", "new": ""])
    }

    func testChangesPaging() throws {
        let store = try openStore()
        for index in 0..<7 {
            try store.setSetting("k\(index)", "v")
        }
        let firstPage = try store.changes(after: 0, limit: 3)
        XCTAssertEqual(firstPage.count, 3)
        let secondPage = try store.changes(after: firstPage.last?.seq ?? 0, limit: 10)
        XCTAssertEqual(secondPage.count, 4)
        XCTAssertEqual((firstPage + secondPage).map(\.seq), Array(1...7))
    }
}
