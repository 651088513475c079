import Foundation
import GigdeskApp
import GigdeskCore
import GigdeskStore
import TermUI

// Measures the Invoices pane on a store (fill one first: gigdesk demo --size large --store PATH):
// time to the first frame, per-keystroke latency moving the selection and typing a filter, and
// resident memory. Usage: swift run -c release gigdesk-bench --store PATH [--keys N]
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
guard let path = option("--store") else {
    FileHandle.standardError.write(Data("usage: gigdesk-bench --store PATH [--keys N]\n".utf8))
    exit(2)
}
let moves = Int(option("--keys") ?? "200") ?? 200
var script: [InputEvent] = Array(repeating: .key(.char("j")), count: moves)
script += [.key(.ctrl("d")), .key(.ctrl("d")), .key(.char("G")), .key(.char("g")), .key(.char("s")), .key(.char("S"))]
let filterStart = script.count
script += [.key(.char("/"))] + "Caf".map { .key(.char($0)) } + [.key(Key(.enter)), .key(.char("f"))]
let filterEnd = script.count

let started = DispatchTime.now()
let store = try Store.open(path: path, readOnly: true)
let terminal = ScriptedTerminal(size: Size(width: 120, height: 40), script: script)
let settings = LoadedSettings.load(environment: ProcessInfo.processInfo.environment)
let runtime = AppRuntime(terminal: terminal, store: store, settings: settings, signals: SignalMonitor())
_ = runtime.run()

func ms(_ from: DispatchTime, _ to: DispatchTime) -> Double { Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e6 }
/// For each event, the time until the next frame after it (the frame that shows its effect).
func latencies(_ range: Range<Int>, events: [DispatchTime], frames: [DispatchTime]) -> [Double] {
    range.compactMap { i -> Double? in
        let t = events[i]
        guard let frame = frames.first(where: { $0 > t }) else { return nil }
        return ms(t, frame)
    }.sorted()
}
func median(_ values: [Double]) -> Double { values.isEmpty ? 0 : values[values.count / 2] }
func p95(_ values: [Double]) -> Double { values.isEmpty ? 0 : values[min(values.count - 1, values.count * 95 / 100)] }
let rss = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8))?
    .split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) } ?? "?"
let count = try store.counts()["invoices"] ?? 0
let move = latencies(0..<moves, events: terminal.eventTimes, frames: terminal.frameTimes)
let filter = latencies(filterStart..<filterEnd, events: terminal.eventTimes, frames: terminal.frameTimes)
print("store: \(path) (\(count) invoices)")
print(String(format: "first frame: %.1f ms after start (store opened, settings read, first page loaded)", ms(started, terminal.frameTimes[0])))
print(String(format: "move selection (%d keys): median %.2f ms, p95 %.2f ms", move.count, median(move), p95(move)))
print(String(format: "filter and status keys (%d keys): median %.2f ms, p95 %.2f ms", filter.count, median(filter), p95(filter)))
print("peak resident memory: \(rss)")

// The filter's own cost, which runs once typing pauses (the keystrokes above only echo).
let today = LocalDate.today()
for (label, query) in [("text filter \"caf\"", InvoiceQuery(text: "caf", today: today)),
                       ("status filter overdue", InvoiceQuery(status: .overdue, today: today))] {
    let t0 = DispatchTime.now()
    let matching = try store.invoiceCount(query)
    _ = try store.invoiceRows(query, sort: InvoiceSort(column: .issueDate, ascending: false), offset: 0, limit: 33)
    print(String(format: "%@: count (%d rows) and first page in %.1f ms", label, matching, ms(t0, .now())))
}
