/// Why a PDF could not be made.
public enum PDFExportError: Error, Equatable, CustomStringConvertible {
    /// A font file is missing; `package` is the Debian package that installs it.
    case fontMissing(file: String, searched: [String], package: String)
    /// The document has CJK text and no CJK font is installed.
    case cjkFontMissing(sample: String, searched: [String])
    /// A font file is there but libharu cannot use it; `reason` says why.
    case unusableFont(path: String, reason: String)
    /// libharu reported an error (its status and detail codes) while doing `during`.
    case libharu(status: UInt, detail: UInt, during: String)
    /// libqrencode could not encode the payment QR code.
    case qrEncodingFailed

    public var description: String {
        switch self {
        case .fontMissing(let file, let searched, let package):
            "PDF export needs the font \(file), not found in \(searched.joined(separator: ", ")); "
                + "install the Debian package \(package) (or point GIGDESK_FONT_DIR at a folder holding it)"
        case .cjkFontMissing(let sample, let searched):
            "PDF export needs a CJK font for \"\(sample)\", none found in \(searched.joined(separator: ", ")); "
                + "install the Debian package fonts-droid-fallback or fonts-wqy-microhei"
        case .unusableFont(let path, let reason):
            "PDF export cannot use the font \(path): it \(reason)"
        case .libharu(let status, let detail, let during):
            "PDF export failed while \(during): libharu error 0x\(String(status, radix: 16, uppercase: true))"
                + " (detail \(detail))"
        case .qrEncodingFailed:
            "PDF export could not encode the payment QR code"
        }
    }
}
