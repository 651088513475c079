import TermUI

/// The line above the status bar: the palette or filter prompt while typing,
/// else the current notification, else hints for the most useful keys.
struct MessageLine: Widget {
    var state: ShellState
    var keymap: Keymap

    func render(_ area: Rect, into buffer: inout CellBuffer) {
        switch state.overlay {
        case .palette(let palette)?:
            prompt(":", palette.input, placeholder: "command (tab completes, enter runs, esc cancels)", area, &buffer)
            return
        case .help(let help)? where help.list.isEditingQuery:
            prompt("/", help.list.query, placeholder: "filter keys (enter keeps, esc clears)", area, &buffer)
            return
        default:
            break
        }
        if let toast = state.toast {
            Toast(toast.message, level: toast.level).render(area, into: &buffer)
            return
        }
        var x = area.x + 1
        for (action, label) in hints {
            guard let key = keymap.keys(for: action).first else { continue }
            let width = key.description.displayWidth + label.displayWidth + 3
            guard x + width <= area.maxX else { break }
            x += buffer.put(key.description, x: x, y: area.y, role: .keyHint)
            x += buffer.put(" " + label + "   ", x: x, y: area.y, role: .dim)
        }
    }

    private var hints: [(String, String)] {
        if state.overlay == .welcome {
            return [("welcome.load_demo", "demo data"), ("welcome.start_empty", "start empty"), ("app.quit", "quit")]
        }
        return [("app.help", "help"), ("app.palette", "commands"), ("app.pane.next", "next pane"), ("app.quit", "quit")]
    }

    private func prompt(_ symbol: String, _ input: TextInputState, placeholder: String, _ area: Rect, _ buffer: inout CellBuffer) {
        buffer.put(symbol, x: area.x, y: area.y, role: .keyHint)
        TextInput(state: input, placeholder: placeholder, isFocused: true)
            .render(area.inset(left: symbol.displayWidth), into: &buffer)
    }
}
