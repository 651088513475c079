import Foundation
import TermUI
import XCTest

final class KeymapLoaderTests: XCTestCase {
    private var fixture: ConfigFixture!

    override func setUpWithError() throws {
        fixture = try ConfigFixture()
    }

    override func tearDown() {
        fixture.remove()
    }

    private func load(shipped: URL? = ConfigFixture.shippedKeymaps) throws -> (keymaps: [String: Keymap], problems: [ConfigProblem]) {
        KeymapCatalog.load(shipped: shipped, user: try fixture.directory("user"), knownActions: ConfigTestData.knownActions)
    }

    private func key(_ spec: String) throws -> Key {
        try XCTUnwrap(Key(spec: spec), spec)
    }

    func testUserKeymapInheritingDefaultChangesOneKey() throws {
        try fixture.write(#"{"name": "mine", "inherits": "default", "bindings": {"app.quit": "x"}}"#, to: "user/mine.json")
        let (keymaps, problems) = try load()
        XCTAssertEqual(problems, [])
        let mine = try XCTUnwrap(keymaps["mine"])
        XCTAssertEqual(mine.keys(for: "app.quit"), [try key("x")])
        XCTAssertEqual(mine.actions(for: try key("q")), [])
        var expected = Keymap.builtInDefault.bindings
        expected["app.quit"] = [try key("x")]
        XCTAssertEqual(mine.bindings, expected)
        XCTAssertEqual(mine.summary, Keymap.builtInDefault.summary)
    }

    func testAReboundKeyLeavesTheParentsOtherActionsOfItsContext() throws {
        try fixture.write("""
        {"name": "mine", "inherits": "default", "bindings": {
          "list.bottom": ["g", "end"],
          "list.filter": ["q", "/"],
          "list.next_match": ["n", "N"],
          "list.previous_match": ["p"]
        }}
        """, to: "user/mine.json")
        let (keymaps, problems) = try load()
        XCTAssertEqual(problems, [])
        let mine = try XCTUnwrap(keymaps["mine"])
        XCTAssertEqual(mine.keys(for: "list.top"), [try key("home")], "g moved to list.bottom")
        XCTAssertEqual(mine.keys(for: "app.quit"), [try key("q")], "another context keeps its key")
        XCTAssertEqual(mine.actions(for: try key("q")), ["app.quit", "list.filter"])
        XCTAssertEqual(mine.keys(for: "list.previous_match"), [try key("p")])
    }

    func testUserKeymapInheritingItsOwnNameExtendsTheShippedOne() throws {
        try fixture.write(#"{"name": "vim", "inherits": "vim", "bindings": {"list.open": ["enter", "o"]}}"#, to: "user/vim.json")
        let (keymaps, problems) = try load()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(keymaps["vim"]?.keys(for: "list.open"), try ["enter", "o"].map(key))
        XCTAssertEqual(keymaps["vim"]?.keys(for: "app.pane.next"), try ["tab", "l"].map(key))
    }

    func testAnEmptyListUnbindsAnAction() throws {
        try fixture.write(#"{"name": "mine", "inherits": "default", "bindings": {"list.filter": []}}"#, to: "user/mine.json")
        let keymap = try XCTUnwrap(try load().keymaps["mine"])
        XCTAssertEqual(keymap.keys(for: "list.filter"), [])
        XCTAssertEqual(keymap.actions(for: try key("/")), [])
    }

    func testBadKeySpecIsAnErrorNamingLineAndKey() throws {
        let path = try fixture.write("""
        {
          "name": "mine",
          "bindings": {
            "app.quit": ["q",
                         "ctrl+"],
            "list.down": "hyper+j"
          }
        }
        """, to: "user/mine.json")
        let (keymaps, problems) = try load()
        XCTAssertNil(keymaps["mine"])
        let hint = #"(write keys like "q", "ctrl+d", "shift+tab", "f1" or "pgdn")"#
        XCTAssertEqual(problems, [
            ConfigProblem(file: path, line: 5, keyPath: "bindings.app.quit[1]", message: #""ctrl+" is not a key "# + hint,
                          severity: .error),
            ConfigProblem(file: path, line: 6, keyPath: "bindings.list.down", message: #""hyper+j" is not a key "# + hint,
                          severity: .error),
        ])
        XCTAssertEqual(problems.first?.description, path + #":5: key "bindings.app.quit[1]": "ctrl+" is not a key "# + hint)
    }

    func testWrongTypesAreErrors() throws {
        try fixture.write(#"{"name": "a", "bindings": {"app.quit": 7, "app.help": ["?", null]}}"#, to: "user/a.json")
        try fixture.write(#"{"name": "b", "bindings": ["app.quit"]}"#, to: "user/b.json")
        let (keymaps, problems) = try load(shipped: nil)
        XCTAssertEqual(keymaps, [:])
        XCTAssertEqual(problems.map { "\($0.keyPath): \($0.message)" }, [
            "bindings.app.quit: expected a string or an array of strings, found a number",
            "bindings.app.help[1]: expected a string, found null",
            "bindings: expected an object of action names, found an array",
        ])
    }

    func testUnknownActionsAndKeysAreWarningsAndTheFileStillLoads() throws {
        let path = try fixture.write("""
        {
          "name": "mine",
          "inherits": "default",
          "keys": {},
          "bindings": {
            "list.dwn": ["Z"],
            "app.quit": ["Q"]
          }
        }
        """, to: "user/mine.json")
        let (keymaps, problems) = try load()
        XCTAssertEqual(keymaps["mine"]?.keys(for: "app.quit"), [try key("Q")])
        XCTAssertEqual(keymaps["mine"]?.actions(for: try key("Z")), [])
        XCTAssertEqual(problems, [
            ConfigProblem(file: path, line: 4, keyPath: "keys",
                          message: "unknown key, ignored (a keymap file takes name, inherits, description, bindings)",
                          severity: .warning),
            ConfigProblem(file: path, line: 6, keyPath: "bindings.list.dwn", message: "unknown action, ignored",
                          severity: .warning),
        ])
    }

    func testOneKeyForTwoActionsOfOneContextIsAWarning() throws {
        let path = try fixture.write("""
        {"name": "mine", "bindings": {
          "list.down": ["j", "down"],
          "app.quit": ["j"],
          "list.up": ["k", "j"]
        }}
        """, to: "user/mine.json")
        let (keymaps, problems) = try load(shipped: nil)
        XCTAssertEqual(keymaps["mine"]?.actions(for: try key("j")), ["app.quit", "list.down", "list.up"])
        XCTAssertEqual(problems, [
            ConfigProblem(file: path, line: 4, keyPath: "bindings.list.up",
                          message: #""j" is also bound to list.down on line 2; only one of them can act"#, severity: .warning),
        ])
    }

    func testInheritanceCycleIsDetected() throws {
        let a = try fixture.write("{\"name\": \"a\",\n \"inherits\": \"b\"}", to: "user/a.json")
        let b = try fixture.write("{\"name\": \"b\",\n\n \"inherits\": \"a\"}", to: "user/b.json")
        let selfish = try fixture.write(#"{"name": "c", "inherits": "c"}"#, to: "user/c.json")
        let (keymaps, problems) = try load(shipped: nil)
        XCTAssertEqual(keymaps, [:])
        XCTAssertEqual(problems, [
            ConfigProblem(file: a, line: 2, keyPath: "inherits",
                          message: "keymaps inherit from each other in a cycle: a → b → a", severity: .error),
            ConfigProblem(file: b, line: 3, keyPath: "inherits",
                          message: "keymaps inherit from each other in a cycle: a → b → a", severity: .error),
            ConfigProblem(file: selfish, line: 1, keyPath: "inherits",
                          message: "a keymap may inherit its own name only to extend a shipped one, and there is none",
                          severity: .error),
        ])
    }

    func testKeymapLooksUpBothWays() throws {
        let keymap = Keymap(name: "k", bindings: [
            "list.open": [Key(.enter)], "app.quit": [.char("q"), Key(.enter)], "list.down": [],
        ])
        XCTAssertEqual(keymap.actions(for: Key(.enter)), ["app.quit", "list.open"])
        XCTAssertEqual(keymap.actions(for: .char("x")), [])
        XCTAssertEqual(keymap.keys(for: "app.quit"), [.char("q"), Key(.enter)])
        XCTAssertEqual(keymap.keys(for: "list.down"), [])
        XCTAssertEqual(keymap.keys(for: "nothing"), [])
        XCTAssertEqual(Keymap.context(of: "app.pane.next"), "app")
        XCTAssertEqual(Keymap.context(of: "plain"), "plain")
    }
}
