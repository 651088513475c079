import CHaru
import Foundation

/// One libharu document. Errors that libharu reports through its error handler
/// are recorded and surface as `PDFExportError.libharu` at the next `check`.
final class HaruDocument {
    let handle: HPDF_Doc
    private let errors: ErrorRecord

    /// The first error libharu reported, written by the C error handler.
    private final class ErrorRecord {
        var first: (status: UInt, detail: UInt)?
    }

    /// A new empty document with UTF-8 encodings enabled and compression on.
    init() throws {
        let errors = ErrorRecord()
        let handler: HPDF_Error_Handler = { status, detail, userData in
            guard let userData else { return }
            let record = Unmanaged<ErrorRecord>.fromOpaque(userData).takeUnretainedValue()
            if record.first == nil { record.first = (UInt(status), UInt(detail)) }
        }
        guard let handle = HPDF_New(handler, Unmanaged.passUnretained(errors).toOpaque()) else {
            throw PDFExportError.libharu(status: 0, detail: 0, during: "creating the document")
        }
        self.handle = handle
        self.errors = errors
        HPDF_UseUTFEncodings(handle)
        HPDF_SetCompressionMode(handle, HPDF_UINT(HPDF_COMP_ALL))
        try check("setting up the document")
    }

    deinit {
        HPDF_Free(handle)
    }

    /// Throws the first error libharu reported, saying it happened `during` this step.
    func check(_ during: String) throws {
        if let error = errors.first {
            throw PDFExportError.libharu(status: error.status, detail: error.detail, during: during)
        }
    }

    /// Loads a TrueType font (.ttf, or the first face of a .ttc), embedded, for UTF-8
    /// text. The file must have been read as a `TrueTypeFont` first: libharu crashes on some bad files.
    func loadFont(_ path: String) throws -> HPDF_Font {
        let name = path.lowercased().hasSuffix(".ttc")
            ? HPDF_LoadTTFontFromFile2(handle, path, 0, HPDF_TRUE)
            : HPDF_LoadTTFontFromFile(handle, path, HPDF_TRUE)
        try check("loading the font \(path)")
        guard let name, let font = HPDF_GetFont(handle, name, "UTF-8") else {
            throw PDFExportError.libharu(status: 0, detail: 0, during: "loading the font \(path)")
        }
        try check("loading the font \(path)")
        return font
    }

    /// The finished PDF file.
    func save() throws -> Data {
        HPDF_SaveToStream(handle)
        try check("writing the PDF")
        var length = HPDF_GetStreamSize(handle)
        var data = Data(count: Int(length))
        data.withUnsafeMutableBytes { buffer in
            _ = HPDF_ReadFromStream(handle, buffer.bindMemory(to: HPDF_BYTE.self).baseAddress, &length)
        }
        try check("reading the PDF")
        return data.prefix(Int(length))
    }
}
