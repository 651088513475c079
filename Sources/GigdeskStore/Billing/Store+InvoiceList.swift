import GigdeskCore

extension Store {
    /// How many invoices and credit notes `query` lets through.
    public func invoiceCount(_ query: InvoiceQuery) throws -> Int {
        let sql = InvoiceListSQL(query)
        return try read { connection in
            Int(try connection.query(sql.count, sql.bindings).first?.integer("count") ?? 0)
        }
    }

    /// Up to `limit` rows of the list from position `offset` (0 is the first).
    /// Reads along the index of `sort`; for scrolling on from a row already shown,
    /// `invoiceRows(_:sort:after:limit:)` does not re-read the skipped rows.
    public func invoiceRows(_ query: InvoiceQuery, sort: InvoiceSort, offset: Int, limit: Int) throws -> [InvoiceRow] {
        let sql = InvoiceListSQL(query, orderedBy: sort)
        return try rows(sql.select(sort, paging: "LIMIT ? OFFSET ?"),
                        sql.bindings + [.integer(Int64(limit)), .integer(Int64(offset))], today: query.today)
    }

    /// Up to `limit` rows of the list that come after `row` in `sort` order (keyset
    /// paging: a seek in the index, however far down the list); from the top when `row` is `nil`.
    public func invoiceRows(_ query: InvoiceQuery, sort: InvoiceSort, after row: InvoiceRow?,
                            limit: Int) throws -> [InvoiceRow] {
        var sql = InvoiceListSQL(query, orderedBy: sort)
        if let row {
            sql.restrict(after: row, in: sort)
        }
        return try rows(sql.select(sort, paging: "LIMIT ?"), sql.bindings + [.integer(Int64(limit))],
                        today: query.today)
    }

    /// Invoices sent or partially paid whose due date is before `today`, longest overdue first.
    public func overdueInvoices(today: LocalDate) throws -> [OverdueInvoice] {
        let query = InvoiceQuery(status: .overdue, today: today)
        return try invoiceRows(query, sort: InvoiceSort(column: .dueDate), offset: 0, limit: Int.max).map {
            OverdueInvoice(row: $0, daysOverdue: $0.dueDate.days(until: today))
        }
    }

    private func rows(_ select: String, _ bindings: [SQLValue], today: LocalDate) throws -> [InvoiceRow] {
        try read { connection in
            try connection.query(select, bindings).map { try InvoiceListSQL.row(from: $0, today: today) }
        }
    }
}
