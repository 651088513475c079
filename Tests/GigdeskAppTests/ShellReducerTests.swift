import TermUI
import XCTest
@testable import GigdeskApp

final class ShellReducerTests: XCTestCase {
    let reducer = Fixtures.reducer

    func testDigitsAndTabSwitchPanes() {
        var state = Fixtures.state()
        _ = reducer.reduce(&state, .invoke("app.pane.health"))
        XCTAssertEqual(state.activePane, .health)
        _ = reducer.reduce(&state, .invoke("app.pane.next"))
        XCTAssertEqual(state.activePane, .warRoom)
        _ = reducer.reduce(&state, .invoke("app.pane.next"))
        _ = reducer.reduce(&state, .invoke("app.pane.next"))
        XCTAssertEqual(state.activePane, .invoices, "next pane wraps around")
        _ = reducer.reduce(&state, .invoke("app.pane.previous"))
        XCTAssertEqual(state.activePane, .access)
    }

    func testQuitWithoutUnsavedEditStops() {
        var state = Fixtures.state()
        _ = reducer.reduce(&state, .invoke("app.quit"))
        XCTAssertFalse(state.isRunning)
    }

    func testQuitWithUnsavedEditAsksFirst() {
        var state = Fixtures.state()
        state.unsavedEdit = "Invoice INV-2026-0001"
        _ = reducer.reduce(&state, .invoke("app.quit"))
        XCTAssertTrue(state.isRunning)
        XCTAssertEqual(state.overlay, .confirmQuit)
        _ = reducer.reduce(&state, .confirm(false))
        XCTAssertNil(state.overlay)
        XCTAssertTrue(state.isRunning)
        _ = reducer.reduce(&state, .invoke("app.quit"))
        _ = reducer.reduce(&state, .confirm(true))
        XCTAssertFalse(state.isRunning)
    }

    func testPaletteCompletesAndRunsCommand() {
        var state = Fixtures.state()
        _ = reducer.reduce(&state, .invoke("app.palette"))
        for ch in "acc" { _ = reducer.reduce(&state, .text(.char(ch))) }
        _ = reducer.reduce(&state, .text(Key(.tab)))
        guard case .palette(let palette)? = state.overlay else { return XCTFail("palette closed") }
        XCTAssertEqual(palette.input.text, "access")
        _ = reducer.reduce(&state, .text(Key(.enter)))
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.activePane, .access)
    }

    func testPaletteThemeCommandAppliesKnownThemeAndRejectsUnknown() {
        var state = Fixtures.state()
        var effects = reducer.run("theme light", matches: [], selected: 0, &state)
        XCTAssertEqual(effects, [.applyTheme("light")])
        XCTAssertEqual(state.themeName, "light")
        effects = reducer.run("theme neon", matches: [], selected: 0, &state)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.toast?.level, .error)
        XCTAssertTrue(state.toast?.message.contains("no theme named \"neon\"") ?? false)
    }

    func testUnknownPaletteCommandIsReported() {
        var state = Fixtures.state()
        _ = reducer.run("frobnicate", matches: [], selected: 0, &state)
        XCTAssertEqual(state.toast?.message, "unknown command: frobnicate (press : then tab to see commands)")
    }

    func testCopyStorePathEmitsOSC52Effect() {
        var state = Fixtures.state()
        let effects = reducer.run("copy-store-path", matches: [], selected: 0, &state)
        XCTAssertEqual(effects, [.copyToClipboard("/home/ana/.local/share/gigdesk/gigdesk.db")])
    }

    func testHelpFilterNarrowsAndStepsMatches() {
        var state = Fixtures.state()
        _ = reducer.reduce(&state, .invoke("app.help"))
        guard case .help(let all)? = state.overlay else { return XCTFail("no help") }
        XCTAssertTrue(all.entries.contains { $0.description == "go to Health" && $0.keys == "3" })
        _ = reducer.reduce(&state, .invoke("list.filter"))
        for ch in "page" { _ = reducer.reduce(&state, .text(.char(ch))) }
        _ = reducer.reduce(&state, .text(Key(.enter)))
        guard case .help(let filtered)? = state.overlay else { return XCTFail("help closed") }
        XCTAssertEqual(filtered.list.visible.map { filtered.entries[$0].description }, ["page down", "page up"])
        XCTAssertFalse(filtered.list.isEditingQuery)
        _ = reducer.reduce(&state, .invoke("list.next_match"))
        guard case .help(let stepped)? = state.overlay else { return XCTFail("help closed") }
        XCTAssertEqual(stepped.list.scroll.selected, 1)
        _ = reducer.reduce(&state, .invoke("app.cancel"))
        guard case .help(let cleared)? = state.overlay else { return XCTFail("esc should first clear the filter") }
        XCTAssertEqual(cleared.list.visible.count, all.entries.count)
        _ = reducer.reduce(&state, .invoke("app.cancel"))
        XCTAssertNil(state.overlay)
    }

    func testWelcomeChoicesPersistOrLoadDemo() {
        var state = Fixtures.state(welcome: true)
        XCTAssertEqual(state.overlay, .welcome)
        XCTAssertEqual(reducer.reduce(&state, .invoke("app.pane.next")), [])
        XCTAssertEqual(state.activePane, .invoices, "the welcome keeps the keyboard")
        XCTAssertEqual(reducer.reduce(&state, .invoke("welcome.start_empty")), [.saveSetting(key: "welcome.done", value: "empty")])
        XCTAssertNil(state.overlay)

        var other = Fixtures.state(welcome: true)
        XCTAssertEqual(reducer.reduce(&other, .invoke("welcome.load_demo")), [.loadDemo])
        _ = reducer.reduce(&other, .demoLoaded("demo data loaded"))
        XCTAssertFalse(other.welcomePending)
        XCTAssertEqual(other.toast?.message, "demo data loaded")
    }

    func testToastExpiresOnTick() {
        var state = Fixtures.state()
        _ = reducer.reduce(&state, .toast("saved", .info))
        _ = reducer.reduce(&state, .tick(Fixtures.now.addingTimeInterval(1)))
        XCTAssertNotNil(state.toast)
        _ = reducer.reduce(&state, .tick(Fixtures.now.addingTimeInterval(ShellReducer.toastSeconds + 1)))
        XCTAssertNil(state.toast)
    }
}

