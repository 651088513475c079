import GigdeskStore

/// One change-log entry as a line of an invoice's history: when, who, what.
enum ChangeSummary {
    /// Fields that say nothing to a reader.
    static let hidden: Set<String> = ["id", "created_at", "updated_at"]

    static func line(_ change: ChangeRecord) -> String {
        let when = change.changedAt.prefix(16).replacingOccurrences(of: "T", with: " ")
        let fields = ((try? change.fields()) ?? [:]).filter { !hidden.contains($0.key) }
        let what: String
        switch change.operation {
        case .insert:
            what = "created"
        case .delete:
            what = "deleted"
        case .update:
            what = fields.sorted { $0.key < $1.key }.map { key, value in
                "\(key) → \(value.textValue ?? value.integerValue.map(String.init) ?? "∅")"
            }.joined(separator: ", ")
        }
        return "\(when)  \(change.actor)  \(what)"
    }
}
