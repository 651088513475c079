import GigdeskStore
import XCTest

final class DataVersionWatcherTests: StoreTestCase {
    func testReportsCommitsOfAnotherStoreOnTheSameFile() throws {
        let mine = try openStore()
        let theirs = try openStore()
        let watcher = try mine.makeDataVersionWatcher()
        XCTAssertFalse(try watcher.hasChanged())

        try theirs.setSetting("currency", "EUR")
        XCTAssertTrue(try watcher.hasChanged())
        XCTAssertFalse(try watcher.hasChanged(), "reported once per change")

        _ = try theirs.allSettings()
        XCTAssertFalse(try watcher.hasChanged(), "reads are not changes")

        XCTAssertThrowsError(try theirs.write { tx in
            try tx.audit(event: "rolled back", detail: [:])
            throw CancellationError()
        })
        XCTAssertFalse(try watcher.hasChanged(), "a rolled-back transaction is not a change")

        try theirs.setSetting("currency", "USD")
        try theirs.setSetting("theme", "dark")
        XCTAssertTrue(try watcher.hasChanged())
        XCTAssertFalse(try watcher.hasChanged())
    }

    func testWorksOnReadOnlyStores() throws {
        let writer = try openStore()
        let watcher = try openStore(readOnly: true).makeDataVersionWatcher()
        XCTAssertFalse(try watcher.hasChanged())
        try writer.setSetting("k", "v")
        XCTAssertTrue(try watcher.hasChanged())
    }
}
