/// The five panes of the app, in tab order.
public enum PaneID: Int, CaseIterable, Sendable {
    case invoices, income, health, warRoom, access

    public var title: String {
        switch self {
        case .invoices: return "Invoices"
        case .income: return "Income"
        case .health: return "Health"
        case .warRoom: return "War room"
        case .access: return "Access"
        }
    }

    /// The keymap action that selects this pane (`app.pane.invoices` …).
    public var selectAction: String { "app.pane.\(commandName)" }

    /// The name used in the command palette and keymap action names.
    public var commandName: String {
        switch self {
        case .invoices: return "invoices"
        case .income: return "income"
        case .health: return "health"
        case .warRoom: return "warroom"
        case .access: return "access"
        }
    }

    public var next: PaneID { PaneID(rawValue: (rawValue + 1) % PaneID.allCases.count)! }
    public var previous: PaneID { PaneID(rawValue: (rawValue + PaneID.allCases.count - 1) % PaneID.allCases.count)! }
}
