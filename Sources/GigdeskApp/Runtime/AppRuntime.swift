import Foundation
import GigdeskCore
import GigdeskStore
import TermUI

/// The run loop: reads input, resolves keys to actions, runs the reducer,
/// performs effects, drains the background worker's results, and draws.
///
/// Everything here runs on the thread that called `run()`; that is the only
/// thread that talks to the terminal.
public final class AppRuntime {
    private let terminal: Terminal
    private let store: Store
    private let settings: LoadedSettings
    private let clock: @Sendable () -> Date
    private let inbox = ActionInbox()
    private let worker: BackgroundWorker
    private let signals: SignalMonitor
    private var reducer: ShellReducer
    private var resolver: KeyResolver
    private var state: ShellState
    private var view: ShellView
    private var needsDraw = true
    private var lastTick = Date.distantPast
    /// What the Invoices page was last loaded for; a different key means reload.
    private var invoicesLoadKey: InvoicesLoadKey?
    /// While the text filter is being typed, the reload waits for a pause this long,
    /// so keystrokes echo at once and the (scanning) text query runs once per pause.
    private static let typingPause: TimeInterval = 0.15
    private var lastFilterEdit: Date?

    public init(terminal: Terminal, store: Store, settings: LoadedSettings, signals: SignalMonitor,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.terminal = terminal
        self.store = store
        self.settings = settings
        self.signals = signals
        self.clock = clock
        worker = BackgroundWorker(inbox: inbox)
        resolver = KeyResolver(keymap: settings.keymap)
        let keymaps = settings.keymaps
        reducer = ShellReducer(
            themeNames: settings.themes.keys.sorted(), keymapNames: keymaps.keys.sorted(),
            helpEntries: { pane, keymapName in
                KeyResolver(keymap: keymaps[keymapName] ?? Keymap(name: keymapName, bindings: [:])).helpEntries(for: pane)
            })
        state = ShellState(
            now: clock(),
            status: StatusInfo(storePath: DisplayPath.abbreviate(store.path, home: ProcessInfo.processInfo.environment["HOME"]),
                               storeFile: store.path, actor: store.actor.rawValue, syncState: "sync off",
                               firingAlerts: 0, readOnlyReason: store.readOnlyReason),
            themeName: settings.theme.name, keymapName: settings.keymap.name,
            welcomePending: WelcomeCheck.isPending(store))
        view = ShellView(glyphs: terminal.capabilities.unicode ? .unicode : .ascii, commands: reducer.commands)
        if let first = settings.problems.first {
            let more = settings.problems.count > 1 ? " (+\(settings.problems.count - 1) more: gigdesk doctor lists them)" : ""
            state.toast = ToastMessage(message: first.description + more, level: first.severity == .error ? .error : .warn,
                                expires: state.now.addingTimeInterval(15))
        }
    }

    /// Runs until the user quits or a termination signal arrives; returns the exit status.
    public func run() -> Int32 {
        startBackgroundWork()
        refreshActivePane()
        var exitStatus: Int32 = 0
        var endReason = "quit"
        while state.isRunning {
            if needsDraw { draw() }
            if let sig = signals.terminationSignal {
                exitStatus = 128 + sig
                endReason = SignalMonitor.name(of: sig)
                break
            }
            if let event = terminal.nextEvent(timeoutMilliseconds: 100) {
                if case .resize = event {
                    needsDraw = true
                    refreshActivePane()
                }
                let size = terminal.size
                if let action = resolver.action(for: event, state: state, tabHit: { x, y in
                    self.view.pane(atX: x, y: y, size: size)
                }) {
                    dispatch(action)
                }
            }
            for action in inbox.drain() { dispatch(action) }
            if let edit = lastFilterEdit, Date().timeIntervalSince(edit) >= Self.typingPause {
                refreshActivePane()
                needsDraw = true
            }
            let now = clock()
            if now.timeIntervalSince(lastTick) >= 1 {
                lastTick = now
                dispatch(.tick(now))
            }
        }
        worker.stop()
        terminal.shutdown()
        try? store.recordSessionEnd(reason: endReason)
        return exitStatus
    }

    private func startBackgroundWork() {
        let store = store
        worker.perform {
            do {
                try store.recordSessionStart(environment: ProcessInfo.processInfo.environment, terminal: ProcessInfo.processInfo.environment["TERM"])
                return []
            } catch {
                return store.isReadOnly ? [] : [.toast("could not record the session in the audit log: \(error)", .warn)]
            }
        }
        worker.schedule(RecurringInvoiceJob.make(store: store))
        worker.schedule(.init(name: "running timer", interval: 2) {
            let timer = (try? store.runningTimer()).flatMap { $0 }
            return [.timer(timer.map { RunningTimer(client: $0.client.name, since: $0.startedAt) })]
        })
        if let watcher = try? store.makeDataVersionWatcher() {
            worker.schedule(.init(name: "data-version watch", interval: 0.25) {
                (try? watcher.hasChanged()) == true ? [.storeChanged] : []
            })
        }
    }

