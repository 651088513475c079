import GigdeskCore

/// How a `Client` maps to a row of the `clients` table.
enum ClientColumns {
    /// The columns `client(from:)` reads, for `SELECT \(list) FROM clients`.
    static let list = "id, name, email, address, country, tax_id, currency, hourly_rate, payment_terms_days, notes, archived"

    /// The column values of `client`, without `id` (the store sets it from `client.id`).
    static func values(of client: Client) -> [String: SQLValue] {
        ["name": .text(client.name), "name_key": .text(NameKey.of(client.name)), "email": .text(client.email),
         "address": .text(client.address), "country": .text(client.country), "tax_id": .text(client.taxID),
         "currency": .text(client.currency.code), "hourly_rate": client.hourlyRate.map(SQLValue.integer) ?? .null,
         "payment_terms_days": .integer(Int64(client.paymentTermsDays)), "notes": .text(client.notes),
         "archived": .integer(client.archived ? 1 : 0)]
    }

    /// The client in `row`, selected with `list`.
    static func client(from row: SQLRow) throws -> Client {
        Client(
            id: try row.entityID("id"), name: try row.text("name"), email: try row.text("email"),
            address: try row.text("address"), country: try row.text("country"), taxID: try row.text("tax_id"),
            currency: try row.currency("currency"), hourlyRate: try row.optionalInteger("hourly_rate"),
            paymentTermsDays: Int(try row.integer("payment_terms_days")), notes: try row.text("notes"),
            archived: try row.integer("archived") != 0)
    }
}
