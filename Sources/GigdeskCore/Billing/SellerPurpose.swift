/// What a seller profile is about to be used for, each needing different fields.
public enum SellerPurpose: String, Hashable, Sendable, CaseIterable {
    /// A UBL / EN 16931 e-invoice: name, address, country, tax ID.
    case ubl
    /// An EPC/SEPA payment QR code: name and IBAN.
    case sepaQR
}
