import Foundation

/// The TrueType files the PDF export draws text with: DejaVu Sans for Latin,
/// Greek and Cyrillic text, and a CJK font for what DejaVu has no glyphs for.
public struct PDFFonts: Sendable, Equatable {
    /// DejaVu Sans (or a replacement with the same coverage).
    public var regular: String
    /// DejaVu Sans Bold.
    public var bold: String
    /// A CJK font (.ttf, or .ttc whose first face is used); nil when none is
    /// installed, which only documents with CJK text mind.
    public var cjk: String?
    /// Where a CJK font was looked for, for the error message when it is missing.
    public var cjkSearched: [String]

    /// Uses the given files.
    public init(regular: String, bold: String, cjk: String?, cjkSearched: [String] = []) {
        self.regular = regular
        self.bold = bold
        self.cjk = cjk
        self.cjkSearched = cjkSearched
    }

    private static let debianFonts = "/usr/share/fonts/truetype"

    /// Finds the fonts in `$GIGDESK_FONT_DIR` first, then in the paths Debian
    /// installs them to (fonts-dejavu-core; fonts-droid-fallback or fonts-wqy-microhei).
    /// - Throws: `PDFExportError.fontMissing` naming the package to install.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        fileExists: (String) -> Bool = { FileManager.default.isReadableFile(atPath: $0) }
    ) throws -> PDFFonts {
        let override = environment["GIGDESK_FONT_DIR"].flatMap(\.nonBlank)
        func candidates(_ file: String, _ debianFolder: String) -> [String] {
            [override.map { "\($0)/\(file)" }, "\(debianFonts)/\(debianFolder)/\(file)"].compactMap { $0 }
        }
        func find(_ file: String, in folder: String, package: String) throws -> String {
            let paths = candidates(file, folder)
            guard let path = paths.first(where: fileExists) else {
                throw PDFExportError.fontMissing(file: file, searched: paths, package: package)
            }
            return path
        }
        let cjkPaths = candidates("DroidSansFallbackFull.ttf", "droid")
            + candidates("wqy-microhei.ttc", "wqy")
            + candidates("wqy-zenhei.ttc", "wqy")
        return PDFFonts(
            regular: try find("DejaVuSans.ttf", in: "dejavu", package: "fonts-dejavu-core"),
            bold: try find("DejaVuSans-Bold.ttf", in: "dejavu", package: "fonts-dejavu-core"),
            cjk: cjkPaths.first(where: fileExists),
            cjkSearched: cjkPaths
        )
    }
}
