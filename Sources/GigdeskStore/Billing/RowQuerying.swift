/// Something that runs reading statements: the connection of `Store.read`, or a
/// `WriteTransaction` (which also sees its own uncommitted changes). The billing
/// readers take one of these so that a write can read back what it just wrote.
protocol RowQuerying {
    /// All rows of a reading statement.
    func query(_ sql: String, _ bindings: [SQLValue]) throws -> [SQLRow]
}

extension ReadConnection: RowQuerying {}

extension WriteTransaction: RowQuerying {}
