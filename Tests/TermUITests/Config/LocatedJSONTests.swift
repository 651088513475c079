import TermUI
import XCTest

final class LocatedJSONTests: XCTestCase {
    private func parse(_ text: String) throws -> LocatedJSON {
        try LocatedJSON.parse(text, file: "t.json")
    }

    /// The problem parsing `text` throws, or a failure when it parses.
    private func problem(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ConfigProblem? {
        do {
            _ = try LocatedJSON.parse(text, file: "t.json")
            XCTFail("expected a syntax error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func members(_ json: LocatedJSON) -> [LocatedJSON.Member] {
        guard case .object(let members) = json.value else { return [] }
        return members
    }

    private func member(_ json: LocatedJSON, _ key: String) -> LocatedJSON.Member? {
        members(json).first { $0.key == key }
    }

    func testRecordsTheLinesOfNestedKeysAndValues() throws {
        let json = try parse("""
        {
          "name": "x",
          "roles": {
            "normal": {"fg": "red"},
            "table.header":
              {"attrs": ["bold",
                         "underline"]}
          }
        }
        """)
        XCTAssertEqual(json.line, 1)
        XCTAssertEqual(members(json).map(\.key), ["name", "roles"])
        XCTAssertEqual(member(json, "name")?.keyLine, 2)
        let roles = try XCTUnwrap(member(json, "roles"))
        XCTAssertEqual(roles.keyLine, 3)
        XCTAssertEqual(member(roles.value, "normal")?.keyLine, 4)
        XCTAssertEqual(member(roles.value, "normal").flatMap { member($0.value, "fg") }?.value.line, 4)
        let header = try XCTUnwrap(member(roles.value, "table.header"))
        XCTAssertEqual(header.keyLine, 5)
        XCTAssertEqual(header.value.line, 6)
        let attrs = try XCTUnwrap(member(header.value, "attrs")?.value)
        XCTAssertEqual(attrs.value, .array([LocatedJSON(.string("bold"), line: 6), LocatedJSON(.string("underline"), line: 7)]))
    }

    func testParsesScalars() throws {
        let json = try parse(#"[0, -12, 1.5, 2e3, -0.25E-1, 9223372036854775808, true, false, null, "", {}, []]"#)
        let values = try XCTUnwrap({ if case .array(let a) = json.value { return a.map(\.value) } else { return nil } }())
        XCTAssertEqual(values, [
            .integer(0), .integer(-12), .double(1.5), .double(2000), .double(-0.025), .double(9223372036854775808),
            .bool(true), .bool(false), .null, .string(""), .object([]), .array([]),
        ])
    }

    func testDecodesEveryEscape() throws {
        let json = try parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \u20AC \ud83d\ude00 ü""#)
        XCTAssertEqual(json.value, .string("q\" b\\ s/ \u{8}\u{c}\n\r\t é € 😀 ü"))
    }

    func testAcceptsAByteOrderMarkAndSurroundingWhitespace() throws {
        XCTAssertEqual(try parse("\u{FEFF}\n  {\"a\": 1}\n\n").value, .object([
            LocatedJSON.Member(key: "a", keyLine: 2, value: LocatedJSON(.integer(1), line: 2)),
        ]))
    }

    func testMissingCommaNamesTheLineAndTheKeyBefore() {
        let p = problem("""
        {
          "roles": {
            "normal": {"fg": "red"}
            "title": {"fg": "blue"}
          }
        }
        """)
        XCTAssertEqual(p?.line, 4)
        XCTAssertEqual(p?.keyPath, "roles.normal")
        XCTAssertEqual(p?.message, "expected ',' or '}' after the value, found '\"'")
        XCTAssertEqual(p?.severity, .error)
        XCTAssertEqual(p?.file, "t.json")
    }

    func testTrailingCommaIsAnErrorOnItsLine() {
        let inObject = problem("{\n  \"roles\": {\n    \"normal\": {},\n  }\n}")
        XCTAssertEqual(inObject?.line, 3)
        XCTAssertEqual(inObject?.keyPath, "roles")
        XCTAssertEqual(inObject?.message, "trailing comma before '}'")
        let inArray = problem("{\"attrs\": [\"bold\",\n]}")
        XCTAssertEqual(inArray?.line, 1)
        XCTAssertEqual(inArray?.keyPath, "attrs")
        XCTAssertEqual(inArray?.message, "trailing comma before ']'")
    }

    func testBadLiteral() {
        let p = problem("{\n  \"a\": [1,\n    tru]\n}")
        XCTAssertEqual(p?.line, 3)
        XCTAssertEqual(p?.keyPath, "a[1]")
        XCTAssertEqual(p?.message, "invalid literal 'tru' (expected true, false, null, a number or a string in double quotes)")
    }

    func testMissingValueNamesTheKeyBeingParsed() {
        let p = problem("{\"roles\": {\"normal\": }}")
        XCTAssertEqual(p?.keyPath, "roles.normal")
        XCTAssertEqual(p?.message, "unexpected character '}' where a value was expected")
        XCTAssertEqual(p?.description, #"t.json:1: key "roles.normal": unexpected character '}' where a value was expected"#)
    }

    func testOtherSyntaxErrors() {
        let cases: [(String, Int, String, String)] = [
            ("", 1, "", "the file is empty; expected a JSON value"),
            ("{\n// note\n}", 2, "", "comments are not allowed in JSON"),
            ("{\"a\": 1 /* note */}", 1, "a", "comments are not allowed in JSON"),
            ("{\"a\": 1}\n{}", 2, "", "unexpected character '{' after the end of the JSON value"),
            ("{a: 1}", 1, "", "expected a key in double quotes, found 'a'"),
            ("{\"a\" 1}", 1, "a", "expected ':' after the key, found '1'"),
            ("{\"a\": 'x'}", 1, "a", "unexpected character ''' where a value was expected (strings take double quotes)"),
            ("{\"a\": 1,\n \"a\": 2}", 2, "a", "duplicate key (first on line 1)"),
            ("[\"abc", 1, "[0]", "unterminated string"),
            ("[\"ab\ncd\"]", 1, "[0]", "line break inside a string (write \\n, or close the string with '\"')"),
            ("[\"a\tb\"]", 1, "[0]", "control character U+0009 inside a string (write it as an escape such as \\t)"),
            ("[\"\\x\"]", 1, "[0]", "invalid escape '\\x' in a string"),
            ("[\"\\u12G4\"]", 1, "[0]", "expected four hex digits after '\\u', found 'G'"),
            ("[\"\\ud83d\"]", 1, "[0]", "unpaired surrogate \\uD83D in a string"),
            ("[\"\\ude00\"]", 1, "[0]", "unpaired surrogate \\uDE00 in a string"),
            ("[012]", 1, "[0]", "numbers may not start with a leading zero"),
            ("[1.]", 1, "[0]", "expected a digit after the decimal point, found ']'"),
            ("[-]", 1, "[0]", "expected a digit after '-', found ']'"),
            ("[1e999]", 1, "[0]", "the number 1e999 is too large"),
            ("[1 2]", 1, "[0]", "expected ',' or ']' after the element, found '2'"),
            ("{\"a\": [", 1, "a[0]", "expected a value, found the end of the file"),
            (String(repeating: "[", count: 300), 1, String(repeating: "[0]", count: 256), "values are nested more than 256 levels deep"),
        ]
        for (text, line, key, message) in cases {
            let p = problem(text)
            XCTAssertEqual(p?.line, line, text)
            XCTAssertEqual(p?.keyPath, key, text)
            XCTAssertEqual(p?.message, message, text)
        }
    }
}
