/// A group of key bindings in the help overlay.
public struct HelpSection: Sendable {
    public var title: String
    public var entries: [(keys: String, description: String)]

    public init(_ title: String, _ entries: [(keys: String, description: String)]) {
        self.title = title
        self.entries = entries
    }
}

/// A centred box listing key bindings by section in two columns (keys in
/// `.keyHint`, descriptions), scrolled by `offset` rows, with "esc close" in its
/// bottom border and a scrollbar when the list does not fit.
public struct HelpOverlay: Widget {
    public var sections: [HelpSection]
    public var offset: Int
    public var title: String
    public var maxWidth: Int

    public init(sections: [HelpSection], offset: Int = 0, title: String = "Help", maxWidth: Int = 72) {
        self.sections = sections
        self.offset = offset
        self.title = title
        self.maxWidth = maxWidth
    }

    private enum Line {
        case blank
        case heading(String)
        case entry(keys: String, description: String)
    }

    private var lines: [Line] {
        var out: [Line] = []
        for (i, section) in sections.enumerated() {
            if i > 0 { out.append(.blank) }
            out.append(.heading(section.title))
            out += section.entries.map { .entry(keys: $0.keys, description: $0.description) }
        }
        return out
    }

    private var keysWidth: Int {
        sections.flatMap { $0.entries.map(\.keys.displayWidth) }.max() ?? 0
    }

    /// Where the box goes inside `area`.
    public func frame(in area: Rect) -> Rect {
        let descriptions = sections.flatMap { $0.entries.map(\.description.displayWidth) }.max() ?? 0
        let headings = sections.map(\.title.displayWidth).max() ?? 0
        // Borders, padding, the gap between columns and room for a scrollbar.
        let natural = Swift.max(keysWidth + 2 + descriptions, headings, title.displayWidth, "esc close".displayWidth) + 5
        return area.centered(width: Swift.min(natural, maxWidth), height: lines.count + 2)
    }

    /// The largest useful `offset` when drawn in `area`.
    public func maxOffset(in area: Rect) -> Int {
        Swift.max(0, lines.count - Swift.max(0, frame(in: area).height - 2))
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        let box = frame(in: area)
        guard !box.isEmpty else { return }
        buffer.fill(box, role: .modal)
        let block = Block(title: title, footer: "esc close", isFocused: true, titleRole: .modalTitle, footerRole: .keyHint)
        block.render(box, into: &buffer)
        let inner = block.inner(box)
        guard !inner.isEmpty else { return }
        let all = lines
        let overflows = all.count > inner.height
        let text = inner.inset(right: overflows ? 2 : 1, left: 1)
        let start = Swift.max(0, Swift.min(offset, maxOffset(in: area)))
        let keysColumn = Swift.min(keysWidth, text.width / 2)
        let g = buffer.glyphs
        for (k, line) in all.dropFirst(start).prefix(inner.height).enumerated() {
            let y = inner.y + k
            switch line {
            case .blank:
                break
            case .heading(let heading):
                buffer.put(heading.truncated(toWidth: text.width, ellipsis: g.ellipsis), x: text.x, y: y, role: .title, clip: text)
            case .entry(let keys, let description):
                buffer.put(keys.fitted(toWidth: keysColumn, ellipsis: g.ellipsis), x: text.x, y: y, role: .keyHint, clip: text)
                let descriptionX = text.x + keysColumn + 2
                buffer.put(description.truncated(toWidth: text.maxX - descriptionX, ellipsis: g.ellipsis),
                           x: descriptionX, y: y, role: .modal, clip: text)
            }
        }
        if overflows {
            Scrollbar(total: all.count, offset: start, viewHeight: inner.height)
                .render(Rect(x: inner.maxX - 1, y: inner.y, width: 1, height: inner.height), into: &buffer)
        }
    }
}
