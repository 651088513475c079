import GigdeskStore
import XCTest

final class StoreLocationTests: XCTestCase {
    private let full = ["GIGDESK_STORE": "/env/store.db", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ada"]

    func testExplicitPathWins() {
        XCTAssertEqual(StoreLocation.resolve(explicitPath: "/cli.db", environment: full), "/cli.db")
    }

    func testThenGIGDESK_STORE() {
        XCTAssertEqual(StoreLocation.resolve(explicitPath: nil, environment: full), "/env/store.db")
        XCTAssertEqual(StoreLocation.resolve(explicitPath: "", environment: full), "/env/store.db")
    }

    func testThenXDGDataHome() {
        var environment = full
        environment["GIGDESK_STORE"] = ""
        XCTAssertEqual(StoreLocation.resolve(explicitPath: nil, environment: environment), "/xdg/gigdesk/gigdesk.db")
        environment["XDG_DATA_HOME"] = "/xdg/"
        XCTAssertEqual(StoreLocation.resolve(explicitPath: nil, environment: environment), "/xdg/gigdesk/gigdesk.db")
    }

    func testThenHome() {
        XCTAssertEqual(StoreLocation.resolve(explicitPath: nil, environment: ["HOME": "/home/ada"]),
                       "/home/ada/.local/share/gigdesk/gigdesk.db")
        // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
        XCTAssertEqual(StoreLocation.resolve(explicitPath: nil, environment: ["HOME": "/h", "XDG_DATA_HOME": "rel"]),
                       "/h/.local/share/gigdesk/gigdesk.db")
    }

    func testWithoutHomeUsesPasswordDatabase() {
        let path = StoreLocation.resolve(explicitPath: nil, environment: [:])
        XCTAssertTrue(path.hasSuffix("/.local/share/gigdesk/gigdesk.db"), path)
        XCTAssertTrue(path.hasPrefix("/"), path)
    }
}
