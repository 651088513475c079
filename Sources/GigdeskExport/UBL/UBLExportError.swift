/// Why a document cannot become a UBL e-invoice.
public enum UBLExportError: Error, Equatable, CustomStringConvertible {
    /// The seller profile lacks fields EN 16931 requires (see `UBLExporter.missingSellerFields`).
    case missingSellerFields([String])
    /// The client lacks fields EN 16931 requires (see `UBLExporter.missingBuyerFields`).
    case missingBuyerFields([String])
    /// A value is not in the form UBL needs; `field` names it, `value` is what was given.
    case invalidValue(field: String, value: String)

    public var description: String {
        switch self {
        case .missingSellerFields(let fields):
            "UBL export needs a complete seller profile; missing: \(fields.joined(separator: ", ")) "
                + "(set them with `gigdesk seller set`)"
        case .missingBuyerFields(let fields):
            "UBL export needs these client fields: \(fields.joined(separator: ", "))"
        case .invalidValue(let field, let value):
            "UBL export: \(field) \"\(value)\" is not valid"
        }
    }
}
