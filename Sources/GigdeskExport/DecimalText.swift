import Foundation

/// Helpers for the decimal strings a document carries (quantities, rates, discounts).
enum DecimalText {
    /// The canonical spelling of a plain decimal ("19.00" → "19", "07.50" → "7.5",
    /// "-0" → "0"), or nil when `text` is not of the form `-?digits(.digits)?`.
    static func normalized(_ text: String) -> String? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
              parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit))
        else { return nil }

        var whole = String(parts[0].drop { $0 == "0" })
        if whole.isEmpty { whole = "0" }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }

        let magnitude = fraction.isEmpty ? whole : whole + "." + fraction
        return negative && magnitude != "0" ? "-" + magnitude : magnitude
    }

    /// `text` without its minus sign, normalized; nil when not a decimal.
    static func magnitude(_ text: String) -> String? {
        guard let value = normalized(text) else { return nil }
        return value.hasPrefix("-") ? String(value.dropFirst()) : value
    }

    /// quantity × minor, rounded half away from zero to a whole minor unit;
    /// nil when `quantity` is not a decimal.
    static func multiply(_ quantity: String, by minor: Int64) -> Int64? {
        let posix = Locale(identifier: "en_US_POSIX")
        guard let normalizedQuantity = normalized(quantity),
              let factor = Decimal(string: normalizedQuantity, locale: posix)
        else { return nil }
        var product = factor * Decimal(minor)
        var rounded = Decimal()
        // .plain rounds halves away from zero, the EN 16931 convention.
        NSDecimalRound(&rounded, &product, 0, .plain)
        return NSDecimalNumber(decimal: rounded).int64Value
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
