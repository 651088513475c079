/// A one-line text field drawn from a `TextInputState`, in `.input`.
///
/// The view scrolls horizontally so the cursor cell (in `.inputCursor`, shown
/// only when focused) is always visible. When empty, the placeholder shows in
/// `.inputPlaceholder`. Only the first row of the area is used.
public struct TextInput: Widget {
    public var state: TextInputState
    public var placeholder: String
    public var isFocused: Bool

    public init(state: TextInputState, placeholder: String = "", isFocused: Bool = true) {
        self.state = state
        self.placeholder = placeholder
        self.isFocused = isFocused
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, role: .input)
        if state.isEmpty {
            buffer.put(placeholder, x: row.x, y: row.y, role: .inputPlaceholder, clip: row)
            if isFocused {
                let first = placeholder.first.map(String.init) ?? " "
                buffer.put(first, x: row.x, y: row.y, role: .inputCursor, clip: row)
            }
            return
        }
        let chars = state.characters
        let cursorColumn = chars[..<state.cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        let cursorWidth = state.cursor < chars.count ? DisplayWidth.of(chars[state.cursor]) : 1
        let scroll = Swift.max(0, cursorColumn + cursorWidth - row.width)
        buffer.put(state.text, x: row.x - scroll, y: row.y, role: .input, clip: row)
        if isFocused {
            let under = state.cursor < chars.count ? String(chars[state.cursor]) : " "
            buffer.put(under, x: row.x + cursorColumn - scroll, y: row.y, role: .inputCursor, clip: row)
        }
    }
}
