import TermUI
import XCTest

final class ShippedKeymapsTests: XCTestCase {
    private func shippedKeymaps() throws -> [String: Keymap] {
        let (keymaps, problems) = KeymapCatalog.load(shipped: ConfigFixture.shippedKeymaps, user: nil,
                                                     knownActions: ConfigTestData.knownActions)
        XCTAssertEqual(problems, [])
        return keymaps
    }

    private func key(_ spec: String) throws -> Key {
        try XCTUnwrap(Key(spec: spec), spec)
    }

    func testShippedKeymapsLoadWithoutProblems() throws {
        let keymaps = try shippedKeymaps()
        XCTAssertEqual(Set(keymaps.keys), ["default", "vim", "emacs"])
        for (name, keymap) in keymaps {
            XCTAssertFalse(keymap.summary.isEmpty, name)
            XCTAssertEqual(Set(keymap.bindings.keys), ConfigTestData.knownActions, "\(name) binds every action")
            for (action, keys) in keymap.bindings {
                XCTAssertFalse(keys.isEmpty, "\(name) leaves \(action) unbound")
            }
        }
    }

    func testTheDefaultFileIsTheBuiltInDefault() throws {
        XCTAssertEqual(try shippedKeymaps()["default"], Keymap.builtInDefault)
    }

    func testDefaultKeys() throws {
        let keymap = try XCTUnwrap(try shippedKeymaps()["default"])
        let expected: [String: [String]] = [
            "app.quit": ["q"], "app.help": ["?"], "app.palette": [":"], "app.pane.invoices": ["1"],
            "app.pane.access": ["5"], "app.pane.next": ["tab"], "app.pane.previous": ["shift+tab"],
            "app.redraw": ["ctrl+l"], "app.cancel": ["esc"],
            "list.down": ["down", "j"], "list.up": ["up", "k"], "list.top": ["home", "g"], "list.bottom": ["end", "G"],
            "list.page_down": ["pgdn", "ctrl+d"], "list.page_up": ["pgup", "ctrl+u"], "list.filter": ["/"],
            "list.next_match": ["n"], "list.previous_match": ["N"], "list.sort_next_column": ["s"],
            "list.sort_reverse": ["S"], "list.open": ["enter"],
            "welcome.load_demo": ["d"], "welcome.start_empty": ["e"],
            "invoices.status_filter": ["f"], "invoices.copy_reminder": ["r"],
            "invoices.new": ["n"], "invoices.edit": ["e"], "invoices.send": ["m"], "invoices.pay": ["p"], "invoices.void": ["V"], "invoices.credit": ["C"], "invoices.export": ["x"], "invoices.clients": ["c"], "invoices.add_client": ["a"],
        ]
        for (action, specs) in expected {
            XCTAssertEqual(keymap.keys(for: action), try specs.map(key), action)
        }
    }

    func testVimInheritsDefaultAndAddsItsOwnKeys() throws {
        let keymaps = try shippedKeymaps()
        let vim = try XCTUnwrap(keymaps["vim"])
        let standard = try XCTUnwrap(keymaps["default"])
        XCTAssertEqual(vim.keys(for: "list.page_down"), try ["pgdn", "ctrl+d", "ctrl+f"].map(key))
        XCTAssertEqual(vim.keys(for: "list.page_up"), try ["pgup", "ctrl+u", "ctrl+b"].map(key))
        XCTAssertEqual(vim.actions(for: try key("l")), ["app.pane.next"])
        XCTAssertEqual(vim.actions(for: try key("h")), ["app.pane.previous"])
        for action in ["app.quit", "app.help", "list.top", "list.bottom", "list.filter", "welcome.load_demo"] {
            XCTAssertEqual(vim.keys(for: action), standard.keys(for: action), action)
        }
    }

    func testEmacsKeys() throws {
        let emacs = try XCTUnwrap(try shippedKeymaps()["emacs"])
        let expected: [String: [String]] = [
            "list.down": ["ctrl+n", "down"], "list.up": ["ctrl+p", "up"],
            "list.page_down": ["ctrl+v", "pgdn"], "list.page_up": ["alt+v", "pgup"],
            "list.top": ["alt+<", "home"], "list.bottom": ["alt+>", "end"],
            "list.filter": ["ctrl+s", "/"], "app.cancel": ["ctrl+g", "esc"], "app.palette": ["alt+x", ":"],
            "app.pane.invoices": ["1"], "app.pane.warroom": ["4"],
        ]
        for (action, specs) in expected {
            XCTAssertEqual(emacs.keys(for: action), try specs.map(key), action)
        }
        XCTAssertEqual(emacs.actions(for: try key("j")), [], "vi letters are not inherited where emacs rebinds")
    }
}
