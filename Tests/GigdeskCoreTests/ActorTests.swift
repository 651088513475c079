import GigdeskCore
import XCTest

final class ActorTests: XCTestCase {
    func testUserComesFromUSERThenLOGNAME() {
        XCTAssertEqual(Actor.current(environment: ["USER": "ada", "LOGNAME": "bob"]).user, "ada")
        XCTAssertEqual(Actor.current(environment: ["USER": "", "LOGNAME": "bob"]).user, "bob")
    }

    func testFallsBackToPasswordDatabase() {
        let actor = Actor.current(environment: [:])
        XCTAssertFalse(actor.user.isEmpty)
        XCTAssertFalse(actor.user.contains("@"))
    }

    func testRawValueIsUserAtHost() {
        let actor = Actor.current(environment: ["USER": "ada"])
        XCTAssertFalse(actor.host.isEmpty)
        XCTAssertEqual(actor.rawValue, "ada@\(actor.host)")
        XCTAssertEqual(Actor(user: "u", host: "h").description, "u@h")
    }
}
