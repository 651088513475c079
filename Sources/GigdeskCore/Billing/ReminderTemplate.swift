/// Fills a reminder template's `{placeholder}`s. `{{` writes `{` and `}}` writes `}`.
public enum ReminderTemplate {
    /// The placeholders a template may use.
    public static let placeholders = [
        "client", "number", "amount_due", "currency", "due_date", "days_overdue", "payment_instructions", "seller",
    ]

    /// `template` with each placeholder replaced by its entry in `values`.
    /// Throws for an unknown placeholder, a used placeholder without a value, and an unclosed `{`.
    public static func render(_ template: String, values: [String: String]) throws(BillingError) -> String {
        var output = ""
        var rest = Substring(template)
        while let brace = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            output += rest[..<brace]
            let after = rest.index(after: brace)
            if after < rest.endIndex, rest[after] == rest[brace] {
                output.append(rest[brace])
                rest = rest[rest.index(after: after)...]
            } else if rest[brace] == "}" {
                output.append("}")
                rest = rest[after...]
            } else {
                guard let close = rest[after...].firstIndex(of: "}") else {
                    throw .malformedTemplate("\"{\" without a closing \"}\" (write {{ for a literal brace)")
                }
                let name = String(rest[after..<close])
                guard placeholders.contains(name) else { throw .unknownPlaceholder(name) }
                guard let value = values[name] else { throw .missingPlaceholderValue(name) }
                output += value
                rest = rest[rest.index(after: close)...]
            }
        }
        return output + rest
    }
}
