import Foundation
import GigdeskCore
import XCTest

/// Random lines checked against Foundation's `Decimal` (38 exact digits), covering
/// products that fit in Int64 and products that need the wide path.
final class InvoiceCalculatorCrossCheckTests: XCTestCase {
    /// `value` rounded to an integer, half away from zero.
    private func rounded(_ value: Decimal) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 0, .plain)
        return output
    }

    private func decimalValue(_ number: DecimalNumber) -> Decimal {
        Decimal(string: number.description)!
    }

    func testTheOracleRoundsHalfAwayFromZero() {
        XCTAssertEqual(rounded(Decimal(string: "0.5")!), 1)
        XCTAssertEqual(rounded(Decimal(string: "-0.5")!), -1)
        XCTAssertEqual(rounded(Decimal(string: "-2.4999")!), -2)
    }

    func testRandomLinesAgreeWithDecimalArithmetic() {
        var random = SeededRandom(seed: 2026)
        var wide = 0
        for _ in 0..<3000 {
            let quantity = DecimalNumber(mantissa: Int64.random(in: 0...2_000_000_000, using: &random),
                                         scale: Int.random(in: 3...6, using: &random))
            let unitPrice = Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &random)
            let discount = Bool.random(using: &random)
                ? nil : DecimalNumber(mantissa: Int64.random(in: 0...100_000, using: &random), scale: 3)
            let rate = DecimalNumber(mantissa: Int64.random(in: 1...300, using: &random), scale: 1)
            let line = LineItem(description: "x", quantity: quantity, unit: "h", unitPrice: unitPrice, taxRate: rate,
                                discountPercent: discount)
            let totals = InvoiceCalculator.totals(for: [line], currency: currency("EUR"))

            let factor = 1 - decimalValue(discount ?? DecimalNumber(0)) / 100
            let net = rounded(decimalValue(quantity) * Decimal(unitPrice) * factor)
            let tax = rounded(net * decimalValue(rate) / 100)
            XCTAssertEqual(Decimal(totals.netTotal), net, "\(quantity) × \(unitPrice) less \(discount?.description ?? "0") %")
            XCTAssertEqual(Decimal(totals.taxTotal), tax, "\(net) at \(rate) %")
            if quantity.mantissa.multipliedReportingOverflow(by: unitPrice).overflow { wide += 1 }
        }
        XCTAssertGreaterThan(wide, 100, "the wide path was exercised")
    }
}
