/// Everything an exporter needs to render one invoice or credit note.
///
/// A self-contained value: the exporters never reach into the store or the billing
/// domain. Amounts are integer minor units of `currencyCode` (`currencyMinorUnits`
/// digits after the decimal point); rates and quantities are decimal strings, so
/// nothing passes through binary floating point. The totals are taken as given —
/// the billing domain computes them under EN 16931 rounding rules.
public struct InvoiceDocument: Sendable, Equatable {
    /// Whether the document bills the client or credits an earlier invoice.
    public enum Kind: Sendable, Equatable {
        /// An ordinary invoice.
        case invoice
        /// A credit note; `creditedNumber` is the invoice it corrects, when known.
        case creditNote(creditedNumber: String?)
    }

    /// The paper size of the PDF (and the `@page` size of the HTML).
    public enum PageSize: Sendable, Equatable {
        /// ISO A4, 210 × 297 mm.
        case a4
        /// US Letter, 8.5 × 11 in.
        case letter
    }

    public var kind: Kind
    /// The document number, e.g. "INV-2026-0001".
    public var number: String
    /// Issue date as an ISO 8601 calendar date, e.g. "2026-12-04".
    public var issueDate: String
    /// Due date as an ISO 8601 calendar date.
    public var dueDate: String
    /// ISO 4217 code, e.g. "EUR".
    public var currencyCode: String
    /// Digits after the decimal point in this currency (EUR 2, JPY 0, KWD 3).
    public var currencyMinorUnits: Int
    public var seller: PartyBlock
    public var buyer: PartyBlock
    public var lines: [DocumentLine]
    /// The tax breakdown, one entry per rate.
    public var taxes: [DocumentTax]
    public var netTotal: Int64
    public var taxTotal: Int64
    public var total: Int64
    public var paid: Int64
    public var balance: Int64
    /// Free text printed on the document; may span several lines.
    public var notes: String
    /// How to pay, in the seller's words; may span several lines.
    public var paymentInstructions: String
    public var payments: [DocumentPayment]
    public var pageSize: PageSize

    /// Creates a document; every field is stored as given.
    public init(
        kind: Kind,
        number: String,
        issueDate: String,
        dueDate: String,
        currencyCode: String,
        currencyMinorUnits: Int,
        seller: PartyBlock,
        buyer: PartyBlock,
        lines: [DocumentLine],
        taxes: [DocumentTax],
        netTotal: Int64,
        taxTotal: Int64,
        total: Int64,
        paid: Int64,
        balance: Int64,
        notes: String = "",
        paymentInstructions: String = "",
        payments: [DocumentPayment] = [],
        pageSize: PageSize = .a4
    ) {
        self.kind = kind
        self.number = number
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.currencyCode = currencyCode
        self.currencyMinorUnits = currencyMinorUnits
        self.seller = seller
        self.buyer = buyer
        self.lines = lines
        self.taxes = taxes
        self.netTotal = netTotal
        self.taxTotal = taxTotal
        self.total = total
        self.paid = paid
        self.balance = balance
        self.notes = notes
        self.paymentInstructions = paymentInstructions
        self.payments = payments
        self.pageSize = pageSize
    }
}