final class KeyResolverTests: XCTestCase {
    let resolver = KeyResolver(keymap: Fixtures.keymap)

    func testKeysResolveByContextOrder() {
        let state = Fixtures.state()
        XCTAssertEqual(resolver.action(for: .key(.char("j")), state: state, tabHit: { _, _ in nil }), .invoke("list.down"))
        XCTAssertEqual(resolver.action(for: .key(.char("3")), state: state, tabHit: { _, _ in nil }), .invoke("app.pane.health"))
        XCTAssertEqual(resolver.action(for: .key(Key(.tab, modifiers: .shift)), state: state, tabHit: { _, _ in nil }),
                       .invoke("app.pane.previous"))
        XCTAssertNil(resolver.action(for: .key(.char("§")), state: state, tabHit: { _, _ in nil }))
    }

    func testTextInputTakesKeysThatAreBoundElsewhere() {
        var state = Fixtures.state()
        state.overlay = .palette(PaletteState())
        XCTAssertEqual(resolver.action(for: .key(.char("q")), state: state, tabHit: { _, _ in nil }), .text(.char("q")))
    }

    func testConfirmTakesYesAndNo() {
        var state = Fixtures.state()
        state.overlay = .confirmQuit
        XCTAssertEqual(resolver.action(for: .key(.char("y")), state: state, tabHit: { _, _ in nil }), .confirm(true))
        XCTAssertEqual(resolver.action(for: .key(.char("n")), state: state, tabHit: { _, _ in nil }), .confirm(false))
    }

    func testMouseClickOnTabAndWheel() {
        let state = Fixtures.state()
        let click = InputEvent.mouse(MouseEvent(kind: .press, x: 30, y: 0))
        XCTAssertEqual(resolver.action(for: click, state: state, tabHit: { x, y in y == 0 && x == 30 ? .health : nil }),
                       .clickTab(.health))
        XCTAssertEqual(resolver.action(for: .mouse(MouseEvent(kind: .scrollDown, x: 5, y: 5)), state: state, tabHit: { _, _ in nil }),
                       .scroll(up: false))
    }

    func testPasteIsNeverInterpretedAsKeys() {
        XCTAssertEqual(resolver.action(for: .paste("q"), state: Fixtures.state(), tabHit: { _, _ in nil }), .paste("q"))
    }
}
