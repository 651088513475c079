/// One bindable action: its keymap name, the help text, and the context it works in.
public struct BindableAction: Sendable, Equatable {
    public var name: String
    public var description: String

    /// The context is the name's prefix: `app`, `list`, `welcome`, or a pane's name.
    public var context: String { String(name.prefix(while: { $0 != "." })) }
}

/// Every action a keymap may bind, with the text the help overlay shows.
///
/// Keymap files bind these names to keys; the help overlay is generated from
/// this catalog and the active keymap, so the two never disagree.
public enum ActionCatalog {
    public static let global: [BindableAction] = [
        .init(name: "app.help", description: "show or hide this help"),
        .init(name: "app.palette", description: "command palette"),
        .init(name: "app.pane.next", description: "next pane"),
        .init(name: "app.pane.previous", description: "previous pane"),
    ] + PaneID.allCases.map { .init(name: $0.selectAction, description: "go to \($0.title)") } + [
        .init(name: "app.redraw", description: "redraw the screen"),
        .init(name: "app.cancel", description: "close / cancel"),
        .init(name: "app.quit", description: "quit"),
    ]

    public static let list: [BindableAction] = [
        .init(name: "list.down", description: "move down"),
        .init(name: "list.up", description: "move up"),
        .init(name: "list.page_down", description: "page down"),
        .init(name: "list.page_up", description: "page up"),
        .init(name: "list.top", description: "first row"),
        .init(name: "list.bottom", description: "last row"),
        .init(name: "list.filter", description: "filter rows"),
        .init(name: "list.next_match", description: "next match"),
        .init(name: "list.previous_match", description: "previous match"),
        .init(name: "list.sort_next_column", description: "sort by the next column"),
        .init(name: "list.sort_reverse", description: "reverse the sort order"),
        .init(name: "list.open", description: "open the selected row"),
    ]

    public static let welcome: [BindableAction] = [
        .init(name: "welcome.load_demo", description: "load demo data"),
        .init(name: "welcome.start_empty", description: "start with an empty store"),
    ]

    public static let invoices: [BindableAction] = [
        .init(name: "invoices.status_filter", description: "cycle the status filter (all, overdue, draft, …)"),
        .init(name: "invoices.copy_reminder", description: "copy a payment reminder (OSC 52)"),
        .init(name: "invoices.new", description: "new invoice"),
        .init(name: "invoices.edit", description: "edit the draft"),
        .init(name: "invoices.send", description: "mark as sent (locks the invoice)"),
        .init(name: "invoices.pay", description: "record a payment"),
        .init(name: "invoices.void", description: "void the invoice"),
        .init(name: "invoices.credit", description: "issue a credit note"),
        .init(name: "invoices.export", description: "export as PDF into the current folder"),
        .init(name: "invoices.clients", description: "show clients"),
        .init(name: "invoices.add_client", description: "add a client (clients view)"),
    ]

    public static var all: [BindableAction] { global + list + welcome + invoices }

    public static var names: Set<String> { Set(all.map(\.name)) }

    public static func description(of name: String) -> String? {
        all.first(where: { $0.name == name })?.description
    }
}
