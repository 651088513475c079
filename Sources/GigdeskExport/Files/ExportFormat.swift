import Foundation

/// The formats a document exports to, named as on the command line.
public enum ExportFormat: String, Sendable, CaseIterable {
    case pdf
    case md
    case html
    case csv
    /// UBL 2.1 XML (EN 16931 e-invoice).
    case ubl

    /// The file extension, without the dot ("xml" for UBL).
    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .md: "md"
        case .html: "html"
        case .csv: "csv"
        case .ubl: "xml"
        }
    }

    /// The suggested file name for `number`, e.g. "INV-2026-0001.pdf"; `ExportWriter`
    /// makes it safe.
    public func fileName(for number: String) -> String {
        "\(number).\(fileExtension)"
    }

    /// The bytes of `doc` in this format (text formats as UTF-8).
    /// - Throws: what the format's exporter throws (`PDFExportError`, `UBLExportError`).
    public func render(_ doc: InvoiceDocument) throws -> Data {
        switch self {
        case .pdf: try PDFExporter.render(doc)
        case .md: Data(MarkdownExporter.render(doc).utf8)
        case .html: Data(HTMLExporter.render(doc).utf8)
        case .csv: Data(CSVExporter.render(doc).utf8)
        case .ubl: Data(try UBLExporter.render(doc).utf8)
        }
    }
}
