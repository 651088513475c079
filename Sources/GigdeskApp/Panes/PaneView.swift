import TermUI

/// What a pane draws inside its area, from the shell state.
///
/// Each pane's issue replaces its empty state with a real view; the shell
/// only knows this protocol.
public protocol PaneView: Sendable {
    func render(_ area: Rect, into buffer: inout CellBuffer, state: ShellState)
}

/// The pane views by tab, as shipped in this build.
public enum PaneCatalog {
    public static func view(for pane: PaneID) -> any PaneView {
        switch pane {
        case .invoices:
            return InvoicesPaneView()
        case .income:
            return EmptyPaneView(
                headline: "No income recorded yet",
                body: "Income gathers money from every source - invoice payments and platform payouts "
                    + "(Stripe, PayPal, Upwork, Fiverr or any CSV) - as gross, fees and net in your home "
                    + "currency, with monthly charts, year against last year, top clients and a tax set-aside.",
                next: "Income tracking is not part of this build yet.")
        case .health:
            return EmptyPaneView(
                headline: "No health sources yet",
                body: "Health shows live gauges of the service you run and of this host - request rate, "
                    + "errors, latency, CPU, memory, disk, load - from /proc, Prometheus endpoints and access "
                    + "logs, with alert rules whose firing count shows in the status bar of every pane.",
                next: "Health monitoring is not part of this build yet.")
        case .warRoom:
            return EmptyPaneView(
                headline: "No incidents",
                body: "The war room is where an incident is run: severity, status, roles, a timeline, the "
                    + "playbook, status updates from templates with a cadence countdown, action items and a "
                    + "postmortem - shared live with other sessions on this store.",
                next: "Incident management is not part of this build yet.")
        case .access:
            return EmptyPaneView(
                headline: "No access data yet",
                body: "Access lists who can reach production - people, service accounts, their grants and "
                    + "when each was last used - for keyboard-driven access reviews with evidence export. "
                    + "Every session and decision lands in the tamper-evident audit log, which already records "
                    + "each gigdesk session on this store.",
                next: "Access reviews are not part of this build yet.")
        }
    }
}
