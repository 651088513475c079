import Foundation
import GigdeskCore
@testable import GigdeskStore
import XCTest

/// An existing file that is not a usable gigdesk store is refused, with a clear
/// message, and left byte-for-byte as it was.
final class StoreValidationTests: StoreTestCase {
    func testTextFileIsRefusedAndUntouched() throws {
        try Data("hello world, not a database\n".utf8).write(to: URL(fileURLWithPath: path("x.db")))
        let error = try assertRefusedUntouched("x.db") {
            if case .notAGigdeskStore = $0 { true } else { false }
        }
        XCTAssertEqual(error?.description,
                       "\(path("x.db")) is not a gigdesk store: it is not a SQLite database (header: 'hello wo')")
    }

    func testRandomBytesAreRefusedAndUntouched() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: URL(fileURLWithPath: path("x.db")))
        let error = try assertRefusedUntouched("x.db") {
            if case .notAGigdeskStore(_, let reason) = $0 { reason.hasPrefix("it is not a SQLite database") } else { false }
        }
        XCTAssertTrue(error?.description.contains("(header: '") ?? false)
    }

    func testAnotherApplicationsDatabaseIsRefusedAndUntouched() throws {
        try rawSQL("CREATE TABLE photos (id INTEGER PRIMARY KEY); INSERT INTO photos VALUES (1)", on: "x.db", create: true)
        let error = try assertRefusedUntouched("x.db") {
            if case .notAGigdeskStore = $0 { true } else { false }
        }
        XCTAssertEqual(error?.description,
                       "\(path("x.db")) is not a gigdesk store: it is a SQLite database of another application (tables: photos)")
        XCTAssertEqual(try directoryListing(), ["x.db"])
    }

    func testDatabaseWithForeignApplicationIDIsRefusedAndUntouched() throws {
        try rawSQL("PRAGMA application_id = \(0x4653_5054)", on: "x.db", create: true)
        let error = try assertRefusedUntouched("x.db") {
            if case .notAGigdeskStore = $0 { true } else { false }
        }
        XCTAssertTrue(error?.description.hasSuffix("(application_id 0x46535054)") ?? false, "\(String(describing: error))")
    }

    func testGigdeskStoreWithGarbageHeaderIsRefusedAndUntouched() throws {
        try makeStoreWithData()
        try overwrite("gigdesk.db", at: 0, count: 100)
        try assertRefusedUntouched("gigdesk.db") {
            if case .notAGigdeskStore(_, let reason) = $0 { reason.hasPrefix("it is not a SQLite database") } else { false }
        }
    }

    func testGigdeskStoreWithGarbagePageOneIsReportedCorruptedAndUntouched() throws {
        try makeStoreWithData()
        try overwrite("gigdesk.db", at: 100, count: 3996)
        let error = try assertRefusedUntouched("gigdesk.db") {
            if case .corrupted = $0 { true } else { false }
        }
        XCTAssertTrue(error?.description.hasPrefix("\(path("gigdesk.db")) is corrupted: ") ?? false)
        XCTAssertTrue(error?.description.hasSuffix("; the file was left untouched") ?? false)
    }

    func testGigdeskStoreWithDamagedHeaderFieldsIsReportedCorruptedAndUntouched() throws {
        try makeStoreWithData()
        try overwrite("gigdesk.db", at: 16, count: 8) // page size and format bytes
        try assertRefusedUntouched("gigdesk.db") {
            if case .corrupted = $0 { true } else { false }
        }
    }

    func testNewerSchemaIsRefusedAndUntouched() throws {
        try makeStoreWithData()
        try rawSQL("PRAGMA user_version = \(Store.latestSchemaVersion + 1)")
        let error = try assertRefusedUntouched("gigdesk.db") {
            $0 == .newerSchema(path: self.path("gigdesk.db"), found: Store.latestSchemaVersion + 1,
                               supported: Store.latestSchemaVersion)
        }
        XCTAssertTrue(error?.description.contains("newer gigdesk") ?? false)
    }

    private func makeStoreWithData() throws {
        let store = try openStore()
        try store.setSetting("currency", "EUR")
        try store.recordSessionStart(environment: [:], terminal: nil)
    }

    private func overwrite(_ name: String, at offset: UInt64, count: Int) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path(name)))
        try handle.seek(toOffset: offset)
        try handle.write(contentsOf: Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 89) }))
        try handle.close()
    }

    /// Opens `name` read-write and read-only; both must throw a matching error and leave the bytes alone.
    @discardableResult
    private func assertRefusedUntouched(_ name: String, file: StaticString = #filePath, line: UInt = #line,
                                        _ matches: @escaping (StoreError) -> Bool) throws -> StoreError? {
        let before = try fileHash(name)
        let error = assertStoreError(try openStore(name), file: file, line: line, matches)
        assertStoreError(try openStore(name, readOnly: true), file: file, line: line, matches)
        XCTAssertEqual(try fileHash(name), before, "the file was modified", file: file, line: line)
        return error
    }
}
