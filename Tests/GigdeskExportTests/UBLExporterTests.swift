import Foundation
import XCTest
@testable import GigdeskExport

final class UBLExporterTests: XCTestCase {
    func testInvoiceIsValidAgainstTheUBL21Schema() throws {
        let xml = try UBLExporter.render(Fixtures.invoice)
        try assertValid(xml, against: "Invoice")
    }

    func testCreditNoteIsValidAgainstTheUBL21Schema() throws {
        let xml = try UBLExporter.render(Fixtures.creditNote)
        try assertValid(xml, against: "CreditNote")
    }

    func testInvoiceCarriesTheEN16931Core() throws {
        let xml = try UBLExporter.render(Fixtures.invoice)
        for fragment in [
            "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"",
            "<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>",
            "<cbc:ID>INV-2026-0001</cbc:ID>",
            "<cbc:DueDate>2027-01-03</cbc:DueDate>",
            "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
            "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
            "<cbc:StreetName>Hauptstraße 5</cbc:StreetName>",
            "<cbc:CityName>Berlin</cbc:CityName>",
            "<cbc:PostalZone>10115</cbc:PostalZone>",
            "<cbc:AdditionalStreetName>Chiyoda-ku</cbc:AdditionalStreetName>",
            "<cbc:CityName>Tokyo</cbc:CityName>",
            "<cbc:CompanyID>DE123456789</cbc:CompanyID>",
            "<cbc:RegistrationName>株式会社 山田</cbc:RegistrationName>",
            "<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>",
            "<cbc:ID>DE89370400440532013000</cbc:ID>",
            "<cbc:TaxAmount currencyID=\"EUR\">277.48</cbc:TaxAmount>",
            "<cbc:TaxableAmount currencyID=\"EUR\">1062.50</cbc:TaxableAmount>",
            "<cbc:TaxAmount currencyID=\"EUR\">201.88</cbc:TaxAmount>",
            "<cbc:ID>AE</cbc:ID>",
            "<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>",
            "<cbc:LineExtensionAmount currencyID=\"EUR\">2192.50</cbc:LineExtensionAmount>",
            "<cbc:TaxInclusiveAmount currencyID=\"EUR\">2469.98</cbc:TaxInclusiveAmount>",
            "<cbc:PrepaidAmount currencyID=\"EUR\">500.00</cbc:PrepaidAmount>",
            "<cbc:PayableAmount currencyID=\"EUR\">1969.98</cbc:PayableAmount>",
            "<cbc:InvoicedQuantity unitCode=\"HUR\">12.5</cbc:InvoicedQuantity>",
            "<cbc:InvoicedQuantity unitCode=\"DAY\">2</cbc:InvoicedQuantity>",
            "<cbc:InvoicedQuantity unitCode=\"MON\">1</cbc:InvoicedQuantity>",
            "<cbc:PriceAmount currencyID=\"EUR\">85.00</cbc:PriceAmount>",
        ] {
            XCTAssertTrue(xml.contains(fragment), "missing \(fragment)")
        }
    }

    func testDiscountIsALineAllowanceThatKeepsTheLineArithmetic() throws {
        let xml = try UBLExporter.render(Fixtures.invoice)
        // 2 days × 600.00 = 1200.00, less 10 % = 1080.00.
        XCTAssertTrue(compact(xml).contains(compact("""
              <cbc:LineExtensionAmount currencyID="EUR">1080.00</cbc:LineExtensionAmount>
              <cac:AllowanceCharge>
                <cbc:ChargeIndicator>false</cbc:ChargeIndicator>
                <cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>
                <cbc:AllowanceChargeReason>Discount</cbc:AllowanceChargeReason>
                <cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric>
                <cbc:Amount currencyID="EUR">120.00</cbc:Amount>
                <cbc:BaseAmount currencyID="EUR">1200.00</cbc:BaseAmount>
              </cac:AllowanceCharge>
            """)), xml)
    }

