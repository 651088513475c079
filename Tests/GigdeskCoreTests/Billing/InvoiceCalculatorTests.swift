import GigdeskCore
import XCTest

/// Worked examples for EN 16931 rounding. Each expected amount is derived by hand
/// in the comment above it (amounts in minor units unless written with a point).
final class InvoiceCalculatorTests: XCTestCase {
    private struct Example {
        let name: String
        let currency: String
        let lines: [LineItem]
        let lineNets: [Int64]
        let taxes: [TaxBreakdown]
        let netTotal: Int64
        let taxTotal: Int64
        let total: Int64
    }

    private static func line(
        _ quantity: String, _ unitPrice: Int64, rate: String, discount: String? = nil, reason: String? = nil
    ) -> LineItem {
        LineItem(description: "work", quantity: decimal(quantity), unit: "h", unitPrice: unitPrice,
                 taxRate: decimal(rate), discountPercent: discount.map(decimal), exemptionReason: reason)
    }

    private static func tax(_ rate: String, _ taxable: Int64, _ tax: Int64, _ reason: String? = nil) -> TaxBreakdown {
        TaxBreakdown(rate: decimal(rate), taxable: taxable, tax: tax, exemptionReason: reason)
    }

    private static let examples: [Example] = [
        // 12.5 h × 85.00 = 1062.50; 3 × 19.99 = 59.97; 1 × 29.90.
        // 19 %: 1062.50 + 29.90 = 1092.40, × 0.19 = 207.556 → 207.56.
        // 7 %: 59.97 × 0.07 = 4.1979 → 4.20.
        // Net 1152.37, tax 211.76, total 1364.13. Groups listed 19 % before 7 %.
        Example(name: "two rates, EUR", currency: "EUR",
                lines: [line("12.5", 8500, rate: "19"), line("3", 1999, rate: "7"), line("1", 2990, rate: "19")],
                lineNets: [106_250, 5997, 2990],
                taxes: [tax("19", 109_240, 20_756), tax("7", 5997, 420)],
                netTotal: 115_237, taxTotal: 21_176, total: 136_413),
        // Tax is rounded once per group, not per line: 3 × 0.02 at 19 % is 0.06 × 0.19 = 0.0114 → 0.01,
        // where rounding each line (0.0038 → 0.00) would give 0.00.
        Example(name: "tax rounded once per group", currency: "EUR",
                lines: [line("1", 2, rate: "19"), line("1", 2, rate: "19"), line("1", 2, rate: "19")],
                lineNets: [2, 2, 2], taxes: [tax("19", 6, 1)], netTotal: 6, taxTotal: 1, total: 7),
        // 10 × 120.00 less 15 % = 1200.00 × 0.85 = 1020.00; tax 1020.00 × 0.19 = 193.80.
        // 1.5 × 10.01 less 10 % = 15.015 × 0.9 = 13.5135 → 13.51 (rounding 15.015 to 15.02 first would give 13.52).
        // 19 % group: 1020.00 + 13.51 = 1033.51, × 0.19 = 196.3669 → 196.37.
        Example(name: "discounts, net rounded once", currency: "EUR",
                lines: [line("10", 12000, rate: "19", discount: "15"), line("1.5", 1001, rate: "19", discount: "10")],
                lineNets: [102_000, 1351], taxes: [tax("19", 103_351, 19_637)],
                netTotal: 103_351, taxTotal: 19_637, total: 122_988),
        // JPY has no minor digits: 3 × ¥1234 = ¥3702, 10 % → 370.2 → ¥370.
        // 0.5 × ¥333 = 166.5 → ¥167 (half away from zero); 8 % → 13.36 → ¥13.
        Example(name: "JPY, zero digits", currency: "JPY",
                lines: [line("3", 1234, rate: "10"), line("0.5", 333, rate: "8")],
                lineNets: [3702, 167], taxes: [tax("10", 3702, 370), tax("8", 167, 13)],
                netTotal: 3869, taxTotal: 383, total: 4252),
        // KWD has three digits: 2.5 × 1.250 = 3.125; 0.333 × 10.000 = 3.330.
        // 5 %: 6.455 × 0.05 = 0.32275 → 0.323. Total 6.778.
        Example(name: "KWD, three digits, quantity 0.333", currency: "KWD",
                lines: [line("2.5", 1250, rate: "5"), line("0.333", 10000, rate: "5")],
                lineNets: [3125, 3330], taxes: [tax("5", 6455, 323)], netTotal: 6455, taxTotal: 323, total: 6778),
        // Half-way nets: 0.5 × 0.01 = 0.005 → 0.01; 0.125 × 0.04 = 0.005 → 0.01;
        // 0.333 × 1.50 = 0.4995 → 0.50; 0.49 × 0.01 = 0.0049 → 0.00; 0.51 × 0.01 = 0.0051 → 0.01.
        // 0 % "Exempt" group: 0.01 + 0.01 + 0.50 + 0.00 + 0.01 = 0.53, tax 0.
        Example(name: "half-way nets round away from zero", currency: "EUR",
                lines: [line("0.5", 1, rate: "0", reason: "Exempt"), line("0.125", 4, rate: "0", reason: "Exempt"),
                        line("0.333", 150, rate: "0", reason: "Exempt"), line("0.49", 1, rate: "0", reason: "Exempt"),
                        line("0.51", 1, rate: "0", reason: "Exempt")],
                lineNets: [1, 1, 50, 0, 1], taxes: [tax("0", 53, 0, "Exempt")], netTotal: 53, taxTotal: 0, total: 53),
        // Negative half-way nets on a credit note: 0.5 × −0.01 = −0.005 → −0.01; 0.125 × −0.04 = −0.005 → −0.01.
        // 0 % "Reverse charge" group: −0.02.
        Example(name: "negative half-way nets round away from zero", currency: "EUR",
                lines: [line("0.5", -1, rate: "0", reason: "Reverse charge"),
                        line("0.125", -4, rate: "0", reason: "Reverse charge")],
                lineNets: [-1, -1], taxes: [tax("0", -2, 0, "Reverse charge")], netTotal: -2, taxTotal: 0, total: -2),
        // Half-way taxes: 0.50 × 1 % = 0.005 → 0.01 and −0.50 × 19 % = −0.095 → −0.10.
        Example(name: "half-way taxes, positive", currency: "EUR",
                lines: [line("1", 50, rate: "1")],
                lineNets: [50], taxes: [tax("1", 50, 1)], netTotal: 50, taxTotal: 1, total: 51),
        Example(name: "half-way taxes, negative", currency: "EUR",
                lines: [line("1", -50, rate: "19")],
                lineNets: [-50], taxes: [tax("19", -50, -10)], netTotal: -50, taxTotal: -10, total: -60),
        // Credit note: 3 × −33.35 = −100.05; 19 % → −19.0095 → −19.01. Total −119.06.
        Example(name: "credit note", currency: "EUR",
                lines: [line("3", -3335, rate: "19")],
                lineNets: [-10005], taxes: [tax("19", -10005, -1901)], netTotal: -10005, taxTotal: -1901, total: -11906),
        // Fractional rates: 12.34 CHF at 2.6 % = 0.32084 → 0.32; 10.00 at 7.5 % = 0.75 exactly.
        Example(name: "fractional rates", currency: "CHF",
                lines: [line("1", 1234, rate: "2.6"), line("1", 1000, rate: "7.5")],
                lineNets: [1234, 1000], taxes: [tax("7.5", 1000, 75), tax("2.6", 1234, 32)],
                netTotal: 2234, taxTotal: 107, total: 2341),
        // 0 % lines group by exemption reason, sorted by reason after the positive rates:
        // 19 %: 100.00 → 19.00; "Exempt (§4 UStG)": 5.00; "Reverse charge": 10.00 + 20.00 = 30.00.
        Example(name: "0 % grouped by exemption reason", currency: "EUR",
                lines: [line("1", 1000, rate: "0", reason: "Reverse charge"), line("1", 10000, rate: "19"),
                        line("1", 500, rate: "0", reason: "Exempt (§4 UStG)"),
                        line("2", 1000, rate: "0", reason: "Reverse charge")],
                lineNets: [1000, 10000, 500, 2000],
                taxes: [tax("19", 10000, 1900), tax("0", 500, 0, "Exempt (§4 UStG)"),
                        tax("0", 3000, 0, "Reverse charge")],
                netTotal: 13500, taxTotal: 1900, total: 15400),
        // Wide intermediate: 123456.789 × 10,000,000.00 less 0.000000001 %:
        // 123456.789 × 10^9 × 99999999999 / 10^14 = 123456789000000 − 1234.56789 = 123456788998765.43211
        // → 123456788998765; 19 % → 23456789909765.35 → 23456789909765.
        Example(name: "large values need a wide intermediate", currency: "EUR",
                lines: [line("123456.789", 1_000_000_000, rate: "19", discount: "0.000000001")],
                lineNets: [123_456_788_998_765], taxes: [tax("19", 123_456_788_998_765, 23_456_789_909_765)],
                netTotal: 123_456_788_998_765, taxTotal: 23_456_789_909_765, total: 146_913_578_908_530),
        // A 100 % discount leaves nothing: 4 × 50.00 × 0 = 0.
        Example(name: "full discount", currency: "EUR",
                lines: [line("4", 5000, rate: "19", discount: "100")],
                lineNets: [0], taxes: [tax("19", 0, 0)], netTotal: 0, taxTotal: 0, total: 0),
    ]

