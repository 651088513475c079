/// One line of an invoice or credit note. `InvoiceValidator` checks the rules;
/// `InvoiceCalculator` turns lines into totals.
public struct LineItem: Hashable, Sendable, Codable {
    public var description: String
    /// How many units, e.g. 1.5 hours; never negative.
    public var quantity: DecimalNumber
    /// What is counted: "hours", "days", "items"…
    public var unit: String
    /// Price of one unit in minor units; negative only on credit notes.
    public var unitPrice: Int64
    /// VAT or sales tax in percent, e.g. 19 or 7.5.
    public var taxRate: DecimalNumber
    /// Discount in percent off this line, if any.
    public var discountPercent: DecimalNumber?
    /// Why no tax is charged ("Reverse charge", "Exempt under §19 UStG"); required when `taxRate` is 0.
    public var exemptionReason: String?

    public init(
        description: String, quantity: DecimalNumber, unit: String, unitPrice: Int64,
        taxRate: DecimalNumber, discountPercent: DecimalNumber? = nil, exemptionReason: String? = nil
    ) {
        self.description = description
        self.quantity = quantity
        self.unit = unit
        self.unitPrice = unitPrice
        self.taxRate = taxRate
        self.discountPercent = discountPercent
        self.exemptionReason = exemptionReason
    }
}
