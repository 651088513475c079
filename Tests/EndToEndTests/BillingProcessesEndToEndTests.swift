import Foundation
import XCTest

/// Invoice numbers when two real gigdesk processes create invoices on one store at the same moment.
final class BillingProcessesEndToEndTests: XCTestCase {
    func testTwoProcessesNeverRepeatOrSkipANumber() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gigdesk-numbers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.db").path
        let env = ["HOME": dir.path, "PATH": "/usr/bin:/bin"]
        XCTAssertEqual(Spawn.run(TmuxHarness.binary, ["client", "add", "--name", "Zoë", "--store", store], environment: env).status, 0)
        // Each shell loop runs its gigdesk processes one after another; the two loops race each other.
        let loop = "for i in $(seq 1 15); do \(TmuxHarness.binary) invoice new --client Zoë --date 2026-05-01 --item 'Work|1|10|19' --store \(store) || echo FAILED; done"
        let group = DispatchGroup()
        let results = ResultBox()
        for _ in 0..<2 {
            group.enter()
            DispatchQueue.global().async {
                results.append(Spawn.run("/bin/bash", ["-c", loop], environment: env).output)
                group.leave()
            }
        }
        group.wait()
        let numbers = results.all.flatMap { $0.split(separator: "\n").map(String.init) }
        XCTAssertFalse(numbers.contains("FAILED"), numbers.joined(separator: "\n"))
        XCTAssertEqual(numbers.sorted(), (1...30).map { String(format: "INV-2026-%04d", $0) })
    }
}

/// Outputs collected from several threads.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String] = []
    func append(_ value: String) { lock.withLock { values.append(value) } }
    var all: [String] { lock.withLock { values } }
}
