import Foundation
import GigdeskCore
import XCTest

final class EntityIDTests: XCTestCase {
    func testNewIDsAre32LowercaseHexDigitsAndDistinct() {
        let ids = (0..<1000).map { _ in EntityID() }
        XCTAssertEqual(Set(ids).count, 1000)
        for id in ids {
            XCTAssertEqual(id.rawValue.count, 32)
            XCTAssertNotNil(EntityID(id.rawValue), id.rawValue)
        }
        // Every hex digit turns up somewhere in 1000 random ids.
        XCTAssertEqual(Set(ids.flatMap(\.rawValue)), Set("0123456789abcdef"))
    }

    func testValidation() {
        XCTAssertEqual(EntityID("0123456789abcdef0123456789abcdef")?.rawValue, "0123456789abcdef0123456789abcdef")
        XCTAssertNil(EntityID(""))
        XCTAssertNil(EntityID("0123456789abcdef0123456789abcde"))    // 31
        XCTAssertNil(EntityID("0123456789abcdef0123456789abcdef0"))  // 33
        XCTAssertNil(EntityID("0123456789ABCDEF0123456789abcdef"))   // upper case
        XCTAssertNil(EntityID("0123456789abcdef0123456789abcdeg"))
        XCTAssertNil(EntityID("0123456789abcdef0123456789abcd é"))
    }

    func testCodableAsPlainString() throws {
        let id = EntityID()
        let data = try JSONEncoder().encode([id])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"\(id.rawValue)\"]")
        XCTAssertEqual(try JSONDecoder().decode([EntityID].self, from: data), [id])
        XCTAssertThrowsError(try JSONDecoder().decode([EntityID].self, from: Data("[\"nope\"]".utf8)))
    }
}
