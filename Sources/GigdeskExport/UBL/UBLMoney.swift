/// How amounts are written in one UBL document: the currency, its minor digits,
/// and the sign that turns a credit note's negative amounts positive.
struct UBLMoney {
    var currencyCode: String
    var minorDigits: Int
    /// 1, or −1 for a credit note given with negative amounts.
    var sign: Int64

    init(doc: InvoiceDocument, sign: Int64) {
        currencyCode = doc.currencyCode
        minorDigits = doc.currencyMinorUnits
        self.sign = sign
    }
}

extension XMLWriter {
    /// An amount element with exactly the currency's minor digits and its
    /// `currencyID`; `minor` is written as given, already signed for UBL.
    mutating func amount(_ name: String, _ minor: Int64, _ money: UBLMoney) {
        leaf(name, MoneyText.machine(minor, minorDigits: money.minorDigits), ["currencyID": money.currencyCode])
    }
}
