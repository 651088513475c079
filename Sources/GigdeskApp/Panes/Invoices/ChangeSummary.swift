import GigdeskCore
import GigdeskStore

/// One change-log entry as a line of an invoice's history: when, who, what.
enum ChangeSummary {
    /// Fields that say nothing to a reader.
    static let hidden: Set<String> = ["id", "created_at", "updated_at"]

    /// Amount columns, shown as decimals of the invoice's currency.
    static let amounts: Set<String> = ["paid", "balance", "total", "net_total", "tax_total"]

    static func line(_ change: ChangeRecord, currency: Currency) -> String {
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
                let text = amounts.contains(key)
                    ? value.integerValue.map { Money(minorUnits: $0, currency: currency).decimalString }
                    : value.textValue ?? value.integerValue.map(String.init)
                return "\(key) → \(text ?? "none")"
            }.joined(separator: ", ")
        }
        return "\(when)  \(change.actor)  \(what)"
    }
}
