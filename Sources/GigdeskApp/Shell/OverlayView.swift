import TermUI

/// Draws the open overlay — help, palette completions, quit confirmation, welcome — over the pane area.
struct OverlayView: Widget {
    var state: ShellState
    var keymap: Keymap
    var commands: [PaletteCommand]

    func render(_ area: Rect, into buffer: inout CellBuffer) {
        switch state.overlay {
        case .help(let help)?:
            renderHelp(help, area, &buffer)
        case .palette(let palette)?:
            renderPalette(palette, area, &buffer)
        case .confirmQuit?:
            ConfirmDialog(title: "Quit?", question: "\(state.unsavedEdit ?? "An edit") is not saved. Quit anyway?")
                .render(area, into: &buffer)
        case .welcome?:
            Modal(title: "Welcome to gigdesk", body: welcomeBody, buttons: [
                ModalButton(key: key("welcome.load_demo"), label: "load demo data"),
                ModalButton(key: key("welcome.start_empty"), label: "start empty"),
            ], maxWidth: 64).render(area, into: &buffer)
        case nil:
            break
        }
    }

    private var welcomeBody: String {
        "gigdesk keeps billing, income, service health, incidents and access reviews in one local store:\n"
            + state.status.storePath + "\n\n"
            + "Load demo data to look around, or start with an empty store. Press ? at any time for keys."
    }

    private func key(_ action: String) -> String {
        keymap.keys(for: action).first?.description ?? "?"
    }

    private func renderHelp(_ help: HelpState, _ area: Rect, _ buffer: inout CellBuffer) {
        var sections: [HelpSection] = []
        for index in help.list.visible {
            let entry = help.entries[index]
            if sections.last?.title != entry.section { sections.append(HelpSection(entry.section, [])) }
            sections[sections.count - 1].entries.append((keys: entry.keys, description: entry.description))
        }
        if sections.isEmpty { sections = [HelpSection("No key matches \"\(help.list.queryText)\"", [])] }
        var title = "Keys for \(state.activePane.title)"
        if !help.list.queryText.isEmpty { title += " /\(help.list.queryText)" }
        HelpOverlay(sections: sections, offset: help.list.scroll.selected, title: title).render(area, into: &buffer)
    }

    private func renderPalette(_ palette: PaletteState, _ area: Rect, _ buffer: inout CellBuffer) {
        let matches = palette.matches(in: commands)
        guard !matches.isEmpty else { return }
        let height = min(matches.count, max(1, area.height - 4)) + 2
        let box = Rect(x: area.x + 1, y: area.maxY - height, width: min(area.width - 2, 72), height: height)
        buffer.fill(box, role: .modal)
        let block = Block(title: "Commands", isFocused: true, titleRole: .modalTitle)
        block.render(box, into: &buffer)
        let nameWidth = (matches.map { $0.name.displayWidth + ($0.argument.map { $0.count + 3 } ?? 0) }.max() ?? 0) + 2
        let items = matches.map { command -> ListItem in
            let name = command.name + (command.argument.map { " <\($0)>" } ?? "")
            return ListItem(name.padded(toWidth: nameWidth) + command.description)
        }
        ListView(items, state: ScrollState(itemCount: items.count, selected: palette.selected))
            .render(block.inner(box), into: &buffer)
    }
}
