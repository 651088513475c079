import Foundation
import GigdeskCore
import TermUI

/// The pure state machine of the shell: `reduce(&state, action)` changes state
/// and returns effects as values, so tests drive it without a terminal.
public struct ShellReducer: Sendable {
    public var commands: [PaletteCommand]
    public var themeNames: [String]
    public var keymapNames: [String]
    /// Builds the help entries for the active pane from the active keymap.
    public var helpEntries: @Sendable (PaneID, String) -> [HelpState.Entry]
    /// Rows a page key moves in lists.
    public var pageSize = 10
    public static let toastSeconds: TimeInterval = 5

    public init(themeNames: [String], keymapNames: [String],
                helpEntries: @escaping @Sendable (PaneID, String) -> [HelpState.Entry]) {
        self.themeNames = themeNames
        self.keymapNames = keymapNames
        self.helpEntries = helpEntries
        self.commands = PaletteCommand.shell(themes: themeNames, keymaps: keymapNames)
    }

    public func reduce(_ state: inout ShellState, _ action: ShellAction) -> [ShellEffect] {
        switch action {
        case .tick(let now):
            state.now = now
            if let toast = state.toast, toast.expires <= now { state.toast = nil }
            return []
        case .storeChanged:
            state.storeGeneration += 1
            return []
        case .toast(let message, let level):
            show(message, level, in: &state)
            return []
        case .demoLoaded(let summary):
            state.welcomePending = false
            if state.overlay == .welcome { state.overlay = nil }
            state.storeGeneration += 1
            show(summary, .info, in: &state)
            return []
        case .demoFailed(let message):
            show("demo data not loaded: \(message)", .error, in: &state)
            return []
        case .timer(let timer):
            state.status.timer = timer
            return []
        case .clickTab(let pane):
            if state.overlay == nil { state.activePane = pane }
            return []
        default:
            break
        }
        switch state.overlay {
        case .help(var help)?:
            let effects = reduceHelp(&help, &state, action)
            if case .help? = state.overlay { state.overlay = .help(help) }
            return effects
        case .palette(var palette)?:
            let effects = reducePalette(&palette, &state, action)
            if case .palette? = state.overlay { state.overlay = .palette(palette) }
            return effects
        case .confirmQuit?:
            return reduceConfirm(&state, action)
        case .welcome?:
            return reduceWelcome(&state, action)
        case nil:
            return reduceGlobal(&state, action)
        }
    }

    private func show(_ message: String, _ level: Toast.Level, in state: inout ShellState) {
        state.toast = ToastMessage(message: message, level: level, expires: state.now.addingTimeInterval(Self.toastSeconds))
    }

    private func reduceGlobal(_ state: inout ShellState, _ action: ShellAction) -> [ShellEffect] {
        if state.activePane == .invoices, paneTakes(action, pane: state.invoices) {
            return InvoicesReducer(pageSize: pageSize, today: LocalDate.today(now: state.now)).reduce(&state.invoices, action)
        }
        guard case .invoke(let name) = action else { return [] }
        if let pane = PaneID.allCases.first(where: { $0.selectAction == name }) {
            state.activePane = pane
            return []
        }
        switch name {
        case "app.pane.next": state.activePane = state.activePane.next
        case "app.pane.previous": state.activePane = state.activePane.previous
        case "app.help": state.overlay = .help(HelpState(entries: helpEntries(state.activePane, state.keymapName)))
        case "app.palette": state.overlay = .palette(PaletteState())
        case "app.redraw": return [.redraw]
        case "app.quit": return requestQuit(&state)
        case "app.cancel": state.toast = nil
        default: break
        }
        return []
    }

    /// Whether the active pane handles this action before the global keys do.
    private func paneTakes(_ action: ShellAction, pane: InvoicesPaneState) -> Bool {
        switch action {
        case .text, .paste, .scroll: return true
        case .invoke("app.cancel"):
            return pane.takesText || pane.detail != nil || pane.clients != nil || !pane.text.text.isEmpty || pane.statusFilter != nil
        case .invoke(let name): return name.hasPrefix("list.") || name.hasPrefix("invoices.")
        default: return false
        }
    }

    private func requestQuit(_ state: inout ShellState) -> [ShellEffect] {
        if state.unsavedEdit != nil {
            state.overlay = .confirmQuit
        } else {
            state.isRunning = false
        }
        return []
    }

    private func reduceConfirm(_ state: inout ShellState, _ action: ShellAction) -> [ShellEffect] {
        switch action {
        case .confirm(true):
            state.isRunning = false
        case .confirm(false), .invoke("app.cancel"):
            state.overlay = nil
        default:
            break
        }
        return []
    }

    private func reduceWelcome(_ state: inout ShellState, _ action: ShellAction) -> [ShellEffect] {
        switch action {
        case .invoke("welcome.load_demo"):
            state.overlay = nil
            show("loading demo data…", .info, in: &state)
            return [.loadDemo]
        case .invoke("welcome.start_empty"):
            state.overlay = nil
            state.welcomePending = false
            return [.saveSetting(key: WelcomeCheck.welcomeSettingKey, value: "empty")]
        case .invoke("app.cancel"):
            state.overlay = nil
        case .invoke("app.quit"):
            return requestQuit(&state)
        default:
            break
        }
        return []
    }

