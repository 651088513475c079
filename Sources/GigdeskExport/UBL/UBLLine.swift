/// One line item prepared for UBL: signs turned the way UBL expects, the unit
/// mapped to Rec 20, and the discount expressed as a line allowance.
///
/// The arithmetic stays that of EN 16931: net = quantity × price − allowance, with
/// the price never negative; a line that reduces the total carries a negative
/// quantity instead.
struct UBLLine {
    var id: String
    var name: String
    var quantity: String
    var unitCode: String
    var net: Int64
    var price: Int64
    var category: UBLTaxCategory
    var allowance: Allowance?

    /// A discount on the line.
    struct Allowance {
        /// The discount in percent, normalized.
        var percent: String
        /// quantity × price, before the discount.
        var baseAmount: Int64
        /// baseAmount − net.
        var amount: Int64
    }

    /// Prepares `line`, the `index`-th (from 0); `sign` is −1 when a credit note's
    /// negative amounts must turn positive.
    init(_ line: DocumentLine, index: Int, sign: Int64, category: UBLTaxCategory) throws {
        guard let magnitude = DecimalText.magnitude(line.quantity) else {
            throw UBLExportError.invalidValue(field: "quantity of line \(index + 1)", value: line.quantity)
        }
        id = String(index + 1)
        name = line.description
        unitCode = UnitCode.rec20(for: line.unit)
        net = sign * line.net
        price = Int64(clamping: line.unitPrice.magnitude)
        let negative = net < 0 && magnitude != "0"
        quantity = negative ? "-" + magnitude : magnitude
        self.category = category

        if let discount = line.discountPercent?.nonBlank {
            guard let percent = DecimalText.normalized(discount),
                  let gross = DecimalText.multiply(magnitude, by: price)
            else { throw UBLExportError.invalidValue(field: "discount of line \(index + 1)", value: discount) }
            let base = negative ? -gross : gross
            if percent != "0", base != net {
                allowance = Allowance(percent: percent, baseAmount: base, amount: base - net)
            }
        }
    }
}

extension XMLWriter {
    /// `cac:InvoiceLine` or `cac:CreditNoteLine`, in the schema's sequence.
    mutating func line(_ line: UBLLine, isCreditNote: Bool, money: UBLMoney) {
        element(isCreditNote ? "cac:CreditNoteLine" : "cac:InvoiceLine") { xml in
            xml.leaf("cbc:ID", line.id)
            xml.leaf(isCreditNote ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity", line.quantity,
                     ["unitCode": line.unitCode])
            xml.amount("cbc:LineExtensionAmount", line.net, money)
            if let allowance = line.allowance {
                xml.element("cac:AllowanceCharge") { xml in
                    xml.leaf("cbc:ChargeIndicator", "false")
                    xml.leaf("cbc:AllowanceChargeReasonCode", "95")
                    xml.leaf("cbc:AllowanceChargeReason", "Discount")
                    xml.leaf("cbc:MultiplierFactorNumeric", allowance.percent)
                    xml.amount("cbc:Amount", allowance.amount, money)
                    xml.amount("cbc:BaseAmount", allowance.baseAmount, money)
                }
            }
            xml.element("cac:Item") { xml in
                xml.leaf("cbc:Name", line.name)
                xml.taxCategory("cac:ClassifiedTaxCategory", line.category, withReason: false)
            }
            xml.element("cac:Price") { $0.amount("cbc:PriceAmount", line.price, money) }
        }
    }
}
