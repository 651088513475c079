import GigdeskCore

/// How a `SellerProfile` is kept in the settings table: one `seller.*` key per field,
/// with an empty string for a field that is not set. The profile exists once
/// `seller.home_currency` is set.
enum SellerProfileSettings {
    static let name = "seller.name"
    static let address = "seller.address"
    static let country = "seller.country"
    static let taxID = "seller.tax_id"
    static let email = "seller.email"
    static let iban = "seller.iban"
    static let bic = "seller.bic"
    static let paymentInstructions = "seller.payment_instructions"
    static let homeCurrency = "seller.home_currency"
    static let numberPattern = "seller.number_pattern"
    static let paymentTermsDays = "seller.payment_terms_days"

    /// Key → value for every field of `profile`, in a fixed order.
    static func values(of profile: SellerProfile) -> [(key: String, value: String)] {
        [(name, profile.name), (address, profile.address), (country, profile.country), (taxID, profile.taxID),
         (email, profile.email), (iban, profile.iban), (bic, profile.bic),
         (paymentInstructions, profile.paymentInstructions), (homeCurrency, profile.homeCurrency.code),
         (numberPattern, profile.numberPattern), (paymentTermsDays, String(profile.paymentTermsDays))]
    }

    /// The profile stored in the settings of `database`, or `nil` if none was saved.
    static func load(from database: some RowQuerying) throws -> SellerProfile? {
        var settings: [String: String] = [:]
        for row in try database.query("SELECT key, value FROM settings WHERE key LIKE 'seller.%'", []) {
            settings[try row.text("key")] = try row.text("value")
        }
        guard let code = settings[homeCurrency] else { return nil }
        guard let currency = Currency(code: code) else {
            throw BillingStoreError.malformedRow("setting \(homeCurrency) is not a currency: \(code)")
        }
        var terms = SellerProfile(homeCurrency: currency).paymentTermsDays
        if let text = settings[paymentTermsDays] {
            guard let days = Int(text) else {
                throw BillingStoreError.malformedRow("setting \(paymentTermsDays) is not a number of days: \(text)")
            }
            terms = days
        }
        let pattern = settings[numberPattern].flatMap { $0.isEmpty ? nil : $0 } ?? NumberPattern.defaultInvoice
        return SellerProfile(
            name: settings[name] ?? "", address: settings[address] ?? "", country: settings[country] ?? "",
            taxID: settings[taxID] ?? "", email: settings[email] ?? "", iban: settings[iban] ?? "",
            bic: settings[bic] ?? "", paymentInstructions: settings[paymentInstructions] ?? "",
            homeCurrency: currency, numberPattern: pattern, paymentTermsDays: terms)
    }
}
