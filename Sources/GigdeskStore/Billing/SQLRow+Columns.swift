import Foundation
import GigdeskCore

/// Typed access to the columns of billing rows; a value of the wrong type or a
/// missing column is reported as `BillingStoreError.malformedRow`.
extension SQLRow {
    /// The text in column `name`.
    func text(_ name: String) throws -> String {
        guard let value = self[name]?.textValue else { throw malformed(name, "text") }
        return value
    }

    /// The text in column `name`, or `nil` when it is NULL.
    func optionalText(_ name: String) throws -> String? {
        guard let value = self[name], !value.isNull else { return nil }
        return try text(name)
    }

    /// The integer in column `name`.
    func integer(_ name: String) throws -> Int64 {
        guard let value = self[name]?.integerValue else { throw malformed(name, "integer") }
        return value
    }

    /// The integer in column `name`, or `nil` when it is NULL.
    func optionalInteger(_ name: String) throws -> Int64? {
        guard let value = self[name], !value.isNull else { return nil }
        return try integer(name)
    }

    /// The entity id in column `name`.
    func entityID(_ name: String) throws -> EntityID {
        guard let id = EntityID(try text(name)) else { throw malformed(name, "entity id") }
        return id
    }

    /// The calendar date (`YYYY-MM-DD`) in column `name`.
    func date(_ name: String) throws -> LocalDate {
        guard let date = LocalDate(iso: try text(name)) else { throw malformed(name, "date") }
        return date
    }

    /// The calendar date in column `name`, or `nil` when it is NULL.
    func optionalDate(_ name: String) throws -> LocalDate? {
        guard let value = self[name], !value.isNull else { return nil }
        return try date(name)
    }

    /// The exact decimal (stored as text) in column `name`.
    func decimal(_ name: String) throws -> DecimalNumber {
        guard let number = DecimalNumber(parsing: try text(name)) else { throw malformed(name, "decimal") }
        return number
    }

    /// The exact decimal in column `name`, or `nil` when it is NULL.
    func optionalDecimal(_ name: String) throws -> DecimalNumber? {
        guard let value = self[name], !value.isNull else { return nil }
        return try decimal(name)
    }

    /// The ISO 4217 currency in column `name`.
    func currency(_ name: String) throws -> Currency {
        guard let currency = Currency(code: try text(name)) else { throw malformed(name, "currency") }
        return currency
    }

    /// The `RawRepresentable` value (an enum stored by its raw text) in column `name`.
    func raw<T: RawRepresentable>(_ name: String, as type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try text(name)) else { throw malformed(name, "\(T.self)") }
        return value
    }

    /// The moment (a `Timestamp` string) in column `name`.
    func timestamp(_ name: String) throws -> Date {
        guard let date = Timestamp.date(from: try text(name)) else { throw malformed(name, "timestamp") }
        return date
    }

    /// The moment in column `name`, or `nil` when it is NULL.
    func optionalTimestamp(_ name: String) throws -> Date? {
        guard let value = self[name], !value.isNull else { return nil }
        return try timestamp(name)
    }

    private func malformed(_ name: String, _ expected: String) -> BillingStoreError {
        let found = self[name].map { "\($0)" } ?? "no such column"
        return .malformedRow("column \(name) should hold a \(expected), found \(found)")
    }
}
