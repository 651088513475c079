import TermUI

/// A list that `/` filters and `n`/`N` step through: rows whose text contains the
/// query (case-insensitively) stay visible; selection and scrolling follow them.
public struct FilterableList: Sendable, Equatable {
    public private(set) var rows: [String]
    public private(set) var visible: [Int]
    public var scroll = ScrollState()
    public var query = TextInputState()
    /// True while the filter prompt has the keyboard.
    public var isEditingQuery = false

    public init(rows: [String]) {
        self.rows = rows
        self.visible = Array(rows.indices)
        self.scroll = ScrollState(itemCount: rows.count)
    }

    public var queryText: String { query.text }

    /// Recomputes the visible rows after the query changed.
    public mutating func applyQuery() {
        let q = query.text.lowercased()
        visible = q.isEmpty ? Array(rows.indices) : rows.indices.filter { rows[$0].lowercased().contains(q) }
        scroll.itemCount = visible.count
        scroll.top()
    }

    /// Moves to the next (or previous) visible match, wrapping around.
    public mutating func stepMatch(forward: Bool) {
        guard !visible.isEmpty else { return }
        let n = visible.count
        scroll.select((scroll.selected + (forward ? 1 : n - 1)) % n)
    }

    public mutating func clearQuery() {
        query = TextInputState()
        isEditingQuery = false
        applyQuery()
    }
}
