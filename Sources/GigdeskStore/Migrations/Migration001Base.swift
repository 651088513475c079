extension Migration {
    /// Local metadata (with this file's `device_id`), settings, the change log that sync reads, and the audit chain.
    static let v1Base = Migration(version: 1, name: "base tables", statements: [
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """,
        // The store file's identity in the change log: 128 random bits, like an EntityID.
        "INSERT INTO meta (key, value) VALUES ('device_id', lower(hex(randomblob(16))))",
        """
        CREATE TABLE settings (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
            fields TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            device_id TEXT NOT NULL,
            actor TEXT NOT NULL
        )
        """,
        "CREATE INDEX change_log_entity ON change_log (entity, entity_id)",
        """
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            event TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )
        """,
    ])
}
