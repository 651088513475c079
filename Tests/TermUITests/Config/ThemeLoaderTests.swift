import Foundation
import TermUI
import XCTest

final class ThemeLoaderTests: XCTestCase {
    private var fixture: ConfigFixture!

    override func setUpWithError() throws {
        fixture = try ConfigFixture()
    }

    override func tearDown() {
        fixture.remove()
    }

    private let base = """
    {
      "name": "base",
      "description": "The base",
      "roles": {
        "normal": {"fg": "#d0d0d0", "bg": "default"},
        "table.header": {"fg": "cyan", "bg": "#101010", "attrs": ["bold"]},
        "list.selected": {"attrs": ["reverse"]}
      }
    }
    """

    private func load() throws -> (themes: [String: Theme], problems: [ConfigProblem]) {
        ThemeCatalog.load(shipped: try fixture.directory("shipped"), user: try fixture.directory("user"))
    }

    func testReadsRolesColoursAndAttributes() throws {
        try fixture.write(base, to: "shipped/base.json")
        let (themes, problems) = try load()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(themes["base"], Theme(name: "base", summary: "The base", styles: [
            .normal: ThemeStyle(foreground: .rgb(0xd0, 0xd0, 0xd0), background: .terminalDefault),
            .tableHeader: ThemeStyle(foreground: .indexed(6), background: .rgb(16, 16, 16), attributes: .bold),
            .listSelected: ThemeStyle(attributes: .reverse),
        ]))
    }

    func testInheritingThemeChangesOnlyTheFieldsItGives() throws {
        try fixture.write(base, to: "shipped/base.json")
        try fixture.write("""
        {"name": "mine", "inherits": "base", "roles": {"table.header": {"fg": "red"}, "title": {"attrs": ["underline"]}}}
        """, to: "user/mine.json")
        let (themes, problems) = try load()
        XCTAssertEqual(problems, [])
        let parent = try XCTUnwrap(themes["base"])
        let mine = try XCTUnwrap(themes["mine"])
        XCTAssertEqual(mine.name, "mine")
        XCTAssertEqual(mine.summary, "The base")
        XCTAssertEqual(mine.styles[.tableHeader],
                       ThemeStyle(foreground: .indexed(1), background: .rgb(16, 16, 16), attributes: .bold))
        XCTAssertEqual(mine.styles[.title], ThemeStyle(attributes: .underline))
        XCTAssertEqual(mine.styles.filter { $0.key != .tableHeader && $0.key != .title }, parent.styles.filter { $0.key != .tableHeader })
        XCTAssertEqual(parent.styles[.tableHeader]?.foreground, .indexed(6), "the parent is untouched")
    }

    func testNullRemovesAnInheritedColour() throws {
        try fixture.write(base, to: "shipped/base.json")
        try fixture.write(#"{"name": "flat", "inherits": "base", "roles": {"table.header": {"bg": null}}}"#,
                          to: "user/flat.json")
        let header = try XCTUnwrap(try load().themes["flat"]?.styles[.tableHeader])
        XCTAssertNil(header.background)
        XCTAssertEqual(header.foreground, .indexed(6))
    }

