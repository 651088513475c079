/// The syntax shared by amounts and decimal numbers: an optional `-`, one or more
/// ASCII digits, and optionally a `.` followed by one or more digits.
struct DecimalText {
    let isNegative: Bool
    /// Digit values before the point.
    let integerDigits: [Int64]
    /// Digit values after the point.
    let fractionDigits: [Int64]

    init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        isNegative = bytes.first == UInt8(ascii: "-")
        if isNegative { bytes = bytes.dropFirst() }
        let integerPart = bytes.prefix { $0 != UInt8(ascii: ".") }
        let rest = bytes.dropFirst(integerPart.count)
        guard let integerDigits = Self.digits(integerPart) else { return nil }
        self.integerDigits = integerDigits
        if rest.isEmpty {
            fractionDigits = []
        } else {
            guard let fractionDigits = Self.digits(rest.dropFirst()) else { return nil }
            self.fractionDigits = fractionDigits
        }
    }

    /// The digits as one integer (`integerDigits` then the first `fractionCount`
    /// fraction digits, zero-padded), with the sign applied; `nil` on overflow.
    func value(fractionCount: Int) -> Int64? {
        let fraction = fractionDigits + Array(repeating: 0, count: max(0, fractionCount - fractionDigits.count))
        var result: Int64 = 0
        for digit in integerDigits + fraction.prefix(fractionCount) {
            let (shifted, overflowA) = result.multipliedReportingOverflow(by: 10)
            let (added, overflowB) = shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            result = added
        }
        return isNegative ? -result : result
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> [Int64]? {
        guard !bytes.isEmpty, bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return bytes.map { Int64($0 - 0x30) }
    }
}
