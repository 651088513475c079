import GigdeskCore
import GigdeskStore
import XCTest

final class ClientStoreTests: BillingStoreTestCase {
    func testAddListAndFindByIdOrName() throws {
        let store = try openStore()
        let acme = try store.addClient(Client(name: "  Acme GmbH ", email: "ap@acme.example", address: "Hauptstr. 1\nBerlin",
                                              country: "DE", taxID: "DE123", currency: eur, hourlyRate: 9_500,
                                              paymentTermsDays: 30, notes: "net 30"))
        XCTAssertEqual(acme.name, "Acme GmbH")
        try addClient(store, "Ōsaka Design 株式会社", currency: jpy)
        try addClient(store, "café du Monde")

        XCTAssertEqual(try store.clients().map(\.name), ["Acme GmbH", "café du Monde", "Ōsaka Design 株式会社"])
        XCTAssertEqual(try store.client(id: acme.id), acme)
        XCTAssertEqual(try store.client(named: "ACME gmbh"), acme)
        XCTAssertEqual(try store.client(named: "ac")?.name, "Acme GmbH")
        XCTAssertEqual(try store.client(named: "CAFÉ DU")?.name, "café du Monde")
        XCTAssertEqual(try store.client(named: "ōsaka")?.currency, jpy)
        XCTAssertNil(try store.client(named: "zebra"))
    }

    func testNamesAreUniqueIgnoringCaseAmongActiveClients() throws {
        let store = try openStore()
        let first = try addClient(store, "Café Bleu")
        assertThrows(try addClient(store, "CAFÉ BLEU"),
                     "a client named \"Café Bleu\" already exists (names are compared ignoring case)")
        // A decomposed é is the same name.
        assertThrows(try addClient(store, "cafe\u{301} bleu"),
                     "a client named \"Café Bleu\" already exists (names are compared ignoring case)")
        try store.archiveClient(id: first.id)
        let second = try addClient(store, "café bleu")
        XCTAssertEqual(try store.clients().map(\.id), [second.id])
        XCTAssertEqual(try store.clients(includeArchived: true).count, 2)
        // Restoring the archived one would make two active clients of one name.
        var restored = first
        restored.archived = false
        assertThrows(try store.updateClient(restored),
                     "a client named \"café bleu\" already exists (names are compared ignoring case)")
    }

    func testInvalidClientIsRefusedWithFieldMessages() throws {
        let store = try openStore()
        assertThrows(try store.addClient(Client(name: " ", country: "Germany", currency: eur)),
                     "the client is not valid: name is required; \"Germany\" is not an ISO 3166 country code such as DE or US")
        XCTAssertEqual(try store.counts()["clients"], 0)
    }

    func testAmbiguousAndUnknownNamesExplainThemselves() throws {
        let store = try openStore()
        for name in ["Northwind Traders", "Northwind Labs", "Contoso"] {
            try addClient(store, name)
        }
        XCTAssertNil(try store.client(named: "north"))
        assertThrows(try store.resolveClient(named: "north"),
                     "\"north\" matches several clients: \"Northwind Labs\" and \"Northwind Traders\"; type more of the name")
        assertThrows(try store.resolveClient(named: "wind"),
                     "no client named \"wind\"; did you mean \"Northwind Labs\" or \"Northwind Traders\"?")
        assertThrows(try store.resolveClient(named: "Contosso"), "no client named \"Contosso\"; did you mean \"Contoso\"?")
        assertThrows(try store.resolveClient(named: "Fabrikam"), "no client named \"Fabrikam\"")
        XCTAssertEqual(try store.resolveClient(named: "northwind t").name, "Northwind Traders")
    }

    func testArchivedClientsAreFoundByExactNameButNotBilled() throws {
        let store = try openStore()
        let old = try addClient(store, "Old Client")
        try store.archiveClient(id: old.id)
        XCTAssertEqual(try store.client(named: "old client")?.archived, true)
        XCTAssertNil(try store.client(named: "old"))
        assertThrows(try store.createDraft(clientID: old.id, issueDate: day("2026-01-01"), lines: [item(price: 100)]),
                     "client \"Old Client\" is archived; restore it before billing it")
    }

    func testRenameReachesTheInvoiceList() throws {
        let store = try openStore()
        var client = try addClient(store, "Initech")
        let draft = try store.createDraft(clientID: client.id, issueDate: day("2026-02-01"), lines: [item(price: 100)])
        let seq = try lastChangeSeq(store)
        client.name = "Initrode"
        client.hourlyRate = 12_000
        try store.updateClient(client)
        XCTAssertEqual(try store.client(id: client.id), client)
        XCTAssertEqual(try store.invoice(number: draft.number)?.client.name, "Initrode")
        let rows = try store.invoiceRows(InvoiceQuery(text: "initrode", today: day("2026-02-01")),
                                         sort: .newestFirst, offset: 0, limit: 10)
        XCTAssertEqual(rows.map(\.clientName), ["Initrode"])
        XCTAssertEqual(try changeSummary(store, after: seq), ["clients update", "invoices update"])
        let ghost = Client(name: "Ghost", currency: eur)
        assertThrows(try store.updateClient(ghost), "no client with id \(ghost.id)")
    }
}
