extension XMLWriter {
    /// `cac:Party` of a seller or buyer: postal address, VAT registration, legal
    /// name and contact email, in the order of the UBL 2.1 `PartyType` sequence.
    mutating func party(_ party: PartyBlock) {
        element("cac:Party") { xml in
            xml.postalAddress(party)
            if let taxID = party.taxID?.nonBlank {
                xml.element("cac:PartyTaxScheme") { xml in
                    xml.leaf("cbc:CompanyID", taxID)
                    xml.element("cac:TaxScheme") { $0.leaf("cbc:ID", "VAT") }
                }
            }
            xml.element("cac:PartyLegalEntity") { $0.leaf("cbc:RegistrationName", party.name) }
            if let email = party.email?.nonBlank {
                xml.element("cac:Contact") { $0.leaf("cbc:ElectronicMail", email) }
            }
        }
    }

    private mutating func postalAddress(_ party: PartyBlock) {
        let address = UBLAddress(lines: party.addressLines)
        element("cac:PostalAddress") { xml in
            if let street = address.streetName { xml.leaf("cbc:StreetName", street) }
            if let additional = address.additionalStreetName { xml.leaf("cbc:AdditionalStreetName", additional) }
            if let city = address.cityName { xml.leaf("cbc:CityName", city) }
            if let zone = address.postalZone { xml.leaf("cbc:PostalZone", zone) }
            if let region = address.countrySubentity { xml.leaf("cbc:CountrySubentity", region) }
            for line in address.extraLines {
                xml.element("cac:AddressLine") { $0.leaf("cbc:Line", line) }
            }
            xml.element("cac:Country") { $0.leaf("cbc:IdentificationCode", party.countryCode.uppercased()) }
        }
    }
}
