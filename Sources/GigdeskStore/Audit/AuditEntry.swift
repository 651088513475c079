/// One row of the audit log.
public struct AuditEntry: Hashable, Sendable {
    /// Position in the log; increases with every entry.
    public let seq: Int64
    /// The entry's own id (an `EntityID`'s text).
    public let id: String
    /// When, as a `Timestamp` string.
    public let at: String
    /// Who, as `user@host`.
    public let actor: String
    /// What kind of event, e.g. `session.start`, `settings.change`.
    public let event: String
    /// The event's details as stored: canonical JSON with sorted keys.
    public let detailJSON: String
    /// The previous entry's hash (64 zeros for the first entry).
    public let prevHash: String
    /// This entry's hash.
    public let hash: String

    /// The details as key → value, or `nil` if the stored JSON is not a flat object of strings.
    public var detail: [String: String]? {
        try? CanonicalJSON.decodeStrings(detailJSON)
    }

    init(row: SQLRow) {
        seq = row[0].integerValue ?? 0
        id = row[1].textValue ?? ""
        at = row[2].textValue ?? ""
        actor = row[3].textValue ?? ""
        event = row[4].textValue ?? ""
        detailJSON = row[5].textValue ?? ""
        prevHash = row[6].textValue ?? ""
        hash = row[7].textValue ?? ""
    }

    /// The columns `init(row:)` expects, in order.
    static let columns = "seq, id, at, actor, event, detail, prev_hash, hash"

    var link: AuditChain.Link {
        AuditChain.Link(prevHash: prevHash, id: id, at: at, actor: actor, event: event, detail: detailJSON)
    }
}
