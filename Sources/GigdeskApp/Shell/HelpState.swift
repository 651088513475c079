import TermUI

/// The help overlay: every binding of the focused pane's contexts, filterable.
public struct HelpState: Sendable, Equatable {
    /// One line of help: the section it belongs to, the keys, the description.
    public struct Entry: Sendable, Equatable {
        public var section: String
        public var keys: String
        public var description: String
    }

    public var entries: [Entry]
    public var list: FilterableList

    public init(entries: [Entry]) {
        self.entries = entries
        self.list = FilterableList(rows: entries.map { "\($0.section) \($0.keys) \($0.description)" })
    }
}
