import Foundation
import GigdeskCore
import GigdeskExport
import GigdeskStore

/// What the Invoices pane's keys and forms do to the store, each returning the
/// line to show: the run loop calls these on the UI thread (each is one short transaction).
struct InvoicePaneOperations {
    let store: Store
    let today: LocalDate
    /// Where `x` writes PDFs: the folder gigdesk was started in.
    var exportFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

    func perform(_ command: InvoiceCommand, _ number: String) throws -> String {
        switch command {
        case .send: return "\(try store.send(number: number).number) sent; it is locked from now on"
        case .void: return "\(try store.void(number: number).number) voided"
        case .credit:
            let note = try store.createCreditNote(for: number, date: today)
            return "credit note \(note.number) created for \(number)"
        case .exportPDF:
            guard let invoice = try store.invoice(number: number) else { throw BillingStoreError.unknownInvoice(number) }
            let document = InvoiceDocumentBuilder.build(invoice, seller: try store.sellerProfile(),
                                                        client: try store.client(id: invoice.client.id))
            let url = try ExportWriter.write(data: try PDFExporter.render(document), to: exportFolder,
                                             fileName: "\(number).pdf", force: false)
            return "wrote \(url.path)"
        }
    }

    /// The editor on a draft, its lines written one per row as on the command line.
    func editForm(_ number: String) throws -> PaneForm {
        guard let invoice = try store.invoice(number: number) else { throw BillingStoreError.unknownInvoice(number) }
        guard InvoiceLifecycle.canEdit(invoice.status) else { throw BillingStoreError.invoiceLocked(number: number, status: invoice.status) }
        let lines = invoice.lines.map { line in
            let price = Money(minorUnits: line.unitPrice, currency: invoice.currency).decimalString
            return [line.description, line.quantity.description, price, line.taxRate.description, line.discountPercent?.description]
                .compactMap { $0 }.joined(separator: "|")
        }.joined(separator: "\n")
        return .newInvoice(today: today, client: invoice.client.name, lines: lines, notes: invoice.notes,
                           date: invoice.issueDate, currency: invoice.currency.code, purpose: .editInvoice(number))
    }

    func clientLines() throws -> [String] {
        try store.clients().map { client in
            let rate = client.hourlyRate.map { "  " + Money(minorUnits: $0, currency: client.currency).description + "/h" } ?? ""
            return "\(client.name)  \(client.currency.code)  \(client.paymentTermsDays) days\(rate)"
        }
    }

    /// Saves a form; a thrown error is shown in the form, which stays open.
    func submit(_ pane: PaneForm) throws -> String {
        let form = pane.form
        let value = { (label: String) in (form.value(of: label) ?? "").trimmingCharacters(in: .whitespaces) }
        switch pane.purpose {
        case .newInvoice, .editInvoice:
            let client = try store.resolveClient(named: value("Client"))
            let currency = value("Currency").isEmpty ? client.currency : try Currency.parse(value("Currency"))
            let rows = (form.value(of: "Lines") ?? "").split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
            let lines = try rows.enumerated().map { index, row in
                try LineItemSpec.parse(row, index: index + 1, currency: currency, unit: value("Unit"),
                                       exemptionReason: value("0 % reason").isEmpty ? nil : value("0 % reason"))
            }
            let date = try LocalDate.parse(value("Issue date"))
            if case .editInvoice(let number) = pane.purpose {
                let saved = try store.updateDraft(number: number, clientID: client.id, issueDate: date, currency: currency,
                                                  lines: lines, notes: value("Notes"))
                return "\(saved.number) saved"
            }
            let created = try store.createDraft(clientID: client.id, issueDate: date, currency: currency, lines: lines, notes: value("Notes"))
            return "draft \(created.number) created for \(client.name)"
        case .newClient:
            let currency = try Currency.parse(value("Currency"))
            let rate = value("Hourly rate").isEmpty ? nil : try Money.parse(value("Hourly rate"), currency: currency).minorUnits
            let client = Client(name: value("Name"), email: value("Email"), address: form.value(of: "Address") ?? "",
                                country: value("Country").uppercased(), taxID: value("Tax id"), currency: currency,
                                hourlyRate: rate, paymentTermsDays: Int(value("Terms (days)")) ?? 14)
            let problems = client.validate()
            guard problems.isEmpty else { throw CLIError(problems) }
            return "client \(try store.addClient(client).name) added"
        case .payment(let number):
            guard let invoice = try store.invoice(number: number) else { throw BillingStoreError.unknownInvoice(number) }
            let amount = try Money.parse(value("Amount"), currency: invoice.currency)
            let paid = try store.recordPayment(number: number, amount: amount.minorUnits, date: try LocalDate.parse(value("Date")),
                                               method: value("Method"), reference: value("Reference"))
            return "\(number): \(paid.status.rawValue), balance \(Money(minorUnits: paid.balance, currency: paid.currency))"
        }
    }
}
