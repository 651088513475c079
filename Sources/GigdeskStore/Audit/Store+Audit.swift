import Foundation

extension Store {
    /// The newest `limit` audit entries, newest first.
    public func auditEntries(limit: Int) throws -> [AuditEntry] {
        try withConnection { connection in
            try connection.query("SELECT \(AuditEntry.columns) FROM audit_log ORDER BY seq DESC LIMIT ?",
                                 [.integer(Int64(limit))]).map(AuditEntry.init(row:))
        }
    }

    /// Walks the whole audit log in order and reports the first entry whose
    /// `prev_hash` is not its predecessor's hash or whose hash does not match
    /// its contents.
    public func verifyAuditChain() throws -> AuditVerification {
        try withConnection { connection in
            let statement = try connection.prepare("SELECT \(AuditEntry.columns) FROM audit_log ORDER BY seq")
            defer { statement.reset() }
            let columns = statement.columnNames
            var expectedPrevious = AuditChain.genesisHash
            var previousSeq: Int64?
            var count = 0
            while try statement.step() {
                let entry = AuditEntry(row: SQLRow(columns: columns, values: (0..<8).map(statement.column)))
                if entry.prevHash != expectedPrevious {
                    let predecessor = previousSeq.map { "entry \($0)" } ?? "the start of the log"
                    return .broken(atSeq: entry.seq, reason: "prev_hash does not match the hash of \(predecessor)")
                }
                if entry.link.hash != entry.hash {
                    return .broken(atSeq: entry.seq, reason: "hash does not match the entry's contents")
                }
                expectedPrevious = entry.hash
                previousSeq = entry.seq
                count += 1
            }
            return .intact(count: count)
        }
    }

    /// Records that a session (a run of the app) started: actor, pid, tty or TERM,
    /// and `ssh_connection` when `SSH_CONNECTION` is set.
    public func recordSessionStart(environment: [String: String], terminal: String?) throws {
        var detail = ["actor": actor.rawValue, "pid": String(getpid())]
        detail["tty"] = terminal
        detail["term"] = environment["TERM"]
        detail["ssh_connection"] = environment["SSH_CONNECTION"]
        try write { try $0.audit(event: "session.start", detail: detail) }
    }

    /// Records that the session ended, and why ("quit", "signal 15", …).
    public func recordSessionEnd(reason: String) throws {
        let detail = ["actor": actor.rawValue, "pid": String(getpid()), "reason": reason]
        try write { try $0.audit(event: "session.end", detail: detail) }
    }
}
