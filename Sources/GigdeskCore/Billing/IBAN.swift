/// International Bank Account Numbers (ISO 13616).
public enum IBAN {
    /// `text` without spaces, uppercased: the form to store and to put in a payment QR code.
    public static func normalized(_ text: String) -> String {
        text.filter { $0 != " " }.uppercased()
    }

    /// A country code, two check digits and up to 30 letters or digits, passing the
    /// mod-97 check. Spaces are ignored and letters may be lowercase.
    public static func isValid(_ text: String) -> Bool {
        let iban = Array(normalized(text).utf8)
        guard (15...34).contains(iban.count),
              iban[0..<2].allSatisfy(isLetter), iban[2..<4].allSatisfy(isDigit),
              iban.allSatisfy({ isLetter($0) || isDigit($0) })
        else { return false }
        var remainder = 0
        for byte in iban[4...] + iban[..<4] {
            let value = isDigit(byte) ? Int(byte - 0x30) : Int(byte - 0x41) + 10
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97
        }
        return remainder == 1
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5a).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
