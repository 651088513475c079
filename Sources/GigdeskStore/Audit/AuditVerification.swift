/// The result of checking the audit log's hash chain.
public enum AuditVerification: Hashable, Sendable {
    /// Every entry links to its predecessor and matches its hash.
    case intact(count: Int)
    /// The first entry that does not: its `seq` and what is wrong.
    case broken(atSeq: Int64, reason: String)
}
