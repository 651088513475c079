/// One line item of a document.
public struct DocumentLine: Sendable, Equatable {
    public var description: String
    /// Decimal string, e.g. "1.5".
    public var quantity: String
    /// Free-text unit such as "hours", "days" or "items" (see `UnitCode`).
    public var unit: String
    /// Price per unit in minor units.
    public var unitPrice: Int64
    /// Tax rate in percent as a decimal string, e.g. "19" or "7.5".
    public var taxRate: String
    /// Discount in percent as a decimal string, when the line has one.
    public var discountPercent: String?
    /// quantity × unitPrice less the discount, rounded to the minor unit.
    public var net: Int64

    /// Creates a line item.
    public init(
        description: String,
        quantity: String,
        unit: String,
        unitPrice: Int64,
        taxRate: String,
        discountPercent: String? = nil,
        net: Int64
    ) {
        self.description = description
        self.quantity = quantity
        self.unit = unit
        self.unitPrice = unitPrice
        self.taxRate = taxRate
        self.discountPercent = discountPercent
        self.net = net
    }
}
