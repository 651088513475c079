import CQRencode

/// The modules of a QR code made by libqrencode, row by row from the top.
struct QRMatrix {
    /// Modules per side.
    let size: Int
    private let dark: [Bool]

    /// Encodes `payload` (UTF-8, 8-bit mode) with error correction level M.
    init(payload: String) throws {
        guard let code = QRcode_encodeString(payload, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            throw PDFExportError.qrEncodingFailed
        }
        defer { QRcode_free(code) }
        size = Int(code.pointee.width)
        // The lowest bit of each byte says whether the module is dark.
        dark = (0..<size * size).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// Whether the module in `row` (from the top) and `column` is dark.
    func isDark(row: Int, column: Int) -> Bool {
        dark[row * size + column]
    }
}
