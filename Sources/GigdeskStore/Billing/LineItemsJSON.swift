import Foundation
import GigdeskCore

/// The line items of a recurring schedule as stored in `lines_json`: a JSON array
/// of `LineItem`s with sorted keys and decimals as strings.
enum LineItemsJSON {
    static func encode(_ lines: [LineItem]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(lines), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [LineItem] {
        do {
            return try JSONDecoder().decode([LineItem].self, from: Data(text.utf8))
        } catch {
            throw BillingStoreError.malformedRow("recurring lines are not valid JSON line items: \(error)")
        }
    }
}
