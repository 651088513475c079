@testable import GigdeskStore
import XCTest

final class CanonicalJSONTests: XCTestCase {
    func testSortedCompactAndRoundTripping() throws {
        let object: [String: SQLValue] = [
            "z": .null, "b": .integer(-7), "a": .real(1), "é": .text("x"), "B": .real(1e20),
            "s": .text("quote\" back\\ nl\n tab\t ctl\u{1} 🦊"), "blob": .blob([0, 1, 254]), "e": .blob([]),
            "tiny": .real(1e-7), "big": .integer(Int64.max),
        ]
        let text = CanonicalJSON.encode(object)
        XCTAssertEqual(text, #"{"B":1e+20,"a":1.0,"b":-7,"big":9223372036854775807,"blob":{"base64":"AAH+"},"#
            + #""e":{"base64":""},"s":"quote\" back\\ nl\n tab\t ctl\u0001 🦊","tiny":1e-07,"z":null,"é":"x"}"#)
        XCTAssertEqual(try CanonicalJSON.decodeObject(text), object)
        XCTAssertEqual(CanonicalJSON.encode(object), text)
    }

    func testNonFiniteRealsBecomeNull() {
        XCTAssertEqual(CanonicalJSON.encode(["x": .real(.infinity), "y": .real(.nan)]), #"{"x":null,"y":null}"#)
    }

    func testDecodesOrdinaryJSONEscapesAndWhitespace() throws {
        XCTAssertEqual(try CanonicalJSON.decodeObject(#" { "a" : "\u00e9\ud83e\udd8a\/" , "b" : 2.5E1 } "#),
                       ["a": "é🦊/", "b": .real(25)])
        XCTAssertEqual(try CanonicalJSON.decodeStrings("{}"), [:])
    }

    func testRejectsWhatItDoesNotWrite() {
        for text in ["", "[]", "{", #"{"a"}"#, #"{"a":true}"#, #"{"a":[1]}"#, #"{"a":{"b":"c"}}"#, #"{"a":"\x"}"#,
                     #"{"a":"\ud83e"}"#, #"{"a":1} x"#, #"{"a":1,}"#, #"{"a":"unterminated}"#] {
            XCTAssertThrowsError(try CanonicalJSON.decodeObject(text), text)
        }
        XCTAssertThrowsError(try CanonicalJSON.decodeStrings(#"{"a":1}"#))
    }
}
