import GigdeskCore

/// The only way to change synced data: given to the closure of `Store.write`,
/// valid until that closure returns.
///
/// `insert`, `update` and `delete` each append a `change_log` row in the same
/// transaction (entity, id, operation, changed fields as canonical JSON, time,
/// device, actor), which is what sync reads. Table and column names are checked
/// against `[a-z_][a-z0-9_]*` because they are written into the SQL.
/// Statements are prepared once per transaction and reused.
public final class WriteTransaction {
    private let connection: SQLiteConnection
    private let deviceID: EntityID
    private let actor: Actor
    /// Statements by SQL text, for `query` and `audit`.
    private var statements: [String: SQLiteStatement] = [:]
    /// Statements by what they do to which columns, so repeated writes build no SQL.
    private var shapedStatements: [Shape: SQLiteStatement] = [:]
    /// Insert plans by table and sorted value columns.
    private var insertPlans: [Shape: InsertPlan] = [:]
    /// The change-log INSERT, used by every write.
    private var changeLogStatement: SQLiteStatement?
    private var isFinished = false

    /// What a generated statement does; names were checked when it was prepared.
    private enum Shape: Hashable {
        case insert(table: String, columns: [String])
        case select(table: String, columns: [String])
        case update(table: String, columns: [String])
        case delete(table: String)
    }

    /// A prepared INSERT binding `id`, the value columns in sorted order, `created_at`
    /// and `updated_at`; and which bindings make up the change-log fields, in key order.
    private struct InsertPlan {
        let statement: SQLiteStatement
        let fields: [(key: String, binding: Int)]
    }

    /// Columns the store fills in on every synced row.
    private static let reservedColumns: Set<String> = ["id", "created_at", "updated_at"]

    init(connection: SQLiteConnection, deviceID: EntityID, actor: Actor) {
        self.connection = connection
        self.deviceID = deviceID
        self.actor = actor
    }

    /// Inserts a row with `id`, `created_at` and `updated_at` added to `values`; returns the id.
    @discardableResult
    public func insert(_ table: String, id: EntityID = EntityID(), values: [String: SQLValue]) throws -> EntityID {
        try checkOpen()
        let columns = values.keys.sorted()
        let plan = try insertPlan(table, columns: columns)
        let now = Timestamp.now()
        var bindings: [SQLValue] = [.text(id.rawValue)]
        bindings.reserveCapacity(columns.count + 3)
        for column in columns {
            bindings.append(values[column] ?? .null)
        }
        bindings.append(.text(now))
        bindings.append(.text(now))
        try plan.statement.run(bindings)
        let fields = CanonicalJSON.encodeSorted(plan.fields.map { ($0.key, bindings[$0.binding]) })
        try recordChange(table, id: id, op: "insert", fieldsJSON: fields, at: now)
        return id
    }

    /// Sets the columns in `values` whose stored value differs, plus `updated_at`,
    /// and records only those columns. Does nothing if no value changes.
    /// Throws `StoreError.rowNotFound` if there is no such row.
    public func update(_ table: String, id: EntityID, values: [String: SQLValue]) throws {
        try checkOpen()
        let columns = values.keys.sorted()
        let select = try shapedStatement(.select(table: table, columns: columns)) {
            let names = try quotedNames(table, columns)
            return "SELECT \((["id"] + names.columns).joined(separator: ", ")) FROM \(names.table) WHERE id = ?"
        }
        guard let stored = try select.rows([.text(id.rawValue)]).first else {
            throw StoreError.rowNotFound(table: table, id: id)
        }
        var changed: [String: SQLValue] = [:]
        for (offset, column) in columns.enumerated() {
            let new = values[column] ?? .null
            if !stored[offset + 1].isSameStoredValue(as: new) {
                changed[column] = new
            }
        }
        guard !changed.isEmpty else { return }
        let changedColumns = changed.keys.sorted()
        let update = try shapedStatement(.update(table: table, columns: changedColumns)) {
            let names = try quotedNames(table, changedColumns)
            let assignments = (names.columns + ["updated_at"]).map { "\($0) = ?" }.joined(separator: ", ")
            return "UPDATE \(names.table) SET \(assignments) WHERE id = ?"
        }
        let now = Timestamp.now()
        try update.run(changedColumns.map { changed[$0] ?? .null } + [.text(now), .text(id.rawValue)])
        changed["updated_at"] = .text(now)
        try recordChange(table, id: id, op: "update", fieldsJSON: CanonicalJSON.encode(changed), at: now)
    }

