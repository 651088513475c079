/// A run of changed cells on one row, to be sent to the terminal as one write.
public struct CellRun: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]
}

/// Finds what changed between two frames so a backend sends only those cells.
public enum BufferDiff {
    /// Runs of cells in `next` that differ from `previous`; every cell when sizes differ.
    public static func changes(from previous: CellBuffer?, to next: CellBuffer) -> [CellRun] {
        let full = previous == nil || previous!.size != next.size
        var runs: [CellRun] = []
        for y in 0..<next.height {
            var x = 0
            while x < next.width {
                if !full && previous![x, y] == next[x, y] {
                    x += 1
                    continue
                }
                var run = CellRun(x: x, y: y, cells: [])
                while x < next.width && (full || previous![x, y] != next[x, y]) {
                    run.cells.append(next[x, y])
                    x += 1
                }
                // A run must not start on the second half of a wide grapheme.
                if run.cells.first?.isContinuation == true, run.x > 0 {
                    run.x -= 1
                    run.cells.insert(next[run.x, y], at: 0)
                }
                runs.append(run)
            }
        }
        return runs
    }
}
