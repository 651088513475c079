import Foundation
import GigdeskCore
import GigdeskExport
import GigdeskStore

/// `gigdesk invoice export NUMBER --format pdf|md|html|csv|ubl [--output PATH] [--force]`.
enum InvoiceExportCommand {
    static let spec = CommandSpec(
        name: "invoice export", summary: "write an invoice as PDF, Markdown, HTML, CSV or UBL 2.1 XML", arguments: ["NUMBER"],
        options: [
            .init("--format", value: "FORMAT", "the file format", choices: ExportFormat.allCases.map(\.rawValue)),
            .init("--output", value: "PATH", "a folder (the file is named after the invoice) or a file path; default: this folder"),
            .init("--force", "overwrite an existing file"),
            .init("--paper", value: "SIZE", "PDF page size (default: letter for US and CA sellers, else a4)", choices: ["a4", "letter"]),
        ],
        details: "UBL needs the seller's name, address, country and VAT id (gigdesk seller set); "
            + "a PDF of a EUR invoice carries a SEPA payment QR code when the seller has an IBAN.")

    static let registered = RegisteredCommand(spec: spec) { try run($0, $1) }

    static func run(_ main: GigdeskMain, _ invocation: Invocation) throws -> Int32 {
        guard let formatName = invocation.value("--format"), let format = ExportFormat(rawValue: formatName) else {
            throw CLIError("invoice export needs --format \(ExportFormat.allCases.map(\.rawValue).joined(separator: "|"))")
        }
        let store = try main.openStore(invocation)
        let number = invocation.positionals[0]
        guard let invoice = try store.invoice(number: number) else { throw BillingStoreError.unknownInvoice(number) }
        let seller = try store.sellerProfile()
        var document = InvoiceDocumentBuilder.build(invoice, seller: seller, client: try store.client(id: invoice.client.id))
        if let paper = invocation.value("--paper") { document.pageSize = paper == "letter" ? .letter : .a4 }
        let data = try render(document, as: format)
        let (folder, fileName) = destination(invocation.value("--output"), number: number, format: format,
                                             workingDirectory: FileManager.default.currentDirectoryPath)
        let url = try ExportWriter.write(data: data, to: folder, fileName: fileName, force: invocation.has("--force"))
        main.output.print(url.path)
        return 0
    }

    static func render(_ document: InvoiceDocument, as format: ExportFormat) throws -> Data {
        switch format {
        case .pdf: return try PDFExporter.render(document)
        case .md: return Data(MarkdownExporter.render(document).utf8)
        case .html: return Data(HTMLExporter.render(document).utf8)
        case .csv: return Data(CSVExporter.render(document).utf8)
        case .ubl:
            let missing = UBLExporter.missingSellerFields(document)
            guard missing.isEmpty else {
                throw CLIError("UBL export needs the seller's \(missing.joined(separator: ", ")); set them with gigdesk seller set")
            }
            return Data(try UBLExporter.render(document).utf8)
        }
    }

    /// The folder and file name for `--output`: an existing folder (or a path ending in `/`) gets
    /// `NUMBER.ext` inside it; anything else is a file path.
    static func destination(_ output: String?, number: String, format: ExportFormat,
                            workingDirectory: String) -> (URL, String) {
        let defaultName = "\(number).\(format.fileExtension)"
        guard let output, !output.isEmpty else { return (URL(fileURLWithPath: workingDirectory), defaultName) }
        let url = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: workingDirectory)).standardizedFileURL
        var isDirectory: ObjCBool = false
        if output.hasSuffix("/") || (FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return (url, defaultName)
        }
        return (url.deletingLastPathComponent(), url.lastPathComponent)
    }
}
