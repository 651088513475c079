/// The one rounding step of invoice arithmetic: a product of integers divided by a
/// power of ten, rounded half away from zero. Int64 arithmetic when the product
/// fits, `ExactInteger` when it does not; never wraps.
enum RoundedProduct {
    /// `factors` multiplied, divided by 10^`exponent`, rounded once half away from zero;
    /// `nil` when the result does not fit in Int64.
    static func of(_ factors: [Int64], dividedByPowerOfTen exponent: Int) -> Int64? {
        if exponent < powersOfTen.count, let product = int64Product(factors) {
            let divisor = powersOfTen[exponent]
            let (quotient, remainder) = product.quotientAndRemainder(dividingBy: divisor)
            guard remainder.magnitude * 2 >= divisor.magnitude else { return quotient }
            return quotient + (product < 0 ? -1 : 1)
        }
        return factors.reduce(ExactInteger(1)) { $0 * ExactInteger($1) }
            .dividedRoundingHalfAwayFromZero(byPowerOfTen: exponent).int64Value
    }

    private static func int64Product(_ factors: [Int64]) -> Int64? {
        var product: Int64 = 1
        for factor in factors {
            let (next, overflow) = product.multipliedReportingOverflow(by: factor)
            guard !overflow else { return nil }
            product = next
        }
        return product
    }

    /// 10^0 … 10^18.
    private static let powersOfTen: [Int64] = (0...18).map { exponent in
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }
}
