/// A seller or buyer as printed on a document.
///
/// Optional fields that are absent or blank are left out of every export.
public struct PartyBlock: Sendable, Equatable {
    /// Legal or trading name.
    public var name: String
    /// Postal address, one printed line each, e.g. ["Hauptstraße 5", "10115 Berlin"].
    public var addressLines: [String]
    /// ISO 3166-1 alpha-2 country code, e.g. "DE"; empty when unknown.
    public var countryCode: String
    /// VAT or other tax identifier, e.g. "DE123456789".
    public var taxID: String?
    public var email: String?
    /// Bank account (the seller's, for payment); spaces are allowed.
    public var iban: String?
    public var bic: String?

    /// Creates a party block.
    public init(
        name: String,
        addressLines: [String] = [],
        countryCode: String = "",
        taxID: String? = nil,
        email: String? = nil,
        iban: String? = nil,
        bic: String? = nil
    ) {
        self.name = name
        self.addressLines = addressLines
        self.countryCode = countryCode
        self.taxID = taxID
        self.email = email
        self.iban = iban
        self.bic = bic
    }
}
