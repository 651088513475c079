/// A multi-line text field drawn from a `TextInputState`, in `.input`.
///
/// Long lines wrap at the area's width (by grapheme, never splitting a wide
/// one); the view scrolls vertically so the cursor's row is always visible. The
/// cursor cell is in `.inputCursor` when focused; an empty text shows the
/// placeholder in `.inputPlaceholder`.
public struct TextArea: Widget {
    public var state: TextInputState
    public var placeholder: String
    public var isFocused: Bool

    public init(state: TextInputState, placeholder: String = "", isFocused: Bool = true) {
        self.state = state
        self.placeholder = placeholder
        self.isFocused = isFocused
    }

    /// The text cut into screen rows of at most `width` columns (each a range of
    /// the state's characters), and the row and column of the cursor.
    func layout(width: Int) -> (rows: [Range<Int>], cursorRow: Int, cursorColumn: Int) {
        let chars = state.characters
        var rows: [Range<Int>] = []
        var cursorRow = 0, cursorColumn = 0
        var start = 0
        var column = 0
        var i = 0
        while true {
            if i == state.cursor {
                cursorRow = rows.count
                cursorColumn = column
            }
            if i == chars.count || chars[i] == "\n" {
                rows.append(start..<i)
                // A cursor after a full row sits at the start of the next one.
                if i == state.cursor, column >= width {
                    rows.append(i..<i)
                    cursorRow = rows.count - 1
                    cursorColumn = 0
                }
                if i == chars.count { break }
                i += 1
                start = i
                column = 0
                continue
            }
            let w = DisplayWidth.of(chars[i])
            if column + w > width, column > 0 {
                rows.append(start..<i)
                start = i
                column = 0
                continue  // re-examine chars[i] at the start of the new row
            }
            column += w
            i += 1
        }
        return (rows, cursorRow, cursorColumn)
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area, role: .input)
        if state.isEmpty {
            for (k, line) in WordWrap.wrap(placeholder, width: area.width).prefix(area.height).enumerated() {
                buffer.put(line, x: area.x, y: area.y + k, role: .inputPlaceholder, clip: area)
            }
            if isFocused {
                buffer.put(placeholder.first.map(String.init) ?? " ", x: area.x, y: area.y, role: .inputCursor, clip: area)
            }
            return
        }
        let (rows, cursorRow, cursorColumn) = layout(width: area.width)
        let scroll = Swift.max(0, cursorRow - area.height + 1)
        let chars = state.characters
        for (k, row) in rows.dropFirst(scroll).prefix(area.height).enumerated() {
            buffer.put(String(chars[row]), x: area.x, y: area.y + k, role: .input, clip: area)
        }
        if isFocused {
            let cursor = state.cursor
            let under = cursor < chars.count && chars[cursor] != "\n" ? String(chars[cursor]) : " "
            buffer.put(under, x: area.x + cursorColumn, y: area.y + cursorRow - scroll, role: .inputCursor, clip: area)
        }
    }
}
