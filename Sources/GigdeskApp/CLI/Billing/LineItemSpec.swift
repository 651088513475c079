import GigdeskCore

/// Parses `--item "DESCRIPTION|QTY|UNIT_PRICE|TAX_RATE[|DISCOUNT]"` into a line item.
enum LineItemSpec {
    static let format = "DESCRIPTION|QTY|UNIT_PRICE|TAX_RATE[|DISCOUNT]"

    /// - Parameters:
    ///   - index: 1-based position among the `--item` options, for messages.
    ///   - exemptionReason: applied to 0 % lines.
    static func parse(_ text: String, index: Int, currency: Currency, unit: String, exemptionReason: String?) throws -> LineItem {
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        func fail(_ message: String) -> CLIError {
            CLIError("--item \(index) (\"\(text)\"): \(message)")
        }
        guard parts.count == 4 || parts.count == 5 else {
            throw fail("expected \(format), found \(parts.count) field(s)")
        }
        guard !parts[0].isEmpty else { throw fail("the description is empty") }
        guard let quantity = DecimalNumber(parsing: parts[1]) else { throw fail("quantity '\(parts[1])' is not a number") }
        guard !quantity.isNegative, !quantity.isZero else { throw fail("quantity must be more than 0, not \(parts[1])") }
        let price: Money
        do {
            price = try Money.parse(parts[2], currency: currency)
        } catch {
            throw fail("unit price: \(error)")
        }
        guard let rate = DecimalNumber(parsing: parts[3].replacingOccurrences(of: "%", with: "")), !rate.isNegative else {
            throw fail("tax rate '\(parts[3])' is not a percentage")
        }
        var discount: DecimalNumber?
        if parts.count == 5, !parts[4].isEmpty {
            guard let d = DecimalNumber(parsing: parts[4].replacingOccurrences(of: "%", with: "")), !d.isNegative,
                  d <= DecimalNumber(100) else {
                throw fail("discount '\(parts[4])' is not a percentage from 0 to 100")
            }
            discount = d
        }
        return LineItem(description: parts[0], quantity: quantity, unit: unit, unitPrice: price.minorUnits,
                        taxRate: rate, discountPercent: discount, exemptionReason: rate.isZero ? exemptionReason : nil)
    }
}
