/// The inline style sheet of HTML exports: readable on screen, clean on paper.
enum HTMLStyle {
    /// The CSS for a document printed on `pageSize`.
    static func css(pageSize: InvoiceDocument.PageSize) -> String {
        let size = pageSize == .a4 ? "A4" : "letter"
        return """
        @page { size: \(size); margin: 16mm 15mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, "Noto Sans CJK JP", "Droid Sans Fallback", sans-serif;
               color: #222; background: #fff; max-width: 820px; margin: 2rem auto; padding: 0 1.25rem;
               font-size: 14px; line-height: 1.45; }
        header { display: flex; justify-content: space-between; align-items: flex-start; gap: 2rem; margin-bottom: 2rem; }
        h1 { margin: 0 0 .5rem; font-size: 1.9rem; letter-spacing: .05em; text-transform: uppercase; text-align: right; }
        h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: #666; margin: 1.5rem 0 .35rem; }
        p { margin: 0; }
        .party strong { font-size: 1.1rem; }
        table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { padding: .4rem .5rem; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
        th { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: #555; border-bottom: 2px solid #333; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.facts { width: auto; margin: 0 0 0 auto; }
        table.facts th, table.facts td { border: 0; padding: .1rem 0 .1rem 1rem; }
        table.facts th { font-size: inherit; text-transform: none; letter-spacing: 0; color: #666; font-weight: normal; }
        .summary { display: flex; justify-content: space-between; gap: 2rem; align-items: flex-start; }
        .summary > * { flex: 1; }
        table.totals tr.strong td { font-weight: bold; border-top: 2px solid #333; }
        .note { color: #666; font-size: .85rem; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
          tr, .summary, section { break-inside: avoid; }
          thead { display: table-header-group; }
        }
        """
    }
}
