import Foundation
import GigdeskCore
@testable import GigdeskStore
import XCTest

/// A `StoreTestCase` with shorthands for billing data.
class BillingStoreTestCase: StoreTestCase {
    let eur = Currency(code: "EUR")!
    let jpy = Currency(code: "JPY")!

    /// The date `iso`, which must be valid.
    func day(_ iso: String, file: StaticString = #filePath, line: UInt = #line) -> LocalDate {
        guard let date = LocalDate(iso: iso) else {
            XCTFail("bad test date \(iso)", file: file, line: line)
            return LocalDate(year: 2000, month: 1, day: 1)!
        }
        return date
    }

    /// A line of `quantity` units at `price` minor units and `rate` percent tax.
    func item(_ description: String = "Work", quantity: String = "1", price: Int64, rate: String = "19",
              discount: String? = nil, exemption: String? = nil) -> LineItem {
        LineItem(description: description, quantity: DecimalNumber(parsing: quantity)!, unit: "hours",
                 unitPrice: price, taxRate: DecimalNumber(parsing: rate)!,
                 discountPercent: discount.map { DecimalNumber(parsing: $0)! }, exemptionReason: exemption)
    }

    /// Adds a client in euros with 14 days' terms (or as given).
    @discardableResult
    func addClient(_ store: Store, _ name: String, currency: Currency? = nil, terms: Int = 14,
                   rate: Int64? = nil) throws -> Client {
        try store.addClient(Client(name: name, currency: currency ?? eur, hourlyRate: rate, paymentTermsDays: terms))
    }

    /// Change-log rows as "entity op" strings, oldest first, after `seq`.
    func changeSummary(_ store: Store, after seq: Int64 = 0) throws -> [String] {
        try store.changes(after: seq, limit: 10_000).map { "\($0.entity) \($0.operation.rawValue)" }
    }

    /// The highest change-log sequence number so far.
    func lastChangeSeq(_ store: Store) throws -> Int64 {
        try store.changes(after: 0, limit: 100_000).last?.seq ?? 0
    }

    /// Asserts that `body` throws an error whose description is `message`.
    func assertThrows<T>(_ body: @autoclosure () throws -> T, _ message: String, file: StaticString = #filePath,
                         line: UInt = #line) {
        do {
            _ = try body()
            XCTFail("expected \"\(message)\", nothing was thrown", file: file, line: line)
        } catch {
            XCTAssertEqual("\(error)", message, file: file, line: line)
        }
    }
}

/// Errors collected from several threads.
final class ThreadErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [String] = []

    func append(_ error: any Error) { lock.withLock { errors.append("\(error)") } }

    var all: [String] { lock.withLock { errors } }
}

/// Strings collected from several threads.
final class ThreadStrings: @unchecked Sendable {
    private let lock = NSLock()
    private var strings: [String] = []

    func append(contentsOf more: [String]) { lock.withLock { strings += more } }

    var all: [String] { lock.withLock { strings } }
}

/// Runs one test of this test binary in a child process, for tests that need two
/// real processes on one store.
enum ChildProcess {
    /// Starts `GigdeskStoreTests.<test>` with `environment` added; its output is discarded.
    static func start(test: String, environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        process.arguments = ["GigdeskStoreTests.\(test)"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
