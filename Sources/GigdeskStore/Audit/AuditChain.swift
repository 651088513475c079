import GigdeskCore

/// The hash chain of `audit_log`: each entry's hash covers the previous entry's
/// hash and its own fields, so changing, removing or reordering any entry
/// breaks every link after it.
enum AuditChain {
    /// `prev_hash` of the first entry.
    static let genesisHash = String(repeating: "0", count: 64)

    /// The hashed fields of one entry.
    struct Link {
        let prevHash: String
        let id: String
        let at: String
        let actor: String
        let event: String
        let detail: String

        /// SHA-256 hex of prev_hash, id, at, actor, event and detail joined by "\n".
        var hash: String {
            SHA256.hexDigest(of: [prevHash, id, at, actor, event, detail].joined(separator: "\n"))
        }
    }
}
