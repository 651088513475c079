import TermUI
import XCTest

final class ShippedThemesTests: XCTestCase {
    private func shippedThemes() throws -> [String: Theme] {
        let (themes, problems) = ThemeCatalog.load(shipped: ConfigFixture.shippedThemes, user: nil)
        XCTAssertEqual(problems, [])
        return themes
    }

    func testShippedThemesLoadWithoutProblems() throws {
        XCTAssertEqual(Set(try shippedThemes().keys), ["dark", "light", "high-contrast", "monochrome"])
    }

    func testEveryShippedThemeSetsEveryRoleAndDescribesItself() throws {
        for (name, theme) in try shippedThemes() {
            XCTAssertFalse(theme.summary.isEmpty, name)
            for role in ConfigTestData.themeRoles {
                XCTAssertNotNil(theme.styles[role], "\(name) lacks \(role)")
            }
        }
    }

    func testSelectionsStayVisibleWithoutColour() throws {
        for (name, theme) in try shippedThemes() {
            let plain = theme.resolvedStyle(for: .normal, depth: .none)
            for role in ConfigTestData.selectionRoles {
                let attributes = try XCTUnwrap(theme.styles[role]).attributes
                XCTAssertFalse(attributes.isDisjoint(with: [.reverse, .bold]), "\(name) \(role)")
                XCTAssertNotEqual(theme.resolvedStyle(for: role, depth: .none), plain, "\(name) \(role)")
            }
            XCTAssertNotEqual(theme.resolvedStyle(for: .inputCursor, depth: .none),
                              theme.resolvedStyle(for: .input, depth: .none), "\(name): the cursor shows in its field")
        }
    }

    func testMonochromeUsesAttributesOnly() throws {
        let monochrome = try XCTUnwrap(try shippedThemes()["monochrome"])
        for (role, style) in monochrome.styles {
            XCTAssertNil(style.foreground, "\(role)")
            XCTAssertNil(style.background, "\(role)")
        }
    }

    /// No role's text takes the colour of its background at any depth, and on the terminal's own
    /// background no text turns the colour that background usually has.
    func testTextStaysReadableAtEveryDepth() throws {
        let unreadableOnDefault: [String: Set<Color>] = [
            "dark": [.indexed(0)],
            "high-contrast": [.indexed(0)],
            "light": [.indexed(7), .indexed(15)],
            "monochrome": [],
        ]
        for (name, theme) in try shippedThemes() {
            for role in ConfigTestData.themeRoles {
                for depth in ColorDepth.allCases {
                    let style = theme.resolvedStyle(for: role, depth: depth)
                    guard let foreground = style.foreground else { continue }
                    XCTAssertNotEqual(foreground, style.background, "\(name) \(role) at \(depth)")
                    if style.background == nil || style.background == .terminalDefault {
                        XCTAssertFalse(unreadableOnDefault[name, default: []].contains(foreground),
                                       "\(name) \(role) at \(depth): \(foreground)")
                    }
                }
            }
        }
    }
}