    func testInheritanceChainsResolveInAnyFileOrder() throws {
        try fixture.write(#"{"name": "c", "inherits": "b", "roles": {"title": {"fg": "blue"}}}"#, to: "shipped/a.json")
        try fixture.write(#"{"name": "b", "inherits": "a", "roles": {"border": {"fg": "green"}}}"#, to: "shipped/b.json")
        try fixture.write(#"{"name": "a", "roles": {"normal": {"fg": "white"}}}"#, to: "user/c.json")
        let (themes, problems) = try load()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(themes["c"]?.styles, [
            .normal: ThemeStyle(foreground: .indexed(7)),
            .border: ThemeStyle(foreground: .indexed(2)),
            .title: ThemeStyle(foreground: .indexed(4)),
        ])
    }

    func testUserThemeReplacesTheShippedOneOfTheSameName() throws {
        try fixture.write(base, to: "shipped/base.json")
        try fixture.write(#"{"name": "base", "roles": {"normal": {"fg": "red"}}}"#, to: "user/my-base.json")
        let (themes, problems) = try load()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(themes["base"]?.styles, [.normal: ThemeStyle(foreground: .indexed(1))])
    }

    func testUserThemeInheritingItsOwnNameExtendsTheShippedOne() throws {
        try fixture.write(base, to: "shipped/base.json")
        try fixture.write(#"{"name": "base", "inherits": "base", "roles": {"normal": {"fg": "red"}}}"#, to: "user/base.json")
        let (themes, problems) = try load()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(themes["base"]?.styles[.normal], ThemeStyle(foreground: .indexed(1), background: .terminalDefault))
        XCTAssertEqual(themes["base"]?.styles[.listSelected], ThemeStyle(attributes: .reverse))
    }

    func testTheFileNameNamesAThemeWithoutName() throws {
        try fixture.write(#"{"roles": {"normal": {"attrs": "bold"}}}"#, to: "user/plain.json")
        XCTAssertEqual(try load().themes["plain"]?.styles, [.normal: ThemeStyle(attributes: .bold)])
    }

    func testPaletteIndexMayBeANumber() throws {
        try fixture.write(#"{"roles": {"normal": {"fg": 208, "bg": "17"}}}"#, to: "user/n.json")
        XCTAssertEqual(try load().themes["n"]?.styles[.normal], ThemeStyle(foreground: .indexed(208), background: .indexed(17)))
    }

    func testBadColourIsAnErrorNamingLineAndKeyAndTheFileIsSkipped() throws {
        try fixture.write(base, to: "shipped/base.json")
        let path = try fixture.write("""
        {
          "name": "base",
          "roles": {
            "table.header": {
              "fg": "#12345"
            }
          }
        }
        """, to: "user/base.json")
        let (themes, problems) = try load()
        XCTAssertEqual(problems, [ConfigProblem(file: path, line: 5, keyPath: "roles.table.header.fg",
                                                message: ##""#12345" is not a colour (use #rrggbb, 0-255 or a name)"##,
                                                severity: .error)])
        XCTAssertEqual(problems.first?.description,
                       path + ##":5: key "roles.table.header.fg": "#12345" is not a colour (use #rrggbb, 0-255 or a name)"##)
        XCTAssertEqual(themes["base"]?.summary, "The base", "the shipped theme stays in use")
    }

    func testEveryErrorInAFileIsReported() throws {
        let path = try fixture.write("""
        {"roles": {
          "normal": {"fg": 300, "bg": true},
          "title": {"attrs": ["bold", "bodl"]},
          "border": "cyan"
        }}
        """, to: "user/bad.json")
        let (themes, problems) = try load()
        XCTAssertNil(themes["bad"])
        XCTAssertEqual(problems.map { "\($0.line) \($0.keyPath): \($0.message)" }, [
            "2 roles.normal.fg: 300 is not a colour (use #rrggbb, 0-255 or a name)",
            "2 roles.normal.bg: expected a colour, found a boolean",
            "3 roles.title.attrs[1]: \"bodl\" is not an attribute (use bold, dim, italic, underline, reverse, blink)",
            "4 roles.border: expected an object with fg, bg and attrs, found a string",
        ])
        XCTAssertEqual(Set(problems.map(\.file)), [path])
        XCTAssertTrue(problems.allSatisfy { $0.severity == .error })
    }

    func testWrongTypesOfTheSharedKeysAreErrors() throws {
        try fixture.write(#"{"name": 3, "inherits": "", "description": [], "roles": []}"#, to: "user/x.json")
        try fixture.write(#"["not", "an", "object"]"#, to: "user/y.json")
        let (themes, problems) = try load()
        XCTAssertEqual(themes, [:])
        XCTAssertEqual(problems.map { "\($0.keyPath): \($0.message)" }, [
            "name: expected a string, found a number",
            "inherits: may not be empty",
            "description: expected a string, found an array",
            "roles: expected an object of role names, found an array",
            ": a theme file holds one JSON object, not an array",
        ])
    }

    func testUnknownKeysAreWarningsAndTheFileStillLoads() throws {
        let path = try fixture.write("""
        {
          "name": "w",
          "colours": {},
          "roles": {
            "normal": {"fg": "red", "foreground": "blue"},
            "Table.Header": {"fg": "red"}
          }
        }
        """, to: "user/w.json")
        let (themes, problems) = try load()
        XCTAssertEqual(themes["w"]?.styles, [.normal: ThemeStyle(foreground: .indexed(1))])
        XCTAssertEqual(problems, [
            ConfigProblem(file: path, line: 3, keyPath: "colours",
                          message: "unknown key, ignored (a theme file takes name, inherits, description, roles)",
                          severity: .warning),
            ConfigProblem(file: path, line: 5, keyPath: "roles.normal.foreground",
                          message: "unknown key, ignored (a role takes fg, bg and attrs)", severity: .warning),
            ConfigProblem(file: path, line: 6, keyPath: "roles.Table.Header",
                          message: "not a role name, ignored (roles are lowercase dotted names like \"table.header\")",
                          severity: .warning),
        ])
    }

    func testSyntaxErrorSkipsTheFile() throws {
        try fixture.write(base, to: "shipped/base.json")
        let path = try fixture.write("{\"name\": \"base\",\n \"roles\": {,}}", to: "user/base.json")
        let (themes, problems) = try load()
        XCTAssertEqual(problems, [ConfigProblem(file: path, line: 2, keyPath: "roles",
                                                message: "expected a key in double quotes, found ','", severity: .error)])
        XCTAssertEqual(themes["base"]?.summary, "The base")
    }

    func testMissingParentIsAnErrorOnTheInheritsLine() throws {
        let path = try fixture.write("{\n  \"name\": \"x\",\n  \"inherits\": \"nowhere\"\n}", to: "user/x.json")
        let (themes, problems) = try load()
        XCTAssertNil(themes["x"])
        XCTAssertEqual(problems, [ConfigProblem(file: path, line: 3, keyPath: "inherits",
                                                message: #"there is no theme named "nowhere""#, severity: .error)])
    }

    func testAUserThemeWhoseParentIsMissingGivesWayToTheShippedOne() throws {
        try fixture.write(base, to: "shipped/base.json")
        let path = try fixture.write(#"{"name": "base", "inherits": "gone", "roles": {}}"#, to: "user/base.json")
        let (themes, problems) = try load()
        XCTAssertEqual(problems.map(\.file), [path])
        XCTAssertEqual(themes["base"]?.summary, "The base")
    }

    func testUnreadableFilesAndDirectoriesAreErrors() throws {
        let notUTF8 = fixture.root.appendingPathComponent("user/latin1.json")
        try FileManager.default.createDirectory(at: notUTF8.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([0x7B, 0x22, 0xE9, 0x22, 0x7D]).write(to: notUTF8)
        let notADirectory = try fixture.write("{}", to: "shipped.json")
        let (themes, problems) = ThemeCatalog.load(shipped: URL(fileURLWithPath: notADirectory),
                                                   user: try fixture.directory("user"))
        XCTAssertEqual(themes, [:])
        XCTAssertEqual(problems.map(\.description), [
            notADirectory + ": cannot list this directory",
            notUTF8.path + ": the file is not valid UTF-8",
        ])
    }

    func testInheritanceCycleIsAnErrorInEveryFileOfTheCycle() throws {
        let a = try fixture.write("{\"name\": \"a\",\n \"inherits\": \"b\"}", to: "user/a.json")
        let b = try fixture.write("{\"name\": \"b\", \"inherits\": \"a\"}", to: "user/b.json")
        let c = try fixture.write("{\"name\": \"c\", \"inherits\": \"b\"}", to: "shipped/c.json")
        let (themes, problems) = try load()
        XCTAssertEqual(themes, [:])
        XCTAssertEqual(Set(problems), [
            ConfigProblem(file: a, line: 2, keyPath: "inherits",
                          message: "themes inherit from each other in a cycle: a → b → a", severity: .error),
            ConfigProblem(file: b, line: 1, keyPath: "inherits",
                          message: "themes inherit from each other in a cycle: a → b → a", severity: .error),
            ConfigProblem(file: c, line: 1, keyPath: "inherits",
                          message: #"theme "b" could not be loaded (see the problems reported for it)"#, severity: .error),
        ])
    }

    func testTwoFilesOfOneDirectoryMayNotDefineTheSameName() throws {
        let first = try fixture.write(#"{"name": "same"}"#, to: "user/1.json")
        let second = try fixture.write("{\n\"name\": \"same\"}", to: "user/2.json")
        let (themes, problems) = try load()
        XCTAssertNotNil(themes["same"])
        XCTAssertEqual(problems, [ConfigProblem(file: second, line: 2, keyPath: "name",
                                                message: #"theme "same" is already defined in \#(first)"#, severity: .error)])
    }

    func testOnlyVisibleJSONFilesAreRead() throws {
        try fixture.write("not json", to: "user/notes.txt")
        try fixture.write("not json", to: "user/.hidden.json")
        try fixture.write("{}", to: "user/empty.json")
        let (themes, problems) = try load()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(Array(themes.keys), ["empty"])
    }

    func testMissingDirectoriesHoldNoThemes() {
        let (themes, problems) = ThemeCatalog.load(shipped: nil, user: fixture.root.appendingPathComponent("absent"))
        XCTAssertEqual(themes, [:])
        XCTAssertEqual(problems, [])
    }

    func testProblemDescriptionLeavesOutAMissingLineAndKey() {
        let problem = ConfigProblem(file: "/x/t.json", line: 0, keyPath: "", message: "cannot read this file", severity: .error)
        XCTAssertEqual(problem.description, "/x/t.json: cannot read this file")
    }
}
