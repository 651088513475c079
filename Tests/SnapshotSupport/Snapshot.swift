import Foundation
import TermUI
import XCTest

/// Golden-file snapshots of rendered buffers.
///
/// A snapshot file holds the buffer's lines (trailing spaces kept), then a line
/// `-- styles --`, then the buffer's style runs. Set `SNAPSHOT_RECORD=1` to
/// write new goldens; otherwise a difference fails with a line diff.
public enum Snapshot {
    public static func text(of buffer: CellBuffer) -> String {
        (buffer.lines + ["-- styles --"] + buffer.styleRuns).joined(separator: "\n") + "\n"
    }

    /// Compares `buffer` with `Snapshots/<name>.txt` beside the calling test file.
    public static func assert(
        _ buffer: CellBuffer, named name: String,
        filePath: StaticString = #filePath, line: UInt = #line
    ) {
        let dir = URL(fileURLWithPath: "\(filePath)").deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = dir.appendingPathComponent("\(name).txt")
        let actual = text(of: buffer)
        let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"].map { !$0.isEmpty && $0 != "0" } ?? false
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            if !record {
                XCTFail("no golden file \(url.path); run with SNAPSHOT_RECORD=1 to record it", file: filePath, line: line)
                return
            }
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        if expected != actual {
            XCTFail("snapshot \(name) differs:\n" + diff(expected: expected, actual: actual), file: filePath, line: line)
        }
    }

    /// A line diff: `-` expected, `+` actual, with `|` marking line ends.
    public static func diff(expected: String, actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : nil, al = i < a.count ? a[i] : nil
            if el != al {
                if let el { out.append("-\(i + 1): \(el)|") }
                if let al { out.append("+\(i + 1): \(al)|") }
            }
        }
        return out.joined(separator: "\n")
    }
}
