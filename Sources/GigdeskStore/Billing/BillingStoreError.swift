import Foundation
import GigdeskCore

/// Why a billing operation on the store was refused. `description` is a complete
/// sentence for the user that names the client, invoice or timer involved.
///
/// Billing methods throw this for what the store checks, `BillingError` for what
/// the domain rules refuse (an overpayment, a transition the lifecycle forbids),
/// and `StoreError` or `SQLiteError` for trouble with the file itself. Nothing is
/// written when any of them is thrown.
public enum BillingStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No client has this name (nor a unique name starting with it); `suggestions` are similar names.
    case unknownClient(name: String, suggestions: [String])
    /// Several clients have names starting with this text.
    case ambiguousClient(name: String, matches: [String])
    /// No client has this id.
    case unknownClientID(EntityID)
    /// Another client that is not archived already has this name (ignoring case).
    case duplicateClientName(String)
    /// The client breaks the rules of `Client.validate()`; nothing was saved.
    case invalidClient([FieldError])
    /// The seller profile breaks the rules of `SellerProfile.validate()`; nothing was saved.
    case invalidSellerProfile([FieldError])
    /// New invoices, schedules and timers need a client that is not archived.
    case archivedClient(String)
    /// Billing time needs an hourly rate on the client.
    case noHourlyRate(client: String)
    /// No invoice or credit note has this number.
    case unknownInvoice(String)
    /// The invoice is no longer a draft, so its content cannot change.
    case invoiceLocked(number: String, status: InvoiceStatus)
    /// The invoice breaks the rules of `InvoiceValidator`; nothing was saved.
    case invalidInvoice([FieldError])
    /// Credit notes take no payments; they are settled outside gigdesk.
    case creditNoteTakesNoPayments(String)
    /// Credit notes are issued against sent, partially paid or paid invoices only.
    case notCreditable(number: String, reason: String)
    /// The credit notes against an invoice would together credit more than its total.
    case creditExceedsInvoice(number: String, remaining: Money, requested: Money)
    /// No recurring schedule has this id.
    case unknownSchedule(EntityID)
    /// Only one timer runs at a time; this one is running already.
    case timerAlreadyRunning(client: String, description: String, since: Date)
    /// `stopTimer` with no timer running.
    case noTimerRunning
    /// A timer cannot stop before it started.
    case timerStopsBeforeStart(started: Date, stop: Date)
    /// A manual time entry needs a positive number of minutes.
    case nonPositiveMinutes(Int)
    /// The client has no unbilled, finished time entries.
    case nothingToBill(client: String)
    /// A stored billing row could not be read back.
    case malformedRow(String)

    public var description: String {
        switch self {
        case .unknownClient(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean " + Self.quotedList(suggestions, joiner: "or") + "?"
            return "no client named \"\(name)\"\(hint)"
        case .ambiguousClient(let name, let matches):
            return "\"\(name)\" matches several clients: " + Self.quotedList(matches, joiner: "and")
                + "; type more of the name"
        case .unknownClientID(let id):
            return "no client with id \(id)"
        case .duplicateClientName(let name):
            return "a client named \"\(name)\" already exists (names are compared ignoring case)"
        case .invalidClient(let errors):
            return "the client is not valid: " + Self.messages(errors)
        case .invalidSellerProfile(let errors):
            return "the seller profile is not valid: " + Self.messages(errors)
        case .archivedClient(let name):
            return "client \"\(name)\" is archived; restore it before billing it"
        case .noHourlyRate(let client):
            return "client \"\(client)\" has no hourly rate; set one to bill time"
        case .unknownInvoice(let number):
            return "no invoice or credit note numbered \(number)"
        case .invoiceLocked(let number, let status):
            return Self.lockedMessage(number: number, status: status)
        case .invalidInvoice(let errors):
            return "the invoice is not valid: " + Self.messages(errors)
        case .creditNoteTakesNoPayments(let number):
            return "\(number) is a credit note; payments are recorded against invoices only"
        case .notCreditable(let number, let reason):
            return "cannot issue a credit note against \(number): \(reason)"
        case .creditExceedsInvoice(let number, let remaining, let requested):
            return "a credit note of \(requested) is more than the \(remaining) of \(number) not yet credited"
        case .unknownSchedule(let id):
            return "no recurring schedule with id \(id)"
        case .timerAlreadyRunning(let client, let description, let since):
            let what = description.isEmpty ? "" : " (\(description))"
            return "a timer is already running for \"\(client)\"\(what) since \(Timestamp.string(from: since)); "
                + "stop it first"
        case .noTimerRunning:
            return "no timer is running"
        case .timerStopsBeforeStart(let started, let stop):
            return "the timer cannot stop at \(Timestamp.string(from: stop)), before it started at "
                + Timestamp.string(from: started)
        case .nonPositiveMinutes(let minutes):
            return "a time entry needs more than zero minutes (got \(minutes))"
        case .nothingToBill(let client):
            return "client \"\(client)\" has no unbilled time to invoice"
        case .malformedRow(let detail):
            return "stored billing data is malformed: \(detail)"
        }
    }

    private static func lockedMessage(number: String, status: InvoiceStatus) -> String {
        switch status {
        case .draft:
            return "\(number) is a draft and can be edited"
        case .sent, .partial:
            let state = status == .sent ? "sent" : "partially paid"
            return "\(number) is \(state) and locked; void it or issue a credit note"
        case .paid:
            return "\(number) is paid and locked; issue a credit note to correct it"
        case .void:
            return "\(number) is void and locked; create a new invoice instead"
        }
    }

    private static func messages(_ errors: [FieldError]) -> String {
        errors.map(\.message).joined(separator: "; ")
    }

    private static func quotedList(_ names: [String], joiner: String) -> String {
        let quoted = names.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(joiner) " + (quoted.last ?? "")
    }
}
