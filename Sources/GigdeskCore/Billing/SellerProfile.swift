/// The freelancer's business as it appears on invoices. Empty strings mean "not set":
/// drafts need no profile, exports that do ask `missingFields(for:)`.
public struct SellerProfile: Hashable, Sendable, Codable {
    public var name: String
    /// Multi-line postal address.
    public var address: String
    /// ISO 3166-1 alpha-2, e.g. "DE".
    public var country: String
    /// VAT or other tax identifier.
    public var taxID: String
    public var email: String
    public var iban: String
    public var bic: String
    /// Free text printed under the totals, e.g. "Pay by bank transfer within 14 days".
    public var paymentInstructions: String
    public var homeCurrency: Currency
    /// A `NumberPattern` for invoice numbers.
    public var numberPattern: String
    /// Default days from issue to due date.
    public var paymentTermsDays: Int

    public init(
        name: String = "", address: String = "", country: String = "", taxID: String = "", email: String = "",
        iban: String = "", bic: String = "", paymentInstructions: String = "", homeCurrency: Currency,
        numberPattern: String = NumberPattern.defaultInvoice, paymentTermsDays: Int = 14
    ) {
        self.name = name
        self.address = address
        self.country = country
        self.taxID = taxID
        self.email = email
        self.iban = iban
        self.bic = bic
        self.paymentInstructions = paymentInstructions
        self.homeCurrency = homeCurrency
        self.numberPattern = numberPattern
        self.paymentTermsDays = paymentTermsDays
    }

    /// The fields `purpose` needs that are empty or unusable (an invalid country
    /// code or IBAN), named as on the command line: "name", "address", "country",
    /// "tax_id", "iban".
    public func missingFields(for purpose: SellerPurpose) -> [String] {
        var missing: [String] = []
        if isBlank(name) { missing.append("name") }
        switch purpose {
        case .ubl:
            if isBlank(address) { missing.append("address") }
            if !CountryCode.isValid(country) { missing.append("country") }
            if isBlank(taxID) { missing.append("tax_id") }
        case .sepaQR:
            if !IBAN.isValid(iban) { missing.append("iban") }
        }
        return missing
    }

    /// Problems with the fields that are set; empty when the profile can be saved.
    public func validate() -> [FieldError] {
        var errors: [FieldError] = []
        if !country.isEmpty, !CountryCode.isValid(country) {
            errors.append(FieldError(field: "country", message: "\"\(country)\" is not an ISO 3166 country code such as DE or US"))
        }
        if !iban.isEmpty, !IBAN.isValid(iban) {
            errors.append(FieldError(field: "iban", message: "\"\(iban)\" is not a valid IBAN (check digits do not match)"))
        }
        if !email.isEmpty, !email.contains("@") {
            errors.append(FieldError(field: "email", message: "\"\(email)\" is not an email address"))
        }
        do throws(BillingError) {
            _ = try NumberPattern(numberPattern)
        } catch {
            errors.append(FieldError(field: "number_pattern", message: error.description))
        }
        if paymentTermsDays < 0 {
            errors.append(FieldError(field: "terms", message: "payment terms cannot be negative (got \(paymentTermsDays) days)"))
        }
        return errors
    }

    private func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
