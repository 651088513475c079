/// How insistent a payment reminder is; each level has its own template in Assets/.
public enum ReminderLevel: String, Codable, Sendable, CaseIterable {
    case polite
    case firm
    case final
}