    func testCreditNoteTurnsAmountsPositiveAndReferencesTheInvoice() throws {
        let xml = try UBLExporter.render(Fixtures.creditNote)
        XCTAssertTrue(xml.contains("<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\""))
        XCTAssertTrue(xml.contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>"))
        XCTAssertTrue(compact(xml).contains(compact("""
            <cac:BillingReference>
                <cac:InvoiceDocumentReference>
                  <cbc:ID>INV-2026-0001</cbc:ID>
            """)))
        XCTAssertTrue(xml.contains("<cbc:PaymentDueDate>2027-01-03</cbc:PaymentDueDate>"))
        XCTAssertTrue(xml.contains("<cbc:CreditedQuantity unitCode=\"HUR\">2</cbc:CreditedQuantity>"))
        XCTAssertTrue(xml.contains("<cbc:PriceAmount currencyID=\"EUR\">100.00</cbc:PriceAmount>"))
        XCTAssertTrue(xml.contains("<cbc:PayableAmount currencyID=\"EUR\">298.60</cbc:PayableAmount>"))
        XCTAssertFalse(xml.contains(">-"), "no negative amount or quantity in a credit note:\n\(xml)")
        XCTAssertFalse(xml.contains("<cbc:DueDate>"))
    }

    func testZeroRateCategories() throws {
        XCTAssertEqual(UBLTaxCategory(rate: "19.00", exemptionReason: nil)?.id, "S")
        XCTAssertEqual(UBLTaxCategory(rate: "0", exemptionReason: nil)?.id, "Z")
        XCTAssertEqual(UBLTaxCategory(rate: "0.0", exemptionReason: "Reverse-charge applies")?.id, "AE")
        let exempt = UBLTaxCategory(rate: "0", exemptionReason: "Exempt under Article 132 (medical care)")
        XCTAssertEqual(exempt?.id, "E")
        XCTAssertEqual(exempt?.exemptionReason, "Exempt under Article 132 (medical care)")
        XCTAssertNil(UBLTaxCategory(rate: "nineteen", exemptionReason: nil))
    }

    func testUnitCodes() {
        XCTAssertEqual(UnitCode.rec20(for: "hours"), "HUR")
        XCTAssertEqual(UnitCode.rec20(for: " Days "), "DAY")
        XCTAssertEqual(UnitCode.rec20(for: "pieces"), "C62")
        XCTAssertEqual(UnitCode.rec20(for: "months"), "MON")
        XCTAssertEqual(UnitCode.rec20(for: "kilograms"), "KGM")
        XCTAssertEqual(UnitCode.rec20(for: "licence"), "C62")
    }

    func testAddressSplitsLocalityFromStreetLines() {
        let german = UBLAddress(lines: ["Hauptstraße 5", "Hinterhaus", "10115 Berlin"])
        XCTAssertEqual(german.streetName, "Hauptstraße 5")
        XCTAssertEqual(german.additionalStreetName, "Hinterhaus")
        XCTAssertEqual(german.cityName, "Berlin")
        XCTAssertEqual(german.postalZone, "10115")

        let american = UBLAddress(lines: ["742 Evergreen Terrace", "Springfield, IL 62704"])
        XCTAssertEqual(american.cityName, "Springfield")
        XCTAssertEqual(american.countrySubentity, "IL")
        XCTAssertEqual(american.postalZone, "62704")

        let british = UBLAddress(lines: ["10 Downing Street", "London SW1A 2AA"])
        XCTAssertEqual(british.cityName, "London")
        XCTAssertEqual(british.postalZone, "SW1A 2AA")

        let unknown = UBLAddress(lines: ["Building 4", "Floor 2", "Room 12", "Somewhere"])
        XCTAssertNil(unknown.cityName)
        XCTAssertEqual(unknown.streetName, "Building 4")
        XCTAssertEqual(unknown.additionalStreetName, "Floor 2")
        XCTAssertEqual(unknown.extraLines, ["Room 12", "Somewhere"])
    }

    func testMissingSellerFieldsAreListedAndRefused() {
        var doc = Fixtures.invoice
        doc.seller = PartyBlock(name: "  ", addressLines: [""], countryCode: "", taxID: nil)
        XCTAssertEqual(UBLExporter.missingSellerFields(doc), ["name", "address", "country", "VAT id"])
        XCTAssertThrowsError(try UBLExporter.render(doc)) { error in
            XCTAssertEqual(error as? UBLExportError, .missingSellerFields(["name", "address", "country", "VAT id"]))
            XCTAssertTrue("\(error)".contains("missing: name, address, country, VAT id"))
        }
        XCTAssertEqual(UBLExporter.missingSellerFields(Fixtures.invoice), [])
    }

    func testMalformedValuesAreRefused() {
        var doc = Fixtures.invoice
        doc.lines[0].quantity = "1,5"
        XCTAssertThrowsError(try UBLExporter.render(doc)) { error in
            XCTAssertEqual(error as? UBLExportError, .invalidValue(field: "quantity of line 1", value: "1,5"))
        }
        doc = Fixtures.invoice
        doc.issueDate = "04.12.2026"
        XCTAssertThrowsError(try UBLExporter.render(doc))
    }

    func testTextIsEscaped() throws {
        var doc = Fixtures.invoice
        doc.lines[0].description = "Fish & chips <b>\u{1}"
        let xml = try UBLExporter.render(doc)
        XCTAssertTrue(xml.contains("<cbc:Name>Fish &amp; chips &lt;b&gt;</cbc:Name>"))
        try assertValid(xml, against: "Invoice")
    }

    /// The XML without indentation and line breaks, for comparing fragments.
    private func compact(_ xml: String) -> String {
        xml.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    }

    private func assertValid(_ xml: String, against document: String,
                             file: StaticString = #filePath, line: UInt = #line) throws {
        try ExternalTool.require("/usr/bin/xmllint", package: "libxml2-utils")
        let schema = try UBLSchema.mainSchema(document)
        let url = try ExternalTool.temporaryDirectory(for: self).appendingPathComponent("\(document).xml")
        try Data(xml.utf8).write(to: url)
        let result = try ExternalTool.run("/usr/bin/xmllint", ["--noout", "--schema", schema.path, url.path])
        XCTAssertEqual(result.status, 0, "xmllint: \(result.output)\n\(xml)", file: file, line: line)
    }
}