    private func reduceHelp(_ help: inout HelpState, _ state: inout ShellState, _ action: ShellAction) -> [ShellEffect] {
        if help.list.isEditingQuery {
            switch action {
            case .text(let key) where key.code == .enter:
                help.list.isEditingQuery = false
            case .text(let key) where key.code == .escape:
                help.list.clearQuery()
            case .text(let key):
                _ = help.list.query.handle(key)
                help.list.applyQuery()
            case .paste(let text):
                help.list.query.insert(paste: text)
                help.list.applyQuery()
            default:
                break
            }
            return []
        }
        switch action {
        case .invoke("app.cancel") where !help.list.queryText.isEmpty:
            help.list.clearQuery()
        case .invoke("app.cancel"), .invoke("app.help"), .invoke("app.quit"):
            state.overlay = nil
        case .invoke("list.down"), .scroll(up: false): help.list.scroll.moveDown()
        case .invoke("list.up"), .scroll(up: true): help.list.scroll.moveUp()
        case .invoke("list.page_down"): help.list.scroll.pageDown(viewHeight: pageSize)
        case .invoke("list.page_up"): help.list.scroll.pageUp(viewHeight: pageSize)
        case .invoke("list.top"): help.list.scroll.top()
        case .invoke("list.bottom"): help.list.scroll.bottom()
        case .invoke("list.filter"): help.list.isEditingQuery = true
        case .invoke("list.next_match"): help.list.stepMatch(forward: true)
        case .invoke("list.previous_match"): help.list.stepMatch(forward: false)
        default: break
        }
        return []
    }

    private func reducePalette(_ palette: inout PaletteState, _ state: inout ShellState, _ action: ShellAction) -> [ShellEffect] {
        let matches = palette.matches(in: commands)
        switch action {
        case .text(let key):
            switch key.code {
            case .escape:
                state.overlay = nil
            case .enter:
                state.overlay = nil
                return run(palette.input.text, matches: matches, selected: palette.selected, &state)
            case .tab:
                palette.complete(in: commands)
            case .down:
                palette.selected = min(palette.selected + 1, max(0, matches.count - 1))
            case .up:
                palette.selected = max(palette.selected - 1, 0)
            default:
                if palette.input.handle(key) { palette.selected = 0 }
            }
        case .paste(let text):
            palette.input.insert(paste: text)
        case .invoke("app.cancel"):
            state.overlay = nil
        default:
            break
        }
        return []
    }

    /// Runs a palette line: an exact command name, or else the selected completion.
    func run(_ line: String, matches: [PaletteCommand], selected: Int, _ state: inout ShellState) -> [ShellEffect] {
        let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1).map(String.init)
        guard let word = parts.first?.lowercased() else { return [] }
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
        let name: String
        if commands.contains(where: { $0.name == word }) {
            name = word
        } else if !matches.isEmpty, matches[0].name.hasPrefix(word) {
            name = matches[min(selected, matches.count - 1)].name
        } else {
            show("unknown command: \(word) (press : then tab to see commands)", .error, in: &state)
            return []
        }
        return perform(name, argument: argument, &state)
    }

    private func perform(_ name: String, argument: String?, _ state: inout ShellState) -> [ShellEffect] {
        if let pane = PaneID.allCases.first(where: { $0.commandName == name }) {
            state.activePane = pane
            return []
        }
        switch name {
        case "help":
            state.overlay = .help(HelpState(entries: helpEntries(state.activePane, state.keymapName)))
        case "theme":
            guard let name = choose(argument, from: themeNames, kind: "theme", &state) else { return [] }
            state.themeName = name
            return [.applyTheme(name)]
        case "keymap":
            guard let name = choose(argument, from: keymapNames, kind: "keymap", &state) else { return [] }
            state.keymapName = name
            return [.applyKeymap(name)]
        case "demo":
            show("loading demo data…", .info, in: &state)
            return [.loadDemo]
        case "copy-store-path":
            show("copied \(state.status.storeFile) (OSC 52)", .info, in: &state)
            return [.copyToClipboard(state.status.storeFile)]
        case "redraw":
            return [.redraw]
        case "quit":
            return requestQuit(&state)
        default:
            break
        }
        return []
    }

    /// The argument when it names one of `names`; otherwise tells the user what exists.
    private func choose(_ argument: String?, from names: [String], kind: String, _ state: inout ShellState) -> String? {
        guard let argument, !argument.isEmpty else {
            show("\(kind) needs a name: \(names.joined(separator: ", "))", .warn, in: &state)
            return nil
        }
        guard names.contains(argument) else {
            show("no \(kind) named \"\(argument)\"; there are: \(names.joined(separator: ", "))", .error, in: &state)
            return nil
        }
        show("\(kind) \(argument)", .info, in: &state)
        return argument
    }
}
