import TermUI
import XCTest

final class ThemeResolutionTests: XCTestCase {
    private let theme = Theme(name: "t", styles: [
        .normal: ThemeStyle(foreground: .rgb(0xd0, 0xd0, 0xd0), background: .terminalDefault),
        .listSelected: ThemeStyle(foreground: .rgb(255, 255, 255), background: .rgb(0x00, 0x5f, 0x87)),
        .statusBar: ThemeStyle(background: .rgb(0x30, 0x30, 0x30), attributes: .reverse),
        .tableHeader: ThemeStyle(foreground: .indexed(14), attributes: .bold),
        .tableRow: ThemeStyle(foreground: .indexed(2), background: .terminalDefault),
    ])

    func testTrueColourKeepsEverything() {
        XCTAssertEqual(theme.resolvedStyle(for: .listSelected, depth: .trueColor),
                       ResolvedStyle(foreground: .rgb(255, 255, 255), background: .rgb(0x00, 0x5f, 0x87)))
        XCTAssertEqual(theme.resolvedStyle(for: .tableHeader, depth: .trueColor),
                       ResolvedStyle(foreground: .indexed(14), background: .terminalDefault, attributes: .bold))
    }

    func testPaletteDepthsDegradeTheColours() {
        XCTAssertEqual(theme.resolvedStyle(for: .listSelected, depth: .palette256),
                       ResolvedStyle(foreground: .indexed(231), background: .indexed(24)))
        XCTAssertEqual(theme.resolvedStyle(for: .tableHeader, depth: .basic16).foreground, .indexed(14))
        XCTAssertEqual(theme.resolvedStyle(for: .tableHeader, depth: .basic8).foreground, .indexed(6))
        for depth in [ColorDepth.basic8, .basic16] {
            let selected = theme.resolvedStyle(for: .listSelected, depth: depth)
            XCTAssertLessThan(colorIndex(selected.foreground), depth == .basic8 ? 8 : 16)
            XCTAssertLessThan(colorIndex(selected.background), depth == .basic8 ? 8 : 16)
            XCTAssertEqual(selected.attributes, [], "the colours still tell the selection apart")
        }
    }

    func testWithoutColourABackgroundBarBecomesReverseVideo() {
        XCTAssertEqual(theme.resolvedStyle(for: .listSelected, depth: .none), ResolvedStyle(attributes: .reverse))
        XCTAssertEqual(theme.resolvedStyle(for: .statusBar, depth: .none), ResolvedStyle(attributes: .reverse),
                       "reverse is not toggled off again")
        XCTAssertEqual(theme.resolvedStyle(for: .tableHeader, depth: .none), ResolvedStyle(attributes: .bold))
        XCTAssertEqual(theme.resolvedStyle(for: .tableRow, depth: .none), ResolvedStyle(),
                       "the same background as normal's needs nothing")
        XCTAssertEqual(theme.resolvedStyle(for: .normal, depth: .none), ResolvedStyle())
        XCTAssertEqual(theme.resolvedStyle(for: "list.selected.marked", depth: .none), ResolvedStyle(attributes: .reverse),
                       "roles falling back to a bar inherit its reverse")
    }

    func testAnUnsetBackgroundCountsAsTheTerminalDefault() {
        let plain = Theme(name: "p", styles: [.normal: ThemeStyle(), .tab: ThemeStyle(background: .terminalDefault)])
        for depth in ColorDepth.allCases {
            XCTAssertEqual(plain.resolvedStyle(for: .tab, depth: depth).attributes, [], "\(depth)")
        }
    }

    func testABackgroundThatCollapsesIntoNormalsGetsReverse() {
        let dim = Theme(name: "d", styles: [
            .normal: ThemeStyle(foreground: .rgb(0xd0, 0xd0, 0xd0), background: .rgb(0x1c, 0x1c, 0x1c)),
            .listSelected: ThemeStyle(background: .rgb(0x30, 0x30, 0x30)),
        ])
        let attributesByDepth = ColorDepth.allCases.map { dim.resolvedStyle(for: .listSelected, depth: $0).attributes }
        XCTAssertEqual(ColorDepth.allCases, [.none, .basic8, .basic16, .palette256, .trueColor])
        XCTAssertEqual(attributesByDepth, [.reverse, .reverse, .reverse, [], []])
    }

    private func colorIndex(_ color: Color?) -> Int {
        if case .indexed(let i) = color { return Int(i) }
        return Int.max
    }
}
