import Foundation
import GigdeskCore

extension Store {
    /// Saves a new client under `client.id` (name trimmed) and returns it as stored.
    /// Throws `BillingStoreError.invalidClient` for a field `Client.validate()` rejects and
    /// `.duplicateClientName` when a client that is not archived has the name, ignoring case.
    @discardableResult
    public func addClient(_ client: Client) throws -> Client {
        let client = try Self.validated(client)
        try write { tx in
            if !client.archived {
                try ClientLookup.checkNameFree(client.name, excluding: client.id, in: tx)
            }
            try tx.insert("clients", id: client.id, values: ClientColumns.values(of: client))
        }
        return client
    }

    /// Replaces every field of the client with `client.id` (archiving or restoring it
    /// too) and returns it as stored. A new name is copied to the client's invoices,
    /// which list it. Throws like `addClient`, or `.unknownClientID`.
    @discardableResult
    public func updateClient(_ client: Client) throws -> Client {
        let client = try Self.validated(client)
        try write { tx in
            guard let old = try ClientLookup.client(id: client.id, in: tx) else {
                throw BillingStoreError.unknownClientID(client.id)
            }
            if !client.archived {
                try ClientLookup.checkNameFree(client.name, excluding: client.id, in: tx)
            }
            try tx.update("clients", id: client.id, values: ClientColumns.values(of: client))
            if old.name != client.name {
                try InvoiceWriter.renameClient(client, in: tx)
            }
        }
        return client
    }

    /// Archives the client: it keeps its invoices but gets no new ones and leaves the pickers.
    @discardableResult
    public func archiveClient(id: EntityID) throws -> Client {
        try write { tx in
            guard var client = try ClientLookup.client(id: id, in: tx) else {
                throw BillingStoreError.unknownClientID(id)
            }
            client.archived = true
            try tx.update("clients", id: id, values: ["archived": .integer(1)])
            return client
        }
    }

    /// Clients sorted by name ignoring case; archived ones only when asked for.
    public func clients(includeArchived: Bool = false) throws -> [Client] {
        try read { connection in
            try connection.query("""
                SELECT \(ClientColumns.list) FROM clients WHERE archived = 0 OR ? ORDER BY name_key, id
                """, [.integer(includeArchived ? 1 : 0)]).map(ClientColumns.client(from:))
        }
    }

    /// The client with `id`, archived or not.
    public func client(id: EntityID) throws -> Client? {
        try read { try ClientLookup.client(id: id, in: $0) }
    }

    /// The client called `name` ignoring case, else the only client (not archived)
    /// whose name starts with `name`; `nil` when there is none or several.
    public func client(named name: String) throws -> Client? {
        if case .found(let client) = try read({ try ClientLookup.match(name, in: $0) }) {
            return client
        }
        return nil
    }

    /// Like `client(named:)`, but says why nothing matched: `BillingStoreError.unknownClient`
    /// with similar names to suggest, or `.ambiguousClient` with the candidates.
    public func resolveClient(named name: String) throws -> Client {
        try readSnapshot { connection in
            switch try ClientLookup.match(name, in: connection) {
            case .found(let client):
                return client
            case .ambiguous(let names):
                throw BillingStoreError.ambiguousClient(name: name, matches: names)
            case .none:
                throw BillingStoreError.unknownClient(
                    name: name, suggestions: try ClientLookup.suggestions(for: name, in: connection))
            }
        }
    }

    /// `client` with its name trimmed, if `Client.validate()` finds nothing wrong.
    private static func validated(_ client: Client) throws -> Client {
        var client = client
        client.name = client.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let errors = client.validate()
        guard errors.isEmpty else { throw BillingStoreError.invalidClient(errors) }
        return client
    }
}
