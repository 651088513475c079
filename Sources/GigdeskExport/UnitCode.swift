import Foundation

/// Maps the free-text units of line items to UN/ECE Recommendation 20 codes,
/// the unit codes UBL's `unitCode` attribute takes.
public enum UnitCode {
    private static let codes: [String: String] = [
        "hour": "HUR", "hours": "HUR", "h": "HUR", "hr": "HUR", "hrs": "HUR",
        "day": "DAY", "days": "DAY",
        "week": "WEE", "weeks": "WEE",
        "month": "MON", "months": "MON",
        "kg": "KGM", "kilogram": "KGM", "kilograms": "KGM",
        "item": "C62", "items": "C62", "piece": "C62", "pieces": "C62", "pcs": "C62",
        "unit": "C62", "units": "C62",
    ]

    /// The Rec 20 code for `unit` ("hours" → "HUR"); "C62" (one) when the unit is
    /// blank or not known.
    public static func rec20(for unit: String) -> String {
        let key = unit.trimmingCharacters(in: .whitespaces).lowercased()
        return codes[key] ?? "C62"
    }
}
