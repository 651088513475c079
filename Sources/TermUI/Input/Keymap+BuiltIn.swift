extension Keymap {
    /// The shipped `Keymaps/default.json`, compiled in for when no keymap file can be read.
    /// A test keeps the two the same.
    public static let builtInDefault = Keymap(
        name: "default",
        summary: "The standard keys: arrows and vi-style letters, ? for help, : for the palette, / to filter",
        bindings: [
            "app.quit": [.char("q")],
            "app.help": [.char("?")],
            "app.palette": [.char(":")],
            "app.pane.invoices": [.char("1")],
            "app.pane.income": [.char("2")],
            "app.pane.health": [.char("3")],
            "app.pane.warroom": [.char("4")],
            "app.pane.access": [.char("5")],
            "app.pane.next": [Key(.tab)],
            "app.pane.previous": [Key(.tab, modifiers: .shift)],
            "app.redraw": [.ctrl("l")],
            "app.cancel": [Key(.escape)],

            "list.down": [Key(.down), .char("j")],
            "list.up": [Key(.up), .char("k")],
            "list.top": [Key(.home), .char("g")],
            "list.bottom": [Key(.end), .char("G")],
            "list.page_down": [Key(.pageDown), .ctrl("d")],
            "list.page_up": [Key(.pageUp), .ctrl("u")],
            "list.filter": [.char("/")],
            "list.next_match": [.char("n")],
            "list.previous_match": [.char("N")],
            "list.sort_next_column": [.char("s")],
            "list.sort_reverse": [.char("S")],
            "list.open": [Key(.enter)],

            "invoices.status_filter": [.char("f")],
            "invoices.copy_reminder": [.char("r")],
            "invoices.new": [.char("n")],
            "invoices.edit": [.char("e")],
            "invoices.send": [.char("m")],
            "invoices.pay": [.char("p")],
            "invoices.void": [.char("V")],
            "invoices.credit": [.char("C")],
            "invoices.export": [.char("x")],
            "invoices.clients": [.char("c")],
            "invoices.add_client": [.char("a")],
            "welcome.load_demo": [.char("d")],
            "welcome.start_empty": [.char("e")],
        ]
    )
}
