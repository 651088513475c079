import Foundation
import GigdeskCore
@testable import GigdeskStore
import XCTest

/// A fresh temporary directory per test, removed afterwards.
class StoreTestCase: XCTestCase {
    private(set) var directory = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        let path = NSTemporaryDirectory() + "gigdesk-store-tests-" + EntityID().rawValue
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        directory = path
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(atPath: directory)
        try super.tearDownWithError()
    }

    /// A path inside the test's directory.
    func path(_ name: String) -> String {
        directory + "/" + name
    }

    let testActor = Actor(user: "tester", host: "testhost")

    /// Opens (creating if needed) a store at `name` with a fixed actor.
    func openStore(_ name: String = "gigdesk.db", readOnly: Bool = false) throws -> Store {
        try Store.open(path: path(name), readOnly: readOnly, actor: testActor, environment: [:])
    }

    /// Adds a synced test table `items` to the store file through a separate raw connection.
    func addItemsTable(_ name: String = "gigdesk.db") throws {
        let connection = try SQLiteConnection(path: path(name), flags: [.readWrite])
        try connection.setBusyTimeout(milliseconds: 5000)
        try connection.execute("""
            CREATE TABLE items (id TEXT PRIMARY KEY, name TEXT, amount INTEGER, ratio REAL, data BLOB,
                                created_at TEXT NOT NULL, updated_at TEXT NOT NULL)
            """)
    }

    /// Runs raw SQL on the file, bypassing the store (to tamper or to set up foreign files).
    func rawSQL(_ sql: String, on name: String = "gigdesk.db", create: Bool = false) throws {
        let connection = try SQLiteConnection(path: path(name), flags: create ? [.readWrite, .create] : [.readWrite])
        try connection.setBusyTimeout(milliseconds: 5000)
        try connection.execute(sql)
    }

    /// SHA-256 of the file's bytes.
    func fileHash(_ name: String) throws -> String {
        SHA256.hexDigest(of: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name)))))
    }

    /// Names in the test's directory, sorted.
    func directoryListing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    /// Asserts that `body` throws a `StoreError` matching `matches`, and returns it.
    @discardableResult
    func assertStoreError<T>(_ body: @autoclosure () throws -> T, file: StaticString = #filePath, line: UInt = #line,
                             _ matches: (StoreError) -> Bool) -> StoreError? {
        do {
            _ = try body()
            XCTFail("expected a StoreError, nothing was thrown", file: file, line: line)
        } catch let error as StoreError {
            XCTAssertTrue(matches(error), "unexpected error: \(error)", file: file, line: line)
            return error
        } catch {
            XCTFail("expected a StoreError, got \(error)", file: file, line: line)
        }
        return nil
    }
}
