import GigdeskCore

extension Store {
    /// The seller profile, or `nil` if none was saved (drafts need none).
    public func sellerProfile() throws -> SellerProfile? {
        try readSnapshot { try SellerProfileSettings.load(from: $0) }
    }

    /// Validates `profile` and saves each field to its `seller.*` setting through
    /// `setSetting`, which records the change and audits it; unchanged fields write nothing.
    /// Throws `BillingStoreError.invalidSellerProfile` (nothing saved) if a field is invalid.
    public func saveSellerProfile(_ profile: SellerProfile) throws {
        let errors = profile.validate()
        guard errors.isEmpty else { throw BillingStoreError.invalidSellerProfile(errors) }
        for (key, value) in SellerProfileSettings.values(of: profile) {
            try setSetting(key, value)
        }
    }
}
