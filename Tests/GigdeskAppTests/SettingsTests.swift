import Foundation
import TermUI
import XCTest
@testable import GigdeskApp

final class SettingsTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("gigdesk-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("gigdesk"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func load(config: String) throws -> LoadedSettings {
        try config.write(to: dir.appendingPathComponent("gigdesk/config.json"), atomically: true, encoding: .utf8)
        return LoadedSettings.load(environment: ["XDG_CONFIG_HOME": dir.path, "GIGDESK_RESOURCES": Fixtures.repoRoot.path])
    }

    func testShippedDefaultsLoadWithoutProblems() {
        let settings = Fixtures.settings
        XCTAssertEqual(settings.problems, [])
        XCTAssertEqual(settings.theme.name, "dark")
        XCTAssertEqual(settings.keymap.name, "default")
        XCTAssertEqual(Set(settings.themes.keys), ["dark", "light", "high-contrast", "monochrome"])
        XCTAssertEqual(Set(settings.keymaps.keys), ["default", "vim", "emacs"])
    }

    func testEveryCatalogActionIsBoundInEveryShippedKeymap() {
        for (name, keymap) in Fixtures.settings.keymaps {
            for action in ActionCatalog.all {
                XCTAssertFalse(keymap.keys(for: action.name).isEmpty, "\(name) leaves \(action.name) unbound")
            }
        }
    }

    func testConfigPicksThemeAndKeymap() throws {
        let settings = try load(config: "{\"theme\": \"light\", \"keymap\": \"vim\", \"mouse\": false}")
        XCTAssertEqual(settings.problems, [])
        XCTAssertEqual(settings.theme.name, "light")
        XCTAssertEqual(settings.keymap.name, "vim")
        XCTAssertFalse(settings.mouse)
    }

    func testUnknownKeyIsAWarningAndTheRestApplies() throws {
        let settings = try load(config: "{\n  \"theme\": \"light\",\n  \"colour\": \"red\"\n}")
        XCTAssertEqual(settings.theme.name, "light")
        XCTAssertEqual(settings.problems.count, 1)
        XCTAssertEqual(settings.problems.first?.severity, .warning)
        XCTAssertEqual(settings.problems.first?.line, 3)
        XCTAssertEqual(settings.problems.first?.keyPath, "colour")
    }

    func testMalformedConfigNamesFileAndLineAndFallsBackToDefaults() throws {
        let settings = try load(config: "{\n  \"theme\": \"light\"\n  \"keymap\": \"vim\"\n}")
        XCTAssertEqual(settings.theme.name, "dark")
        XCTAssertEqual(settings.keymap.name, "default")
        let problem = try XCTUnwrap(settings.problems.first)
        XCTAssertEqual(problem.severity, .error)
        XCTAssertTrue(problem.file.hasSuffix("gigdesk/config.json"))
        XCTAssertEqual(problem.line, 3)
    }

    func testUnknownThemeNameIsReportedWhereItWasWritten() throws {
        let settings = try load(config: "{\n\n  \"theme\": \"neon\"\n}")
        XCTAssertEqual(settings.theme.name, "dark")
        XCTAssertEqual(settings.problems.map(\.line), [3])
        XCTAssertTrue(settings.problems[0].description.contains("no theme named \"neon\""))
    }

    func testWrongTypeIsAnError() throws {
        let settings = try load(config: "{\"mouse\": \"yes\"}")
        XCTAssertEqual(settings.problems.first?.message, "expected true or false, found a string")
        XCTAssertTrue(settings.mouse)
    }
}
