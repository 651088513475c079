import GigdeskCore
@testable import GigdeskStore
import XCTest

/// The list's queries read along an index: no sorting of the whole table for a page.
final class InvoiceQueryPlanTests: BillingStoreTestCase {
    private let today = LocalDate(iso: "2026-03-01")!

    private func plan(_ store: Store, _ query: InvoiceQuery, _ sort: InvoiceSort, after row: InvoiceRow? = nil) throws -> String {
        var sql = InvoiceListSQL(query, orderedBy: sort)
        if let row {
            sql.restrict(after: row, in: sort)
        }
        return try store.read { connection in
            try connection.query("EXPLAIN QUERY PLAN " + sql.select(sort, paging: "LIMIT ? OFFSET ?"),
                                 sql.bindings + [.integer(50), .integer(0)])
                .compactMap { $0["detail"]?.textValue }.joined(separator: "; ")
        }
    }

    func testEverySortUsesItsIndexWithAndWithoutFilters() throws {
        let store = try openStore()
        let client = try addClient(store, "Acme")
        try store.insertDemoInvoices([DemoInvoice(clientID: client.id, issueDate: today, dueDate: today,
                                                  lines: [item(price: 100)])])
        let row = try XCTUnwrap(store.invoiceRows(InvoiceQuery(today: today), sort: .newestFirst, offset: 0, limit: 1).first)
        let indexes: [InvoiceSort.Column: String] = [
            .number: "sqlite_autoindex_invoices_2", .client: "invoices_by_client_name",
            .issueDate: "invoices_by_issue_date", .dueDate: "invoices_by_due_date", .total: "invoices_by_total",
            .balance: "invoices_by_balance", .status: "invoices_by_status",
        ]
        let queries = [
            InvoiceQuery(today: today), InvoiceQuery(status: .status(.paid), today: today),
            InvoiceQuery(status: .overdue, today: today), InvoiceQuery(text: "acme", today: today),
        ]
        for column in InvoiceSort.Column.allCases {
            for ascending in [true, false] {
                let sort = InvoiceSort(column: column, ascending: ascending)
                for query in queries {
                    for after in [nil, row] {
                        let detail = try plan(store, query, sort, after: after)
                        XCTAssertFalse(detail.contains("TEMP B-TREE"), "\(sort) \(query): \(detail)")
                        XCTAssertTrue(detail.contains(try XCTUnwrap(indexes[column])), "\(sort) \(query): \(detail)")
                    }
                }
            }
        }
        // A client's invoices by date come straight from the client index.
        let byClient = try plan(store, InvoiceQuery(clientID: client.id, today: today), .newestFirst)
        XCTAssertEqual(byClient, "SEARCH invoices USING INDEX invoices_by_client (client_id=?)")
        // Keyset paging seeks instead of scanning from the top.
        XCTAssertTrue(try plan(store, InvoiceQuery(today: today), .newestFirst, after: row).contains("SEARCH"))
    }
}
