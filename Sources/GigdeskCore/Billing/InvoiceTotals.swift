/// The VAT breakdown for one tax rate (and, at 0 %, one exemption reason).
public struct TaxBreakdown: Hashable, Sendable {
    /// The rate in percent.
    public let rate: DecimalNumber
    /// Sum of the line nets at this rate, in minor units.
    public let taxable: Int64
    /// `taxable × rate / 100`, rounded once, in minor units.
    public let tax: Int64
    /// The reason no tax is charged; set only for 0 % groups.
    public let exemptionReason: String?

    public init(rate: DecimalNumber, taxable: Int64, tax: Int64, exemptionReason: String?) {
        self.rate = rate
        self.taxable = taxable
        self.tax = tax
        self.exemptionReason = exemptionReason
    }
}

/// An invoice's amounts in minor units of `currency`, as `InvoiceCalculator` computes them.
public struct InvoiceTotals: Hashable, Sendable {
    public let currency: Currency
    /// Each line's net, in the order of the lines.
    public let lineNets: [Int64]
    /// One entry per tax rate (per exemption reason at 0 %), highest rate first.
    public let taxes: [TaxBreakdown]
    /// Sum of the line nets (BR-CO-10).
    public let netTotal: Int64
    /// Sum of the group taxes (BR-CO-14).
    public let taxTotal: Int64
    /// `netTotal + taxTotal` (BR-CO-15).
    public let total: Int64

    public init(
        currency: Currency, lineNets: [Int64], taxes: [TaxBreakdown], netTotal: Int64, taxTotal: Int64, total: Int64
    ) {
        self.currency = currency
        self.lineNets = lineNets
        self.taxes = taxes
        self.netTotal = netTotal
        self.taxTotal = taxTotal
        self.total = total
    }
}
