/// Which answer of a yes/no question has focus, and what keys do to it.
public struct ConfirmState: Equatable, Sendable {
    /// An answer.
    public enum Choice: Equatable, Sendable { case yes, no }

    public var focused: Choice

    /// Focus starts on `no`, so a stray enter does not confirm.
    public init(focused: Choice = .no) {
        self.focused = focused
    }

    public mutating func toggle() { focused = focused == .yes ? .no : .yes }

    /// `y` answers yes; `n` and escape answer no; enter answers the focused choice;
    /// left/right/tab/h/l move focus and answer nothing (nil). Other keys and
    /// ctrl/alt chords: nil.
    public mutating func handle(_ key: Key) -> Choice? {
        guard !key.modifiers.contains(.ctrl), !key.modifiers.contains(.alt) else { return nil }
        switch key.code {
        case .character("y"), .character("Y"): return .yes
        case .character("n"), .character("N"), .escape: return .no
        case .enter: return focused
        case .left, .right, .tab, .character("h"), .character("l"):
            toggle()
            return nil
        default:
            return nil
        }
    }
}

/// A modal asking a yes/no question, with "y yes / n no" buttons.
public struct ConfirmDialog: Widget {
    public var title: String
    public var question: String
    public var state: ConfirmState

    public init(title: String, question: String, state: ConfirmState = ConfirmState()) {
        self.title = title
        self.question = question
        self.state = state
    }

    var modal: Modal {
        Modal(title: title, body: question,
              buttons: [ModalButton(key: "y", label: "yes"), ModalButton(key: "n", label: "no")],
              focusedButton: state.focused == .yes ? 0 : 1, maxWidth: 50)
    }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        modal.render(area, into: &buffer)
    }
}
