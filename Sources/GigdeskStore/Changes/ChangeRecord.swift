/// One row of the change log: what sync sends to other stores.
public struct ChangeRecord: Hashable, Sendable {
    /// The kind of change.
    public enum Operation: String, Sendable {
        case insert, update, delete
    }

    /// Position in this store's log; increases with every change.
    public let seq: Int64
    /// The table changed.
    public let entity: String
    /// The row's id.
    public let entityID: String
    public let operation: Operation
    /// Changed column → new value as canonical JSON (all columns for an insert, `{}` for a delete).
    public let fieldsJSON: String
    /// When, as a `Timestamp` string.
    public let changedAt: String
    /// The store file that made the change.
    public let deviceID: String
    /// Who made it, `user@host`.
    public let actor: String

    /// `fieldsJSON` decoded; integers, reals, text, null and blobs come back as they were written.
    public func fields() throws -> [String: SQLValue] {
        try CanonicalJSON.decodeObject(fieldsJSON)
    }

    init(row: SQLRow) throws {
        guard let op = row[3].textValue.flatMap(Operation.init(rawValue:)) else {
            throw StoreError.malformedJSON("change_log row \(row[0]) has an unknown op")
        }
        seq = row[0].integerValue ?? 0
        entity = row[1].textValue ?? ""
        entityID = row[2].textValue ?? ""
        operation = op
        fieldsJSON = row[4].textValue ?? "{}"
        changedAt = row[5].textValue ?? ""
        deviceID = row[6].textValue ?? ""
        actor = row[7].textValue ?? ""
    }
}
