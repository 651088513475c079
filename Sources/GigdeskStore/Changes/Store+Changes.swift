import GigdeskCore

extension Store {
    /// Up to `limit` changes with `seq` greater than `seq`, oldest first.
    public func changes(after seq: Int64, limit: Int) throws -> [ChangeRecord] {
        try withConnection { connection in
            try connection.query("""
                SELECT seq, entity, entity_id, op, fields, changed_at, device_id, actor
                FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?
                """, [.integer(seq), .integer(Int64(limit))]).map(ChangeRecord.init(row:))
        }
    }
}

extension Store {
    /// Every change to one row, oldest first (served by the change log's (entity, entity_id) index).
    public func changes(entity: String, entityID: EntityID) throws -> [ChangeRecord] {
        try withConnection { connection in
            try connection.query("""
                SELECT seq, entity, entity_id, op, fields, changed_at, device_id, actor
                FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY seq
                """, [.text(entity), .text(entityID.rawValue)]).map(ChangeRecord.init(row:))
        }
    }
}
