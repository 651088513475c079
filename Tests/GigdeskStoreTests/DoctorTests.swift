import GigdeskStore
import XCTest

final class DoctorTests: StoreTestCase {
    func testCountsEveryTable() throws {
        let store = try openStore()
        try store.setSetting("a", "1")
        try store.setSetting("a", "2")
        let counts = try store.counts()
        XCTAssertEqual(counts["meta"], 1)
        XCTAssertEqual(counts["settings"], 1)
        XCTAssertEqual(counts["change_log"], 2)
        XCTAssertEqual(counts["audit_log"], 2)
        XCTAssertNil(counts["sqlite_sequence"])
    }

    func testIntegrityCheck() throws {
        let store = try openStore()
        try store.setSetting("a", "1")
        XCTAssertEqual(try store.integrityCheck(), "ok")
    }
}
