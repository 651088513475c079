import GigdeskCore
@testable import GigdeskStore
import XCTest

final class AuditTests: StoreTestCase {
    func testChainLinksEntriesFromGenesis() throws {
        let store = try openStore()
        try store.write { tx in
            try tx.audit(event: "one", detail: ["b": "2", "a": "1"])
            try tx.audit(event: "two", detail: [:])
        }
        try store.write { try $0.audit(event: "three", detail: ["quote": "\"\n"]) }
        let entries = try store.auditEntries(limit: 10)
        XCTAssertEqual(entries.map(\.event), ["three", "two", "one"])
        let first = try XCTUnwrap(entries.last)
        XCTAssertEqual(first.prevHash, String(repeating: "0", count: 64))
        XCTAssertEqual(first.detailJSON, #"{"a":"1","b":"2"}"#)
        XCTAssertEqual(first.detail, ["a": "1", "b": "2"])
        XCTAssertEqual(first.actor, "tester@testhost")
        XCTAssertNotNil(EntityID(first.id))
        XCTAssertEqual(first.hash, SHA256.hexDigest(
            of: [first.prevHash, first.id, first.at, first.actor, first.event, first.detailJSON].joined(separator: "\n")))
        XCTAssertEqual(entries[1].prevHash, first.hash)
        XCTAssertEqual(entries[0].prevHash, entries[1].hash)
        XCTAssertEqual(entries[0].detail, ["quote": "\"\n"])
        XCTAssertEqual(try store.verifyAuditChain(), .intact(count: 3))
        XCTAssertEqual(try store.auditEntries(limit: 1).map(\.event), ["three"])
    }

    func testEmptyLogIsIntact() throws {
        XCTAssertEqual(try openStore().verifyAuditChain(), .intact(count: 0))
    }

    func testTamperedDetailIsFoundAtItsSeq() throws {
        let store = try makeStoreWithFiveEntries()
        try rawSQL("UPDATE audit_log SET detail = '{\"n\":\"99\"}' WHERE seq = 3")
        XCTAssertEqual(try store.verifyAuditChain(),
                       .broken(atSeq: 3, reason: "hash does not match the entry's contents"))
    }

    func testRehashedTamperingBreaksTheNextLink() throws {
        let store = try makeStoreWithFiveEntries()
        // A forger who also recomputes the tampered entry's own hash is caught by the next entry.
        let entry = try XCTUnwrap(store.auditEntries(limit: 10).first { $0.seq == 2 })
        let forged = AuditChain.Link(prevHash: entry.prevHash, id: entry.id, at: entry.at, actor: "mallory@x",
                                     event: entry.event, detail: entry.detailJSON)
        try rawSQL("UPDATE audit_log SET actor = 'mallory@x', hash = '\(forged.hash)' WHERE seq = 2")
        XCTAssertEqual(try store.verifyAuditChain(),
                       .broken(atSeq: 3, reason: "prev_hash does not match the hash of entry 2"))
    }

    func testDeletedEntryBreaksTheNextLink() throws {
        let store = try makeStoreWithFiveEntries()
        try rawSQL("DELETE FROM audit_log WHERE seq = 4")
        XCTAssertEqual(try store.verifyAuditChain(),
                       .broken(atSeq: 5, reason: "prev_hash does not match the hash of entry 3"))
    }

    func testDeletedFirstEntryIsFound() throws {
        let store = try makeStoreWithFiveEntries()
        try rawSQL("DELETE FROM audit_log WHERE seq = 1")
        XCTAssertEqual(try store.verifyAuditChain(),
                       .broken(atSeq: 2, reason: "prev_hash does not match the hash of the start of the log"))
    }

    func testSessionStartAndEnd() throws {
        let store = try openStore()
        try store.recordSessionStart(environment: ["TERM": "xterm-256color", "SSH_CONNECTION": "10.0.0.1 5022 10.0.0.2 22"],
                                     terminal: "/dev/pts/3")
        try store.recordSessionStart(environment: [:], terminal: nil)
        try store.recordSessionEnd(reason: "quit")
        let entries = try store.auditEntries(limit: 3)
        XCTAssertEqual(entries.map(\.event), ["session.end", "session.start", "session.start"])
        let pid = String(getpid())
        XCTAssertEqual(entries[2].detail, ["actor": "tester@testhost", "pid": pid, "tty": "/dev/pts/3",
                                           "term": "xterm-256color", "ssh_connection": "10.0.0.1 5022 10.0.0.2 22"])
        XCTAssertEqual(entries[1].detail, ["actor": "tester@testhost", "pid": pid])
        XCTAssertEqual(entries[0].detail, ["actor": "tester@testhost", "pid": pid, "reason": "quit"])
        XCTAssertEqual(try store.verifyAuditChain(), .intact(count: 3))
    }

    func testChainContinuesAcrossStoresOnOneFile() throws {
        let first = try openStore()
        let second = try openStore()
        try first.write { try $0.audit(event: "a", detail: [:]) }
        try second.write { try $0.audit(event: "b", detail: [:]) }
        try first.write { try $0.audit(event: "c", detail: [:]) }
        XCTAssertEqual(try second.verifyAuditChain(), .intact(count: 3))
    }

    private func makeStoreWithFiveEntries() throws -> Store {
        let store = try openStore()
        for index in 1...5 {
            try store.write { try $0.audit(event: "test", detail: ["n": String(index)]) }
        }
        XCTAssertEqual(try store.verifyAuditChain(), .intact(count: 5))
        return store
    }
}
