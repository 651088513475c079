import Foundation

/// The EN 16931 VAT category of a rate (UNCL 5305 codes).
///
/// A positive rate is standard rated (S). At 0 %, an exemption reason that
/// mentions reverse charge makes it AE, any other reason E (exempt, with the reason
/// printed), and no reason at all Z (zero rated).
struct UBLTaxCategory: Equatable {
    /// S, Z, E or AE.
    var id: String
    /// The rate in percent, normalized ("19", "7.5", "0").
    var percent: String
    /// The exemption reason text for E and AE.
    var exemptionReason: String?
    /// The VATEX code for AE.
    var exemptionReasonCode: String?

    /// The category of `rate` (a decimal string) given the breakdown's reason.
    init?(rate: String, exemptionReason: String?) {
        guard let percent = DecimalText.normalized(rate) else { return nil }
        self.percent = percent
        guard percent == "0" else {
            id = "S"
            return
        }
        guard let reason = exemptionReason?.nonBlank else {
            id = "Z"
            return
        }
        self.exemptionReason = reason
        let folded = reason.lowercased().replacingOccurrences(of: "-", with: " ")
        if folded.contains("reverse charge") {
            id = "AE"
            exemptionReasonCode = "VATEX-EU-AE"
        } else {
            id = "E"
        }
    }
}
