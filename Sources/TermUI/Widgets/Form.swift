/// One field of a form: a label, its text, and the rules it must satisfy.
public struct FormField: Sendable {
    public var label: String
    public var input: TextInputState
    public var isRequired: Bool
    /// Returns an error message for an invalid value, nil for a valid one.
    public var validator: (@Sendable (String) -> String?)?
    /// Rows a multi-line field takes.
    public var height: Int
    /// The message from the last `validate()`, cleared when the field is edited.
    public internal(set) var error: String?

    public init(_ label: String, text: String = "", isRequired: Bool = false, isMultiline: Bool = false,
                height: Int = 3, validator: (@Sendable (String) -> String?)? = nil) {
        self.label = label
        self.input = TextInputState(text: text, isMultiline: isMultiline)
        self.isRequired = isRequired
        self.validator = validator
        self.height = isMultiline ? Swift.max(1, height) : 1
    }

    public var value: String { input.text }
}

/// The state of a form: its fields, which one has focus, and validation results.
public struct FormState: Sendable {
    public var fields: [FormField]
    public private(set) var focusedIndex: Int
    private var savedValues: [String]

    public init(fields: [FormField]) {
        self.fields = fields
        self.focusedIndex = 0
        self.savedValues = fields.map(\.value)
    }

    /// Whether any value differs from when the form was created or last marked clean.
    public var isDirty: Bool { fields.map(\.value) != savedValues }

    /// Takes the current values as the saved ones.
    public mutating func markClean() { savedValues = fields.map(\.value) }

    /// The value of the field labelled `label`.
    public func value(of label: String) -> String? { fields.first { $0.label == label }?.value }

    public mutating func focus(_ index: Int) {
        guard !fields.isEmpty else { return }
        focusedIndex = Swift.max(0, Swift.min(index, fields.count - 1))
    }

    /// The next field, wrapping to the first (tab).
    public mutating func focusNext() {
        guard !fields.isEmpty else { return }
        focusedIndex = (focusedIndex + 1) % fields.count
    }

    /// The previous field, wrapping to the last (shift+tab).
    public mutating func focusPrevious() {
        guard !fields.isEmpty else { return }
        focusedIndex = (focusedIndex + fields.count - 1) % fields.count
    }

    /// Checks every field (required ones must not be blank, then the validator),
    /// stores each field's error, focuses the first invalid field, and says whether all are valid.
    @discardableResult
    public mutating func validate() -> Bool {
        for i in fields.indices {
            let value = fields[i].value
            if fields[i].isRequired, value.allSatisfy(\.isWhitespace) {
                fields[i].error = "required"
            } else {
                fields[i].error = fields[i].validator?(value)
            }
        }
        if let first = fields.firstIndex(where: { $0.error != nil }) {
            focusedIndex = first
            return false
        }
        return true
    }

    /// Tab and shift+tab move between fields; other keys go to the focused field.
    /// False for keys neither uses (enter in a one-line field, escape, …).
    public mutating func handle(_ key: Key) -> Bool {
        if key.code == .tab {
            if key.modifiers.contains(.shift) { focusPrevious() } else { focusNext() }
            return !fields.isEmpty
        }
        guard fields.indices.contains(focusedIndex) else { return false }
        let before = fields[focusedIndex].value
        let used = fields[focusedIndex].input.handle(key)
        if fields[focusedIndex].value != before { fields[focusedIndex].error = nil }
        return used
    }

    /// Pastes into the focused field.
    public mutating func handle(paste text: String) {
        guard fields.indices.contains(focusedIndex) else { return }
        fields[focusedIndex].input.handle(paste: text)
        fields[focusedIndex].error = nil
    }
}

/// Draws a `FormState`: labels in a column (required ones marked `*`, the
/// focused one in `.formLabelFocused`), inputs beside them, and each error in
/// `.formError` on the row under its field. Scrolls to keep the focused field in view.
public struct FormView: Widget {
    public var state: FormState

    public init(state: FormState) {
        self.state = state
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let g = buffer.glyphs
        let labels = state.fields.map { $0.label + ($0.isRequired ? "*" : "") }
        let labelWidth = Swift.min(labels.map(\.displayWidth).max() ?? 0, area.width / 3)
        let inputX = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let inputWidth = area.maxX - inputX

        // Rows from the top of the form to each field, and the scroll keeping the focused field in view.
        var tops: [Int] = []
        var y = 0
        for field in state.fields {
            tops.append(y)
            y += field.height + (field.error == nil ? 0 : 1)
        }
        var scroll = 0
        if state.fields.indices.contains(state.focusedIndex) {
            let focused = state.fields[state.focusedIndex]
            let bottom = tops[state.focusedIndex] + focused.height + (focused.error == nil ? 0 : 1)
            scroll = Swift.max(0, Swift.min(tops[state.focusedIndex], bottom - area.height))
        }

        for (i, field) in state.fields.enumerated() {
            let top = area.y + tops[i] - scroll
            guard top >= area.y else { continue }
            guard top < area.maxY else { break }
            let isFocused = i == state.focusedIndex
            buffer.put(labels[i].truncated(toWidth: labelWidth, ellipsis: g.ellipsis), x: area.x, y: top,
                       role: isFocused ? .formLabelFocused : .formLabel, clip: area)
            let inputRect = Rect(x: inputX, y: top, width: inputWidth, height: field.height).intersection(area)
            if field.input.isMultiline {
                TextArea(state: field.input, isFocused: isFocused).render(inputRect, into: &buffer)
            } else {
                TextInput(state: field.input, isFocused: isFocused).render(inputRect, into: &buffer)
            }
            if let error = field.error {
                buffer.put(error.truncated(toWidth: inputWidth, ellipsis: g.ellipsis), x: inputX,
                           y: top + field.height, role: .formError, clip: area)
            }
        }
    }
}
