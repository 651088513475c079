/// A key hint shown as a button at the bottom of a modal: "y yes".
public struct ModalButton: Equatable, Sendable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// A centred box drawn over whatever is beneath: it clears its area (in
/// `.modal`), shows a title in the border, the body wrapped to its width, and a
/// centred row of buttons ("y yes / n no"), the focused one in `.highlight`.
public struct Modal: Widget {
    public var title: String
    public var body: String
    public var buttons: [ModalButton]
    public var focusedButton: Int?
    /// The widest the box may be, borders included.
    public var maxWidth: Int

    public init(title: String, body: String, buttons: [ModalButton] = [], focusedButton: Int? = nil, maxWidth: Int = 60) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.focusedButton = focusedButton
        self.maxWidth = maxWidth
    }

    static let buttonSeparator = " / "

    var buttonsText: String {
        buttons.map { $0.key + " " + $0.label }.joined(separator: Modal.buttonSeparator)
    }

    /// Where the box goes inside `area`: sized to its content, centred.
    public func frame(in area: Rect) -> Rect {
        // Borders and one column of padding on each side.
        let chrome = 4
        let natural = [
            body.split(whereSeparator: \.isNewline).map { String($0).displayWidth }.max() ?? 0,
            buttonsText.displayWidth,
            title.displayWidth,
        ].max() ?? 0
        let width = Swift.min(area.width, maxWidth, natural + chrome)
        let lines = WordWrap.wrap(body, width: Swift.max(1, width - chrome)).count
        let height = 2 + lines + (buttons.isEmpty ? 0 : 2)
        return area.centered(width: width, height: height)
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        let box = frame(in: area)
        guard !box.isEmpty else { return }
        buffer.fill(box, role: .modal)
        let block = Block(title: title, isFocused: true, titleRole: .modalTitle)
        block.render(box, into: &buffer)
        let inner = block.inner(box).inset(right: 1, left: 1)
        guard !inner.isEmpty else { return }

        let bodyRows = inner.height - (buttons.isEmpty ? 0 : 2)
        for (k, line) in WordWrap.wrap(body, width: inner.width).prefix(Swift.max(0, bodyRows)).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + k, role: .modal, clip: inner)
        }

        guard !buttons.isEmpty else { return }
        let row = inner.row(inner.height - 1)
        var x = row.x + Swift.max(0, (row.width - buttonsText.displayWidth) / 2)
        for (i, button) in buttons.enumerated() {
            if i > 0 { x += buffer.put(Modal.buttonSeparator, x: x, y: row.y, role: .modal, clip: row) }
            let focused = i == focusedButton
            x += buffer.put(button.key, x: x, y: row.y, role: focused ? .highlight : .keyHint, clip: row)
            x += buffer.put(" " + button.label, x: x, y: row.y, role: focused ? .highlight : .modal, clip: row)
        }
    }
}