    private func dispatch(_ action: ShellAction) {
        let before = state
        let effects = reducer.reduce(&state, action)
        if action == .storeChanged, state.welcomePending, !WelcomeCheck.isPending(store) {
            state.welcomePending = false
            if state.overlay == .welcome { state.overlay = nil }
        }
        for effect in effects { perform(effect) }
        refreshActivePane()
        if state != before || !effects.isEmpty { needsDraw = true }
    }

    private func perform(_ effect: ShellEffect) {
        switch effect {
        case .copyToClipboard(let text):
            terminal.copyToClipboard(text)
        case .applyTheme(let name):
            if let theme = settings.themes[name] { terminal.apply(theme: theme) }
        case .applyKeymap(let name):
            if let keymap = settings.keymaps[name] { resolver.keymap = keymap }
        case .redraw:
            terminal.invalidate()
        case .copyReminder(let number):
            copyReminder(number)
        case .invoiceCommand(let command, let number):
            invoiceOperation { "\(try $0.perform(command, number))" }
        case .editInvoice(let number):
            invoiceOperation { ops in
                self.state.invoices.form = try ops.editForm(number)
                return nil
            }
        case .openClients:
            invoiceOperation { ops in
                self.state.invoices.clients = try ops.clientLines()
                self.state.invoices.clientScroll = ScrollState(itemCount: self.state.invoices.clients?.count ?? 0)
                return nil
            }
        case .submitForm(let form):
            do {
                let message = try invoiceOperations.submit(form)
                state.invoices.form = nil
                if case .newClient = form.purpose, state.invoices.clients != nil {
                    state.invoices.clients = try invoiceOperations.clientLines()
                    state.invoices.clientScroll.itemCount = state.invoices.clients?.count ?? 0
                }
                state.storeGeneration += 1
                refreshActivePane()
                toast(message, .info)
            } catch {
                state.invoices.form?.error = "\(error)"
            }
        case .openInvoice(let number):
            do {
                state.invoices.detail = try InvoiceListLoader(store: store).loadDetail(number: number)
            } catch {
                toast("could not open \(number): \(error)", .error)
            }
        case .loadDemo:
            let store = store
            worker.perform {
                do {
                    return [.demoLoaded(try DemoLoader.load(into: store, size: .small, seed: DemoLoader.defaultSeed))]
                } catch {
                    return [.demoFailed("\(error)")]
                }
            }
        case .saveSetting(let key, let value):
            let store = store
            worker.perform {
                do {
                    try store.setSetting(key, value)
                    return []
                } catch {
                    return [.toast("could not save \(key): \(error)", .error)]
                }
            }
        }
    }

    private var invoiceOperations: InvoicePaneOperations {
        InvoicePaneOperations(store: store, today: LocalDate.today(now: state.now))
    }

    /// Runs a store operation of the Invoices pane; its message (or error) becomes a toast.
    private func invoiceOperation(_ work: (InvoicePaneOperations) throws -> String?) {
        do {
            if let message = try work(invoiceOperations) {
                state.storeGeneration += 1
                refreshActivePane()
                toast(message, .info)
            }
        } catch {
            toast("\(error)", .error)
        }
    }

    private func copyReminder(_ number: String) {
        let today = LocalDate.today(now: state.now)
        do {
            guard let invoice = try store.invoice(number: number), invoice.isOverdue(today: today) else {
                return toast("\(number) is not overdue; reminders are for overdue invoices", .warn)
            }
            let text = try ReminderComposer.compose(invoice, level: .polite, seller: try store.sellerProfile(),
                                                    assets: settings.resources.assets, today: today)
            terminal.copyToClipboard(text)
            toast("reminder for \(number) copied (OSC 52); gigdesk invoice remind \(number) --level firm|final for others", .info)
        } catch {
            toast("could not write the reminder: \(error)", .error)
        }
    }

    private func toast(_ message: String, _ level: Toast.Level) {
        state.toast = ToastMessage(message: message, level: level, expires: state.now.addingTimeInterval(ShellReducer.toastSeconds))
    }

    /// Loads the rows in view of the active pane when what it shows changed.
    private func refreshActivePane() {
        guard state.activePane == .invoices else { return }
        let height = InvoicesPaneView.tableHeight(paneHeight: terminal.size.height - 5)
        // The selection may have moved out of the loaded page: scroll first, so the key sees the new offset.
        state.invoices.scroll.ensureVisible(viewHeight: height)
        let key = InvoicesLoadKey(pane: state.invoices, generation: state.storeGeneration, height: height, today: LocalDate.today(now: state.now))
        guard key != invoicesLoadKey else { return }
        if let last = invoicesLoadKey, last.query.text != key.query.text {
            let now = Date()
            if let edit = lastFilterEdit, now.timeIntervalSince(edit) < Self.typingPause {
                lastFilterEdit = now
                return
            }
            if lastFilterEdit == nil {
                lastFilterEdit = now
                return
            }
        }
        lastFilterEdit = nil
        InvoiceListLoader(store: store).load(into: &state.invoices, viewHeight: height, today: key.today)
        invoicesLoadKey = InvoicesLoadKey(pane: state.invoices, generation: state.storeGeneration, height: height, today: key.today)
    }

    private func draw() {
        needsDraw = false
        terminal.present(view.render(state: state, size: terminal.size, keymap: resolver.keymap))
    }
}
