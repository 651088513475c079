/// One result row: the values in column order, with the statement's column names.
public struct SQLRow: Hashable, Sendable {
    /// Column names as SQLite reports them (the `AS` alias when there is one).
    public let columns: [String]
    /// Values in column order.
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of the column at `index`.
    public subscript(index: Int) -> SQLValue {
        values[index]
    }

    /// The value of the first column called `name`, or `nil` if there is none.
    public subscript(name: String) -> SQLValue? {
        columns.firstIndex(of: name).map { values[$0] }
    }
}
