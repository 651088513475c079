import XCTest
@testable import GigdeskApp

final class CommandLineParserTests: XCTestCase {
    let parser = CommandLineParser(specs: GigdeskMain.specs)

    func testNoArgumentsStartsTheApp() throws {
        XCTAssertEqual(try parser.parse([]).command, "")
    }

    func testOptionsWithSpaceOrEquals() throws {
        let a = try parser.parse(["demo", "--size", "large", "--seed=7", "--store", "/tmp/x.db"])
        XCTAssertEqual(a.command, "demo")
        XCTAssertEqual(a.value("--size"), "large")
        XCTAssertEqual(a.value("--seed"), "7")
        XCTAssertEqual(a.value("--store"), "/tmp/x.db")
    }

    func testUsageErrors() {
        XCTAssertThrowsError(try parser.parse(["frobnicate"])) { error in
            XCTAssertTrue((error as? UsageError)?.message.hasPrefix("unknown command 'frobnicate'") ?? false)
        }
        XCTAssertThrowsError(try parser.parse(["demo", "--size", "huge"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "--size must be one of small, large, not 'huge'")
        }
        XCTAssertThrowsError(try parser.parse(["demo", "--seed"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "--seed needs a value (N)")
        }
        XCTAssertThrowsError(try parser.parse(["doctor", "--read-only=yes"]))
        XCTAssertThrowsError(try parser.parse(["doctor", "stray"]))
    }

    func testHelpTextListsOptionsAndChoices() {
        let help = DemoCommand.spec.helpText
        XCTAssertTrue(help.contains("usage: gigdesk demo [options]"))
        XCTAssertTrue(help.contains("--size SIZE"))
        XCTAssertTrue(help.contains("(small|large)"))
        XCTAssertTrue(help.contains("--store PATH"))
    }

    func testMainReturnsTwoOnUsageErrorAndWritesStderr() {
        let captured = Captured()
        var main = GigdeskMain(environment: [:], makeTerminal: { _, _ in fatalError("no terminal in tests") },
                               probeTerminal: { fatalError("no probe") })
        main.output.out = { captured.append(out: $0) }
        main.output.err = { captured.append(err: $0) }
        XCTAssertEqual(main.run(["--bogus"]), 2)
        XCTAssertEqual(captured.err, "gigdesk: unknown option '--bogus'\nTry 'gigdesk --help'.\n")
        XCTAssertEqual(main.run(["--version"]), 0)
        XCTAssertEqual(captured.out, "gigdesk \(GigdeskMain.version)\n")
    }
}

/// Collects what a command printed.
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var out = ""
    private(set) var err = ""
    func append(out text: String) { lock.withLock { out += text } }
    func append(err text: String) { lock.withLock { err += text } }
}

final class NestedCommandParserTests: XCTestCase {
    let parser = CommandLineParser(specs: [
        CommandSpec(name: "", summary: "app"),
        CommandSpec(name: "invoice pay", summary: "pay", arguments: ["NUMBER", "AMOUNT"],
                    options: [.init("--date", value: "D", "date")]),
        CommandSpec(name: "invoice new", summary: "new",
                    options: [.init("--item", value: "ITEM", "a line", repeatable: true), .init("--client", value: "NAME", "client")]),
    ])

    func testLongestCommandAndPositionals() throws {
        let parsed = try parser.parse(["invoice", "pay", "INV-2026-0001", "120.50", "--date", "2026-12-01"])
        XCTAssertEqual(parsed.command, "invoice pay")
        XCTAssertEqual(parsed.positionals, ["INV-2026-0001", "120.50"])
        XCTAssertEqual(parsed.value("--date"), "2026-12-01")
    }

    func testRepeatableOptionKeepsEveryValue() throws {
        let parsed = try parser.parse(["invoice", "new", "--item", "a|1|2|19", "--item", "b|1|2|7", "--client", "Ana"])
        XCTAssertEqual(parsed.allValues("--item"), ["a|1|2|19", "b|1|2|7"])
        XCTAssertThrowsError(try parser.parse(["invoice", "new", "--client", "A", "--client", "B"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "--client given twice")
        }
    }

    func testMissingAndExtraArgumentsAndSubcommand() {
        XCTAssertThrowsError(try parser.parse(["invoice", "pay", "INV-1"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "missing AMOUNT")
        }
        XCTAssertThrowsError(try parser.parse(["invoice", "pay", "INV-1", "1", "2"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "unexpected argument '2'")
        }
        XCTAssertThrowsError(try parser.parse(["invoice", "frob"])) { error in
            XCTAssertEqual((error as? UsageError)?.message, "'invoice' needs a subcommand (not 'frob'): pay, new")
        }
    }
}

final class GlobalOptionPlacementTests: XCTestCase {
    func testStoreMayComeBeforeTheCommand() throws {
        let parsed = try CommandLineParser(specs: GigdeskMain.specs).parse(["--store", "/tmp/a.db", "invoice", "show", "INV-1"])
        XCTAssertEqual(parsed.command, "invoice show")
        XCTAssertEqual(parsed.value("--store"), "/tmp/a.db")
        XCTAssertEqual(parsed.positionals, ["INV-1"])
    }
}
