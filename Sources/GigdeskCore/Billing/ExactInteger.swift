/// A signed integer of any size, for the exact computations whose intermediate
/// values outgrow Int64: large line nets and taxes, comparing decimals of different scales.
///
/// The magnitude is stored in base 2^32, least significant limb first, with no
/// high zero limbs; zero is never negative, so synthesized equality is exact.
struct ExactInteger: Comparable {
    let isNegative: Bool
    let limbs: [UInt32]

    init(_ value: Int64) {
        var magnitude = value.magnitude
        var limbs: [UInt32] = []
        while magnitude > 0 {
            limbs.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        }
        self.init(isNegative: value < 0, limbs: limbs)
    }

    private init(isNegative: Bool, limbs: [UInt32]) {
        var trimmed = limbs
        while trimmed.last == 0 { trimmed.removeLast() }
        self.limbs = trimmed
        self.isNegative = isNegative && !trimmed.isEmpty
    }

    /// 10^exponent.
    static func powerOfTen(_ exponent: Int) -> ExactInteger {
        precondition(exponent >= 0)
        var result = ExactInteger(1)
        for _ in 0..<exponent { result = result * ExactInteger(10) }
        return result
    }

    /// The value if it fits in Int64.
    var int64Value: Int64? {
        guard limbs.count <= 2 else { return nil }
        var magnitude: UInt64 = 0
        for limb in limbs.reversed() { magnitude = magnitude << 32 | UInt64(limb) }
        if isNegative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// self / 10^exponent, rounded once, half away from zero.
    func dividedRoundingHalfAwayFromZero(byPowerOfTen exponent: Int) -> ExactInteger {
        guard exponent > 0 else { return self }
        let half = ExactInteger.powerOfTen(exponent - 1) * ExactInteger(5)
        var magnitude = Self.add(limbs, half.limbs)
        for _ in 0..<exponent { magnitude = Self.divide(magnitude, by: 10) }
        return ExactInteger(isNegative: isNegative, limbs: magnitude)
    }

    static func * (lhs: ExactInteger, rhs: ExactInteger) -> ExactInteger {
        guard !lhs.limbs.isEmpty, !rhs.limbs.isEmpty else { return ExactInteger(0) }
        var product = [UInt32](repeating: 0, count: lhs.limbs.count + rhs.limbs.count)
        for (i, left) in lhs.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, right) in rhs.limbs.enumerated() {
                let partial = UInt64(left) * UInt64(right) + UInt64(product[i + j]) + carry
                product[i + j] = UInt32(truncatingIfNeeded: partial)
                carry = partial >> 32
            }
            product[i + rhs.limbs.count] = UInt32(carry)
        }
        return ExactInteger(isNegative: lhs.isNegative != rhs.isNegative, limbs: product)
    }

    static func < (lhs: ExactInteger, rhs: ExactInteger) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let order = compareMagnitudes(lhs.limbs, rhs.limbs)
        return lhs.isNegative ? order > 0 : order < 0
    }

    // MARK: Magnitudes

    private static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for (x, y) in zip(a.reversed(), b.reversed()) where x != y {
            return x < y ? -1 : 1
        }
        return 0
    }

    private static func add(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var sum = [UInt32]()
        var carry: UInt64 = 0
        for index in 0..<max(a.count, b.count) {
            let total = UInt64(index < a.count ? a[index] : 0) + UInt64(index < b.count ? b[index] : 0) + carry
            sum.append(UInt32(truncatingIfNeeded: total))
            carry = total >> 32
        }
        if carry > 0 { sum.append(UInt32(carry)) }
        return sum
    }

    /// ⌊a / divisor⌋.
    private static func divide(_ a: [UInt32], by divisor: UInt32) -> [UInt32] {
        var quotient = a
        var remainder: UInt64 = 0
        for index in a.indices.reversed() {
            let current = remainder << 32 | UInt64(a[index])
            quotient[index] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        return quotient
    }
}
