import Foundation
import GigdeskCore
import GigdeskStore

/// Renders a payment reminder for an overdue invoice from `Assets/reminders/<level>.txt`.
enum ReminderComposer {
    static func compose(_ invoice: StoredInvoice, level: ReminderLevel, seller: SellerProfile?,
                        assets: URL?, today: LocalDate) throws -> String {
        guard let file = assets?.appendingPathComponent("reminders/\(level.rawValue).txt"),
              let template = try? String(contentsOf: file, encoding: .utf8) else {
            throw CLIError("the reminder template \(level.rawValue).txt was not found in Assets/reminders (set GIGDESK_RESOURCES)")
        }
        let balance = Money(minorUnits: invoice.balance, currency: invoice.currency)
        let instructions = invoice.paymentInstructions.isEmpty ? (seller?.paymentInstructions ?? "") : invoice.paymentInstructions
        return try ReminderTemplate.render(template, values: [
            "client": invoice.client.name,
            "number": invoice.number,
            "amount_due": balance.decimalString,
            "currency": invoice.currency.code,
            "due_date": invoice.dueDate.iso,
            "days_overdue": String(max(0, invoice.dueDate.days(until: today))),
            "payment_instructions": instructions,
            "seller": seller?.name ?? "",
        ])
    }
}
