/// Invoice arithmetic by EN 16931: every line net exact and rounded once, tax per
/// rate on the group's taxable sum, rounded once; totals are plain sums.
public enum InvoiceCalculator {
    /// The totals of `lines` in `currency`. Traps if an amount does not fit in
    /// 64-bit minor units; `InvoiceValidator` reports such invoices first.
    public static func totals(for lines: [LineItem], currency: Currency) -> InvoiceTotals {
        guard let totals = checkedTotals(for: lines, currency: currency) else {
            preconditionFailure("invoice amounts exceed the 64-bit range of minor units")
        }
        return totals
    }

    /// The totals, or `nil` when an amount does not fit in Int64.
    static func checkedTotals(for lines: [LineItem], currency: Currency) -> InvoiceTotals? {
        var lineNets: [Int64] = []
        var groups: [GroupKey: Int64] = [:]
        for line in lines {
            guard let net = lineNet(line) else { return nil }
            lineNets.append(net)
            let key = GroupKey(rate: line.taxRate, exemptionReason: line.taxRate.isZero ? line.exemptionReason : nil)
            let (sum, overflow) = groups[key, default: 0].addingReportingOverflow(net)
            guard !overflow else { return nil }
            groups[key] = sum
        }
        var taxes: [TaxBreakdown] = []
        for (key, taxable) in groups {
            guard let tax = RoundedProduct.of([taxable, key.rate.mantissa], dividedByPowerOfTen: key.rate.scale + 2)
            else { return nil }
            taxes.append(TaxBreakdown(rate: key.rate, taxable: taxable, tax: tax, exemptionReason: key.exemptionReason))
        }
        taxes.sort { ($0.rate, $1.exemptionReason ?? "") > ($1.rate, $0.exemptionReason ?? "") }
        guard let netTotal = sum(lineNets), let taxTotal = sum(taxes.map(\.tax)) else { return nil }
        let (total, overflow) = netTotal.addingReportingOverflow(taxTotal)
        guard !overflow else { return nil }
        return InvoiceTotals(
            currency: currency, lineNets: lineNets, taxes: taxes, netTotal: netTotal, taxTotal: taxTotal, total: total)
    }

    /// quantity × unitPrice × (100 − discount) / 100, exactly, rounded once half away from zero.
    /// `nil` when the result does not fit in Int64, or the discount is far outside 0…100.
    private static func lineNet(_ line: LineItem) -> Int64? {
        let discount = line.discountPercent ?? DecimalNumber(0)
        // (100 − discount) × 10^discount.scale; 100 × 10^9 fits easily.
        var hundred: Int64 = 100
        for _ in 0..<discount.scale { hundred *= 10 }
        let (remaining, overflow) = hundred.subtractingReportingOverflow(discount.mantissa)
        guard !overflow else { return nil }
        return RoundedProduct.of([line.quantity.mantissa, line.unitPrice, remaining],
                                 dividedByPowerOfTen: line.quantity.scale + 2 + discount.scale)
    }

    private static func sum(_ values: [Int64]) -> Int64? {
        var total: Int64 = 0
        for value in values {
            let (next, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { return nil }
            total = next
        }
        return total
    }

    private struct GroupKey: Hashable {
        let rate: DecimalNumber
        let exemptionReason: String?
    }
}
