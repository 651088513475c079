import TermUI

/// A pane with nothing to show yet: a headline, what the pane is for, and what to do next.
public struct EmptyPaneView: PaneView {
    public var headline: String
    public var body: String
    public var next: String

    public func render(_ area: Rect, into buffer: inout CellBuffer, state: ShellState) {
        let width = min(area.width - 4, 72)
        guard width > 10 else { return }
        var lines: [(String, StyleRole)] = [(headline, .title), ("", .normal)]
        lines += WordWrap.wrap(body, width: width).map { ($0, StyleRole.normal) }
        lines.append(("", .normal))
        lines += WordWrap.wrap(next, width: width).map { ($0, StyleRole.dim) }
        lines.append(("", .normal))
        lines += WordWrap.wrap("Press ? for keys, : for commands, 1-5 or Tab to switch panes.", width: width)
            .map { ($0, StyleRole.dim) }
        let top = area.y + max(0, (area.height - lines.count) / 3)
        let left = area.x + (area.width - width) / 2
        for (i, line) in lines.enumerated() where top + i < area.maxY {
            buffer.put(line.0, x: left, y: top + i, role: line.1, maxWidth: width)
        }
    }
}
