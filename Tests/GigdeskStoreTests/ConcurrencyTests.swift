import Foundation
import GigdeskStore
import XCTest

final class ConcurrencyTests: StoreTestCase {
    func testTwoStoresWritingAtOnceLoseNothing() throws {
        _ = try openStore()
        try addItemsTable()
        let stores = [try openStore(), try openStore()]
        let perThread = 200
        let errors = ErrorList()
        DispatchQueue.concurrentPerform(iterations: stores.count) { index in
            for number in 0..<perThread {
                do {
                    try stores[index].write { tx in
                        try tx.insert("items", values: ["name": .text("t\(index)-\(number)"),
                                                        "amount": .integer(Int64(number))])
                    }
                } catch {
                    errors.append(error)
                }
            }
        }
        XCTAssertEqual(errors.all.map { "\($0)" }, [])
        let total = stores.count * perThread
        let counts = try stores[0].counts()
        XCTAssertEqual(counts["items"], total)
        XCTAssertEqual(counts["change_log"], total)
        XCTAssertEqual(try stores[1].read { try $0.query("SELECT count(DISTINCT name) FROM items") }.first?[0],
                       .integer(Int64(total)))
        XCTAssertEqual(try stores[1].changes(after: 0, limit: total + 1).map(\.seq), (1...Int64(total)).map { $0 })
    }

    func testOneStoreSharedByThreads() throws {
        let store = try openStore()
        let errors = ErrorList()
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            for number in 0..<25 {
                do {
                    try store.setSetting("k\(index)-\(number)", "v")
                    _ = try store.setting("k\(index)-\(number)")
                } catch {
                    errors.append(error)
                }
            }
        }
        XCTAssertEqual(errors.all.map { "\($0)" }, [])
        XCTAssertEqual(try store.allSettings().count, 100)
        XCTAssertEqual(try store.verifyAuditChain(), .intact(count: 100))
    }
}

/// Errors collected from several threads.
private final class ErrorList: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []
    func append(_ error: any Error) { lock.withLock { errors.append(error) } }
    var all: [any Error] { lock.withLock { errors } }
}
