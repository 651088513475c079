import GigdeskCore
import GigdeskStore
import XCTest

final class SellerProfileStoreTests: BillingStoreTestCase {
    func testSavedFieldByFieldThroughAuditedSettings() throws {
        let store = try openStore()
        XCTAssertNil(try store.sellerProfile())
        var profile = SellerProfile(name: "Jo Freelance", address: "Elm St 5\nDublin", country: "IE", taxID: "IE1234567T",
                                    email: "jo@example.com", iban: "DE89370400440532013000", bic: "COBADEFFXXX",
                                    paymentInstructions: "Bank transfer within 30 days", homeCurrency: eur,
                                    numberPattern: "{yy}-{seq:3}", paymentTermsDays: 30)
        try store.saveSellerProfile(profile)
        XCTAssertEqual(try store.sellerProfile(), profile)
        XCTAssertEqual(try store.setting("seller.name"), "Jo Freelance")
        XCTAssertEqual(try store.auditEntries(limit: 100).count, 11)

        profile.email = ""
        try store.saveSellerProfile(profile)
        XCTAssertEqual(try store.sellerProfile(), profile)
        let latest = try XCTUnwrap(store.auditEntries(limit: 1).first)
        XCTAssertEqual(latest.event, "settings.change")
        XCTAssertEqual(latest.detail, ["key": "seller.email", "old": "jo@example.com", "new": ""])
        XCTAssertEqual(try changeSummary(store).filter { $0 == "settings update" }.count, 1)
    }

    func testInvalidProfileSavesNothing() throws {
        let store = try openStore()
        let profile = SellerProfile(iban: "DE00 0000", homeCurrency: eur, numberPattern: "INV-{yyyy}")
        assertThrows(try store.saveSellerProfile(profile),
                     "the seller profile is not valid: \"DE00 0000\" is not a valid IBAN (check digits do not match); "
                        + "number pattern \"INV-{yyyy}\" must contain exactly one {seq} or {seq:N} (it has 0)")
        XCTAssertNil(try store.sellerProfile())
        XCTAssertEqual(try store.counts()["settings"], 0)
    }
}
