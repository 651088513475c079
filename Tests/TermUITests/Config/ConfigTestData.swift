import TermUI

/// The role and action names the shipped files must serve.
enum ConfigTestData {
    /// Every role each shipped theme sets explicitly.
    static let themeRoles: [StyleRole] = [
        "normal", "text.dim", "text.emphasis", "text.accent", "text.control",
        "border", "border.focused", "title", "tab", "tab.active",
        "table.header", "table.row", "table.selected", "list.selected",
        "input", "input.cursor", "input.placeholder", "form.label", "form.error",
        "status", "status.info", "status.warn", "status.error", "status.ok",
        "gauge.ok", "gauge.warn", "gauge.critical", "gauge.empty", "chart.axis", "chart.label",
        "modal", "modal.title", "key", "highlight", "toast.info", "toast.warn", "toast.error",
        "series.1", "series.2", "series.3", "series.4", "series.5", "series.6", "series.7", "series.8",
        "invoice.status.draft", "invoice.status.sent", "invoice.status.partial",
        "invoice.status.paid", "invoice.status.overdue", "invoice.status.void",
        "severity.sev1", "severity.sev2", "severity.sev3", "severity.sev4",
        "alert.firing", "alert.pending", "alert.resolved",
    ]

    /// Roles that mark the current item and must show without colour.
    static let selectionRoles: [StyleRole] = [.tableSelected, .listSelected, .tabActive, .inputCursor]

    /// The actions the app knows, as it passes them to the keymap loader.
    static let knownActions: Set<String> = [
        "app.quit", "app.help", "app.palette",
        "app.pane.invoices", "app.pane.income", "app.pane.health", "app.pane.warroom", "app.pane.access",
        "app.pane.next", "app.pane.previous", "app.redraw", "app.cancel",
        "list.down", "list.up", "list.top", "list.bottom", "list.page_down", "list.page_up",
        "list.filter", "list.next_match", "list.previous_match",
        "list.sort_next_column", "list.sort_reverse", "list.open",
        "welcome.load_demo", "welcome.start_empty",
        "invoices.status_filter", "invoices.copy_reminder",
        "invoices.new", "invoices.edit", "invoices.send", "invoices.pay", "invoices.void", "invoices.credit", "invoices.export", "invoices.clients", "invoices.add_client",
    ]
}
