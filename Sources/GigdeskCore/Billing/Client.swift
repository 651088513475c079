/// Someone the freelancer bills. Archived clients keep their invoices but leave the pickers.
public struct Client: Hashable, Sendable, Codable {
    public var id: EntityID
    public var name: String
    public var email: String
    /// Multi-line billing address.
    public var address: String
    /// ISO 3166-1 alpha-2, or empty.
    public var country: String
    /// VAT or other tax identifier, or empty.
    public var taxID: String
    /// The currency new invoices for this client use.
    public var currency: Currency
    /// Default hourly rate in minor units of `currency`.
    public var hourlyRate: Int64?
    /// Days from issue to due date on new invoices.
    public var paymentTermsDays: Int
    public var notes: String
    public var archived: Bool

    public init(
        id: EntityID = EntityID(), name: String, email: String = "", address: String = "", country: String = "",
        taxID: String = "", currency: Currency, hourlyRate: Int64? = nil, paymentTermsDays: Int = 14,
        notes: String = "", archived: Bool = false
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.address = address
        self.country = country
        self.taxID = taxID
        self.currency = currency
        self.hourlyRate = hourlyRate
        self.paymentTermsDays = paymentTermsDays
        self.notes = notes
        self.archived = archived
    }

    /// Problems to show next to the client form's fields; empty when it can be saved.
    public func validate() -> [FieldError] {
        var errors: [FieldError] = []
        if name.allSatisfy(\.isWhitespace) {
            errors.append(FieldError(field: "name", message: "name is required"))
        }
        if !country.isEmpty, !CountryCode.isValid(country) {
            errors.append(FieldError(field: "country", message: "\"\(country)\" is not an ISO 3166 country code such as DE or US"))
        }
        if !email.isEmpty, !email.contains("@") {
            errors.append(FieldError(field: "email", message: "\"\(email)\" is not an email address"))
        }
        if let hourlyRate, hourlyRate < 0 {
            let rate = Money(minorUnits: hourlyRate, currency: currency)
            errors.append(FieldError(field: "rate", message: "hourly rate \(rate) is negative"))
        }
        if paymentTermsDays < 0 {
            errors.append(FieldError(field: "terms", message: "payment terms cannot be negative (got \(paymentTermsDays) days)"))
        }
        return errors
    }
}
