/// Formats integer minor units as decimal text, without floating point.
///
/// `display` groups thousands for people ("1,234.50"); `machine` is the plain
/// form that CSV, UBL and payment codes expect ("1234.50"). Both print exactly
/// `minorDigits` digits after the point and none, nor a point, for 0-digit
/// currencies such as JPY.
public enum MoneyText {
    /// "1,234.50" for 123450 with 2 minor digits; "-1,234.50" when negative.
    public static func display(_ minor: Int64, minorDigits: Int) -> String {
        format(minor, minorDigits: minorDigits, groupSeparator: ",")
    }

    /// "1234.50" for 123450 with 2 minor digits; "-1234.50" when negative.
    public static func machine(_ minor: Int64, minorDigits: Int) -> String {
        format(minor, minorDigits: minorDigits, groupSeparator: nil)
    }

    private static func format(_ minor: Int64, minorDigits: Int, groupSeparator: Character?) -> String {
        let digitsAfterPoint = max(0, minorDigits)
        // The magnitude as UInt64 handles Int64.min without overflow.
        var digits = String(minor.magnitude)
        if digits.count <= digitsAfterPoint {
            digits = String(repeating: "0", count: digitsAfterPoint - digits.count + 1) + digits
        }
        let whole = digits.dropLast(digitsAfterPoint)
        let fraction = digits.suffix(digitsAfterPoint)

        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if let separator = groupSeparator, offset > 0, (whole.count - offset) % 3 == 0 {
                grouped.append(separator)
            }
            grouped.append(digit)
        }
        let sign = minor < 0 ? "-" : ""
        return fraction.isEmpty ? sign + grouped : sign + grouped + "." + fraction
    }
}