    /// Deletes the row. Throws `StoreError.rowNotFound` if there is no such row.
    public func delete(_ table: String, id: EntityID) throws {
        try checkOpen()
        let statement = try shapedStatement(.delete(table: table)) {
            "DELETE FROM \(try quotedNames(table, []).table) WHERE id = ?"
        }
        try statement.run([.text(id.rawValue)])
        guard connection.changes > 0 else { throw StoreError.rowNotFound(table: table, id: id) }
        try recordChange(table, id: id, op: "delete", fieldsJSON: "{}", at: Timestamp.now())
    }

    /// Appends an entry to the hash-chained audit log.
    public func audit(event: String, detail: [String: String]) throws {
        try checkOpen()
        let previous = try cachedStatement("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").rows().first?[0]
            .textValue
        let entry = AuditChain.Link(
            prevHash: previous ?? AuditChain.genesisHash, id: EntityID().rawValue, at: Timestamp.now(),
            actor: actor.rawValue, event: event, detail: CanonicalJSON.encode(detail))
        try cachedStatement("""
            INSERT INTO audit_log (id, at, actor, event, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).run(
            [.text(entry.id), .text(entry.at), .text(entry.actor), .text(entry.event), .text(entry.detail),
             .text(entry.prevHash), .text(entry.hash)])
    }

    /// Runs a reading statement inside the transaction (it sees the transaction's own changes).
    public func query(_ sql: String, _ bindings: [SQLValue] = []) throws -> [SQLRow] {
        try checkOpen()
        let statement = try cachedStatement(sql)
        guard statement.isReadOnly else { throw StoreError.notAReadStatement(sql) }
        return try statement.rows(bindings)
    }

    /// Drops the cached statements (already reset after each use) before COMMIT or ROLLBACK.
    func finish() {
        isFinished = true
        statements.removeAll()
        shapedStatements.removeAll()
        insertPlans.removeAll()
        changeLogStatement = nil
    }

    /// The quoted table and column names; throws for invalid or store-managed columns.
    private func quotedNames(_ table: String, _ columns: [String]) throws -> (table: String, columns: [String]) {
        if let reserved = columns.first(where: Self.reservedColumns.contains) {
            throw StoreError.reservedColumn(reserved)
        }
        return (try SQLIdentifier.quoted(table), try columns.map(SQLIdentifier.quoted))
    }

    private func checkOpen() throws {
        guard !isFinished else { throw StoreError.transactionFinished }
    }

    private func recordChange(_ table: String, id: EntityID, op: String, fieldsJSON: String,
                              at time: String) throws {
        let statement = try changeLogStatement ?? connection.prepare("""
            INSERT INTO change_log (entity, entity_id, op, fields, changed_at, device_id, actor)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        changeLogStatement = statement
        try statement.run(
            [.text(table), .text(id.rawValue), .text(op), .text(fieldsJSON), .text(time),
             .text(deviceID.rawValue), .text(actor.rawValue)])
    }

    private func insertPlan(_ table: String, columns: [String]) throws -> InsertPlan {
        let shape = Shape.insert(table: table, columns: columns)
        if let plan = insertPlans[shape] {
            return plan
        }
        let names = try quotedNames(table, columns)
        let columnList = (["id"] + names.columns + ["created_at", "updated_at"]).joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: columns.count + 3).joined(separator: ", ")
        let statement = try connection.prepare("INSERT INTO \(names.table) (\(columnList)) VALUES (\(placeholders))")
        let fieldBindings = columns.enumerated().map { ($0.element, $0.offset + 1) }
            + [("created_at", columns.count + 1), ("updated_at", columns.count + 2)]
        let plan = InsertPlan(statement: statement,
                              fields: fieldBindings.sorted { $0.0 < $1.0 }.map { (key: $0.0, binding: $0.1) })
        insertPlans[shape] = plan
        return plan
    }

    private func shapedStatement(_ shape: Shape, sql: () throws -> String) throws -> SQLiteStatement {
        if let statement = shapedStatements[shape] {
            return statement
        }
        let statement = try connection.prepare(try sql())
        shapedStatements[shape] = statement
        return statement
    }

    private func cachedStatement(_ sql: String) throws -> SQLiteStatement {
        if let statement = statements[sql] {
            return statement
        }
        let statement = try connection.prepare(sql)
        statements[sql] = statement
        return statement
    }
}
