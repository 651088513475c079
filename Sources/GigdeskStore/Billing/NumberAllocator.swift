import GigdeskCore

/// Hands out invoice and credit note numbers from `number_counters` inside one
/// write transaction, so that a number is taken together with the invoice that
/// uses it: `BEGIN IMMEDIATE` lets one process at a time count, and a rolled-back
/// invoice returns its number. Numbers never repeat and never skip.
///
/// Each series (invoices with the seller's pattern, credit notes with
/// `NumberPattern.defaultCreditNote`) restarts at 1 in each issue year when its
/// pattern shows the year, and counts on forever when it does not (so numbers
/// cannot repeat). A number already in use (after a pattern change) is passed over.
///
/// Use it through `numbering(in:body:)`, which writes the counters back once at the end.
final class NumberAllocator {
    private struct Key: Hashable {
        let series: InvoiceKind
        /// The issue year, or 0 for a pattern without the year.
        let year: Int
    }

    private struct Counter {
        /// The counter's row, once it has one.
        var id: EntityID?
        var last: Int64
        var stored: Int64
    }

    private let transaction: WriteTransaction
    private let invoicePattern: NumberPattern
    private let creditNotePattern: NumberPattern
    private var counters: [Key: Counter] = [:]

    private init(transaction: WriteTransaction, seller: SellerProfile?) throws {
        self.transaction = transaction
        invoicePattern = try NumberPattern(seller?.numberPattern ?? NumberPattern.defaultInvoice)
        creditNotePattern = try NumberPattern(NumberPattern.defaultCreditNote)
    }

    /// Runs `body` with an allocator for the seller profile's patterns and saves the
    /// counters it advanced, all in `transaction`.
    static func numbering<T>(in transaction: WriteTransaction, body: (NumberAllocator) throws -> T) throws -> T {
        let allocator = try NumberAllocator(
            transaction: transaction, seller: try SellerProfileSettings.load(from: transaction))
        let result = try body(allocator)
        try allocator.save()
        return result
    }

    /// The next unused number of `kind`'s series for a document issued on `issueDate`.
    func next(_ kind: InvoiceKind, issueDate: LocalDate) throws -> String {
        let pattern = kind == .invoice ? invoicePattern : creditNotePattern
        let showsYear = pattern.format(year: 2001, month: 1, sequence: 1)
            != pattern.format(year: 2002, month: 1, sequence: 1)
        let key = Key(series: kind, year: showsYear ? issueDate.year : 0)
        var counter = try counters[key] ?? load(key)
        var number: String
        repeat {
            counter.last += 1
            number = pattern.format(year: issueDate.year, month: issueDate.month, sequence: Int(counter.last))
        } while try !transaction.query("SELECT 1 FROM invoices WHERE number = ?", [.text(number)]).isEmpty
        counters[key] = counter
        return number
    }

    private func load(_ key: Key) throws -> Counter {
        let row = try transaction.query(
            "SELECT id, last_value FROM number_counters WHERE series = ? AND year = ?",
            [.text(key.series.rawValue), .integer(Int64(key.year))]).first
        guard let row else { return Counter(id: nil, last: 0, stored: 0) }
        let last = try row.integer("last_value")
        return Counter(id: try row.entityID("id"), last: last, stored: last)
    }

    private func save() throws {
        for (key, counter) in counters where counter.last != counter.stored {
            if let id = counter.id {
                try transaction.update("number_counters", id: id, values: ["last_value": .integer(counter.last)])
            } else {
                try transaction.insert("number_counters", values: [
                    "series": .text(key.series.rawValue), "year": .integer(Int64(key.year)),
                    "last_value": .integer(counter.last),
                ])
            }
        }
        counters.removeAll()
    }
}
