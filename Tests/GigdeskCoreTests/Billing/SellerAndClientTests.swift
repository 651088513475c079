import Foundation
import GigdeskCore
import XCTest

final class SellerAndClientTests: XCTestCase {
    private func completeSeller() -> SellerProfile {
        SellerProfile(name: "Ada Consulting", address: "Hauptstr. 1\n10115 Berlin", country: "DE",
                      taxID: "DE123456789", email: "ada@example.com", iban: "DE89 3704 0044 0532 0130 00",
                      bic: "COBADEFFXXX", paymentInstructions: "Bank transfer within 14 days",
                      homeCurrency: currency("EUR"))
    }

    func testMissingFieldsPerPurpose() {
        let empty = SellerProfile(homeCurrency: currency("EUR"))
        XCTAssertEqual(empty.missingFields(for: .ubl), ["name", "address", "country", "tax_id"])
        XCTAssertEqual(empty.missingFields(for: .sepaQR), ["name", "iban"])
        XCTAssertEqual(completeSeller().missingFields(for: .ubl), [])
        XCTAssertEqual(completeSeller().missingFields(for: .sepaQR), [])

        var seller = completeSeller()
        seller.country = "Germany"
        seller.iban = "DE89 3704 0044 0532 0130 01"
        seller.taxID = "  "
        XCTAssertEqual(seller.missingFields(for: .ubl), ["country", "tax_id"])
        XCTAssertEqual(seller.missingFields(for: .sepaQR), ["iban"])
    }

    func testSellerDefaultsAndValidation() {
        let empty = SellerProfile(homeCurrency: currency("CHF"))
        XCTAssertEqual(empty.numberPattern, "INV-{yyyy}-{seq:4}")
        XCTAssertEqual(empty.validate(), [])
        XCTAssertEqual(completeSeller().validate(), [])

        var seller = completeSeller()
        seller.country = "de"
        seller.iban = "DE00 0000"
        seller.email = "ada.example.com"
        seller.numberPattern = "INV-{dd}"
        seller.paymentTermsDays = -1
        XCTAssertEqual(seller.validate().map(\.field), ["country", "iban", "email", "number_pattern", "terms"])
        XCTAssertEqual(seller.validate()[3].message, BillingError.unknownPatternToken("dd").description)
    }

    func testSellerCodingRoundTrips() throws {
        let seller = completeSeller()
        let decoded = try JSONDecoder().decode(SellerProfile.self, from: JSONEncoder().encode(seller))
        XCTAssertEqual(decoded, seller)
    }

    func testClientValidation() {
        let client = Client(name: "山田 太郎", country: "JP", currency: currency("JPY"), hourlyRate: 8000)
        XCTAssertEqual(client.validate(), [])
        XCTAssertFalse(client.archived)
        XCTAssertEqual(client.paymentTermsDays, 14)

        let bad = Client(name: " ", email: "nope", country: "XX", currency: currency("EUR"), hourlyRate: -100,
                         paymentTermsDays: -3)
        XCTAssertEqual(bad.validate().map(\.field), ["name", "country", "email", "rate", "terms"])
        XCTAssertEqual(bad.validate()[3].message, "hourly rate -1.00 EUR is negative")
    }

    func testClientCodingRoundTrips() throws {
        let client = Client(name: "Élodie Façon", email: "e@example.fr", address: "1 rue X\n75001 Paris",
                            country: "FR", taxID: "FR12345678901", currency: currency("EUR"), hourlyRate: nil,
                            paymentTermsDays: 30, notes: "prefers email", archived: true)
        let decoded = try JSONDecoder().decode(Client.self, from: JSONEncoder().encode(client))
        XCTAssertEqual(decoded, client)
        XCTAssertNotEqual(Client(name: "A", currency: currency("EUR")).id, Client(name: "A", currency: currency("EUR")).id)
    }
}
