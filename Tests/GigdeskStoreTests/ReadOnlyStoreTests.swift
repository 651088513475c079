import Foundation
import GigdeskCore
@testable import GigdeskStore
import XCTest

final class ReadOnlyStoreTests: StoreTestCase {
    func testReadOnlyFlagOpensForReadingAndRefusesWrites() throws {
        let writer = try openStore()
        try writer.setSetting("currency", "EUR")
        let before = try fileHash("gigdesk.db")

        let store = try openStore(readOnly: true)
        XCTAssertTrue(store.isReadOnly)
        XCTAssertEqual(store.readOnlyReason, "--read-only")
        XCTAssertEqual(store.deviceID, writer.deviceID)
        XCTAssertEqual(try store.setting("currency"), "EUR")
        XCTAssertEqual(try store.verifyAuditChain(), .intact(count: 1))

        let error = assertStoreError(try store.setSetting("currency", "USD")) {
            $0 == .readOnly(path: self.path("gigdesk.db"), reason: "--read-only")
        }
        XCTAssertEqual(error?.description, "\(path("gigdesk.db")) is open read-only (--read-only); nothing was changed")
        assertStoreError(try store.recordSessionStart(environment: [:], terminal: nil)) {
            if case .readOnly = $0 { true } else { false }
        }
        XCTAssertEqual(try writer.setting("currency"), "EUR")
        XCTAssertEqual(try fileHash("gigdesk.db"), before)
    }

    func testReadOnlyConnectionCannotWriteEvenThroughSQL() throws {
        _ = try openStore()
        let store = try openStore(readOnly: true)
        XCTAssertThrowsError(try store.withConnection { try $0.run("INSERT INTO meta VALUES ('x', 'y')") })
    }

    func testReadOnlyOpenOfMissingStoreFails() throws {
        assertStoreError(try openStore("nope.db", readOnly: true)) { $0 == .storeMissing(path: self.path("nope.db")) }
        XCTAssertEqual(try directoryListing(), [])
    }

    func testReadOnlyOpenOfUnmigratedStoreFails() throws {
        try rawSQL("PRAGMA user_version = 0; VACUUM", on: "blank.db", create: true)
        assertStoreError(try openStore("blank.db", readOnly: true)) {
            $0 == .outdatedSchema(path: self.path("blank.db"), found: 0, required: Store.latestSchemaVersion)
        }
    }

    func testImmutableURIEscapesSpecialCharacters() {
        XCTAssertEqual(ReadOnlyConnection.immutableURI(for: "/a b/c?d#e%f.db"),
                       "file:///a b/c%3fd%23e%25f.db?immutable=1")
        XCTAssertTrue(ReadOnlyConnection.immutableURI(for: "rel.db").hasPrefix("file:///"))
    }

    func testImmutableURIOpensTheStore() throws {
        // Closing the only writer checkpoints the WAL into the main file, which is all `immutable` reads.
        try openStore("we?ird#name.db").setSetting("k", "v")
        let connection = try SQLiteConnection(path: ReadOnlyConnection.immutableURI(for: path("we?ird#name.db")),
                                              flags: [.readOnly, .uri])
        XCTAssertEqual(try connection.query("SELECT count(*) FROM settings").first?[0], 1)
    }
}
