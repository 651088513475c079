import GigdeskCore
import TermUI

/// A form open in the Invoices pane: what it is for, its fields, and the error
/// the store gave when it was last submitted (the form stays open, nothing is lost).
public struct PaneForm: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case newInvoice
        case editInvoice(String)
        case newClient
        case payment(String)
    }

    public var purpose: Purpose
    public var form: FormState
    public var error: String?
    /// Set after one esc on a changed form: a second esc discards it.
    public var confirmingDiscard = false

    public var title: String {
        switch purpose {
        case .newInvoice: return "New invoice"
        case .editInvoice(let number): return "Edit \(number)"
        case .newClient: return "New client"
        case .payment(let number): return "Payment for \(number)"
        }
    }

    public static func == (a: PaneForm, b: PaneForm) -> Bool {
        a.purpose == b.purpose && a.error == b.error && a.confirmingDiscard == b.confirmingDiscard
            && a.form.focusedIndex == b.form.focusedIndex && a.form.fields.map(\.value) == b.form.fields.map(\.value)
            && a.form.fields.map(\.error) == b.form.fields.map(\.error)
            && a.form.fields.map(\.input.cursor) == b.form.fields.map(\.input.cursor)
    }

    // MARK: - The forms

    static func isDate(_ text: String) -> String? {
        LocalDate(iso: text.trimmingCharacters(in: .whitespaces)) == nil ? "not a date: write YYYY-MM-DD, e.g. 2026-12-04" : nil
    }

    static func isCurrency(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return t.isEmpty || Currency(code: t) != nil ? nil : "unknown currency \"\(t)\" (use an ISO 4217 code such as EUR, USD, JPY)"
    }

    /// Checks each line's shape; amounts are checked against the real currency on saving.
    static func areLines(_ text: String) -> String? {
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        if lines.isEmpty { return "at least one line: " + LineItemSpec.format }
        let widest = Currency(code: "KWD")!
        for (i, line) in lines.enumerated() {
            do {
                _ = try LineItemSpec.parse(line, index: i + 1, currency: widest, unit: "hours", exemptionReason: "-")
            } catch {
                return "\(error)".replacingOccurrences(of: "--item", with: "line")
            }
        }
        return nil
    }

    static func newInvoice(today: LocalDate, client: String = "", lines: String = "", notes: String = "",
                           date: LocalDate? = nil, currency: String = "", purpose: Purpose = .newInvoice) -> PaneForm {
        PaneForm(purpose: purpose, form: FormState(fields: [
            FormField("Client", text: client, isRequired: true),
            FormField("Issue date", text: (date ?? today).iso, isRequired: true, validator: isDate),
            FormField("Currency", text: currency, validator: isCurrency),
            FormField("Lines", text: lines, isRequired: true, isMultiline: true, height: 5, validator: areLines),
            FormField("Unit", text: "hours", isRequired: true),
            FormField("0 % reason", text: ""),
            FormField("Notes", text: notes),
        ]))
    }

    static func newClient() -> PaneForm {
        PaneForm(purpose: .newClient, form: FormState(fields: [
            FormField("Name", isRequired: true),
            FormField("Email", validator: { $0.isEmpty || $0.contains("@") ? nil : "not an email address" }),
            FormField("Country", validator: { $0.isEmpty || CountryCode.isValid($0.uppercased()) ? nil : "not an ISO 3166 country code such as DE" }),
            FormField("Address", isMultiline: true, height: 3),
            FormField("Tax id"),
            FormField("Currency", text: "EUR", isRequired: true, validator: isCurrency),
            FormField("Terms (days)", text: "14", isRequired: true, validator: { Int($0).map { $0 >= 0 } == true ? nil : "a whole number of days" }),
            FormField("Hourly rate", validator: { $0.isEmpty || DecimalNumber(parsing: $0) != nil ? nil : "not an amount" }),
        ]))
    }

    static func payment(_ number: String, balance: String, today: LocalDate) -> PaneForm {
        PaneForm(purpose: .payment(number), form: FormState(fields: [
            FormField("Amount", text: balance, isRequired: true,
                      validator: { DecimalNumber(parsing: $0).map { !$0.isNegative && !$0.isZero } == true ? nil : "an amount above 0" }),
            FormField("Date", text: today.iso, isRequired: true, validator: isDate),
            FormField("Method", text: "bank transfer"),
            FormField("Reference"),
        ]))
    }
}
