/// One row of the tax breakdown: all lines that share a rate.
public struct DocumentTax: Sendable, Equatable {
    /// Rate in percent as a decimal string, e.g. "19".
    public var rate: String
    /// Sum of the nets of the lines at this rate, in minor units.
    public var taxable: Int64
    /// The tax on `taxable`, in minor units.
    public var tax: Int64
    /// Why no tax is charged (0 % rows), e.g. "Reverse charge — Article 196 VAT Directive".
    public var exemptionReason: String?

    /// Creates a tax breakdown row.
    public init(rate: String, taxable: Int64, tax: Int64, exemptionReason: String? = nil) {
        self.rate = rate
        self.taxable = taxable
        self.tax = tax
        self.exemptionReason = exemptionReason
    }
}
