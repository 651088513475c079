/// The payload of an EPC QR code ("GiroCode", EPC069-12 version 002): a SEPA
/// credit transfer a banking app can scan.
public enum EPCQRCode {
    private static let maximumBytes = 331

    /// The payload for paying `doc`'s balance to the seller's IBAN, or nil when the
    /// document cannot carry one: not in EUR, no IBAN, a credit note, nothing due,
    /// or too long for the code.
    ///
    /// Elements, one per line: "BCD", version "002", character set "1" (UTF-8),
    /// "SCT", BIC (may be empty), beneficiary name (≤ 70 characters), IBAN, amount
    /// ("EUR1969.98"), purpose (empty), structured reference (empty), and the
    /// document number as unstructured remittance text (≤ 140 characters). As
    /// EPC069-12 asks, nothing follows the last element.
    public static func payload(for doc: InvoiceDocument) -> String? {
        guard doc.kind == .invoice, doc.currencyCode == "EUR", doc.balance > 0,
              doc.balance <= 99_999_999_999,
              let iban = doc.seller.iban.map(compact), !iban.isEmpty,
              let name = field(doc.seller.name, limit: 70), !name.isEmpty
        else { return nil }
        let elements = [
            "BCD", "002", "1", "SCT",
            doc.seller.bic.map(compact) ?? "",
            name,
            iban,
            "EUR" + doc.machine(doc.balance),
            "",
            "",
            field(doc.number, limit: 140) ?? "",
        ]
        let payload = elements.joined(separator: "\n")
        return payload.utf8.count <= maximumBytes ? payload : nil
    }

    /// Text on one line: control characters and line breaks (which would shift
    /// every later element) become spaces; trimmed and cut to `limit` characters.
    private static func field(_ text: String, limit: Int) -> String? {
        let flat = String(text.map { $0.isNewline || $0.unicodeScalars.contains { $0.value < 0x20 } ? " " : $0 })
        return flat.nonBlank.map { String($0.prefix(limit)) }
    }

    /// An IBAN or BIC without spaces, upper-cased.
    private static func compact(_ code: String) -> String {
        code.filter { $0.isLetter || $0.isNumber }.uppercased()
    }
}
