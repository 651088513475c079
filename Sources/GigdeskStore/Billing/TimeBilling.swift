import GigdeskCore

/// How tracked time becomes invoice lines.
enum TimeBilling {
    /// One line per entry: "YYYY-MM-DD description", the hours rounded to two decimals
    /// (half up), unit "hours", at the client's hourly rate.
    static func line(for entry: TimeEntry, hourlyRate: Int64, taxRate: DecimalNumber,
                     exemptionReason: String?) -> LineItem {
        let what = entry.description.isEmpty ? "Time worked" : entry.description
        return LineItem(
            description: "\(entry.date.iso) \(what)", quantity: hours(minutes: entry.minutes ?? 0), unit: "hours",
            unitPrice: hourlyRate, taxRate: taxRate, discountPercent: nil,
            exemptionReason: taxRate.isZero ? exemptionReason : nil)
    }

    /// `minutes` as hours with two decimals: 90 → 1.5, 20 → 0.33, 50 → 0.83.
    static func hours(minutes: Int) -> DecimalNumber {
        DecimalNumber(mantissa: Int64((minutes * 100 + 30) / 60), scale: 2)
    }
}
