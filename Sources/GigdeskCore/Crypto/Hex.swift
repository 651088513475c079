/// Lowercase hexadecimal encoding of bytes.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Two lowercase hex digits per byte, most significant nibble first.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The 16 hex digits of `word`, most significant first.
    static func encode(_ word: UInt64) -> String {
        var out = [UInt8](repeating: 0, count: 16)
        var rest = word
        for index in stride(from: 15, through: 0, by: -1) {
            out[index] = digits[Int(rest & 0x0f)]
            rest >>= 4
        }
        return String(decoding: out, as: UTF8.self)
    }
}
