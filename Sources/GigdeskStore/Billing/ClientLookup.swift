import Foundation
import GigdeskCore

/// Finding clients by id and by what a user typed, inside a read or a write.
enum ClientLookup {
    /// What a typed name matched.
    enum Match {
        case found(Client)
        /// Several clients start with the text; up to five of their names.
        case ambiguous([String])
        case none
    }

    /// The client with `id`, archived or not.
    static func client(id: EntityID, in database: some RowQuerying) throws -> Client? {
        try database.query("SELECT \(ClientColumns.list) FROM clients WHERE id = ?", [.text(id.rawValue)])
            .first.map(ClientColumns.client(from:))
    }

    /// The client with `id`, which must exist and not be archived (to be billed).
    static func activeClient(id: EntityID, in database: some RowQuerying) throws -> Client {
        guard let client = try client(id: id, in: database) else { throw BillingStoreError.unknownClientID(id) }
        guard !client.archived else { throw BillingStoreError.archivedClient(client.name) }
        return client
    }

    /// The name ignoring case (a client that is not archived first, then an archived
    /// one), else the only client not archived whose name starts with it.
    static func match(_ name: String, in database: some RowQuerying) throws -> Match {
        let key = NameKey.of(name.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !key.isEmpty else { return .none }
        let exact = try database.query(
            "SELECT \(ClientColumns.list) FROM clients WHERE name_key = ? ORDER BY archived LIMIT 1", [.text(key)])
        if let row = exact.first {
            return .found(try ClientColumns.client(from: row))
        }
        let prefixed = try database.query("""
            SELECT \(ClientColumns.list) FROM clients
            WHERE name_key >= ? AND name_key < ? AND archived = 0 ORDER BY name_key LIMIT 6
            """, [.text(key), .text(NameKey.upperBound(ofPrefix: key))])
        switch prefixed.count {
        case 0: return .none
        case 1: return .found(try ClientColumns.client(from: prefixed[0]))
        default: return .ambiguous(try prefixed.prefix(5).map { try $0.text("name") })
        }
    }

    /// Throws `duplicateClientName` if a client other than `excluded` that is not
    /// archived has `name`, ignoring case.
    static func checkNameFree(_ name: String, excluding excluded: EntityID, in database: some RowQuerying) throws {
        let taken = try database.query(
            "SELECT name FROM clients WHERE name_key = ? AND archived = 0 AND id <> ? LIMIT 1",
            [.text(NameKey.of(name)), .text(excluded.rawValue)])
        if let row = taken.first {
            throw BillingStoreError.duplicateClientName(try row.text("name"))
        }
    }

    /// Up to five names of clients not archived that contain `name` (ignoring case),
    /// or failing that up to three names a few typing mistakes away.
    static func suggestions(for name: String, in database: some RowQuerying) throws -> [String] {
        let key = NameKey.of(name.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !key.isEmpty else { return [] }
        let containing = try database.query(
            "SELECT name FROM clients WHERE archived = 0 AND instr(name_key, ?) > 0 ORDER BY name_key LIMIT 5",
            [.text(key)])
        if !containing.isEmpty {
            return try containing.map { try $0.text("name") }
        }
        let limit = max(1, min(3, key.count / 3))
        var near: [(distance: Int, name: String)] = []
        for row in try database.query("SELECT name, name_key FROM clients WHERE archived = 0", []) {
            let distance = EditDistance.between(key, try row.text("name_key"), atMost: limit)
            if let distance {
                near.append((distance, try row.text("name")))
            }
        }
        return near.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(3).map(\.name)
    }
}