    func testWorkedExamples() {
        for example in Self.examples {
            let totals = InvoiceCalculator.totals(for: example.lines, currency: currency(example.currency))
            XCTAssertEqual(totals.currency.code, example.currency, example.name)
            XCTAssertEqual(totals.lineNets, example.lineNets, example.name)
            XCTAssertEqual(totals.taxes, example.taxes, example.name)
            XCTAssertEqual(totals.netTotal, example.netTotal, example.name)
            XCTAssertEqual(totals.taxTotal, example.taxTotal, example.name)
            XCTAssertEqual(totals.total, example.total, example.name)
            // BR-CO-10, BR-CO-14, BR-CO-15 hold for every example.
            XCTAssertEqual(totals.netTotal, totals.lineNets.reduce(0, +), example.name)
            XCTAssertEqual(totals.taxTotal, totals.taxes.map(\.tax).reduce(0, +), example.name)
            XCTAssertEqual(totals.total, totals.netTotal + totals.taxTotal, example.name)
        }
    }

    func testNoLinesMeansZeroTotals() {
        let totals = InvoiceCalculator.totals(for: [], currency: currency("EUR"))
        XCTAssertEqual(totals.lineNets, [])
        XCTAssertEqual(totals.taxes, [])
        XCTAssertEqual([totals.netTotal, totals.taxTotal, totals.total], [0, 0, 0])
    }

    func testEqualRatesWrittenDifferentlyShareAGroup() {
        let lines = [Self.line("1", 1000, rate: "19"), Self.line("1", 1000, rate: "19.00")]
        XCTAssertEqual(InvoiceCalculator.totals(for: lines, currency: currency("EUR")).taxes,
                       [Self.tax("19", 2000, 380)])
    }
}
