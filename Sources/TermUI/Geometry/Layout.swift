/// One slot of a layout split: how much of the available length it takes.
public enum Constraint: Equatable, Sendable {
    /// Exactly `n` cells (less if space runs out).
    case length(Int)
    /// A percentage of the whole length.
    case percentage(Int)
    /// At least `n` cells; shares leftover space like `.fill(1)`.
    case min(Int)
    /// Leftover space, shared by weight between all fill slots.
    case fill(Int)
}

/// Splits a rectangle into rows or columns by constraints, like Ratatui's `Layout`.
public struct Layout: Sendable {
    public enum Direction: Sendable { case vertical, horizontal }

    public var direction: Direction
    public var constraints: [Constraint]
    public var spacing: Int

    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = spacing
    }

    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    /// The rectangles, one per constraint, in order.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        let gaps = Swift.max(0, constraints.count - 1) * spacing
        let lengths = Layout.solve(constraints, total: Swift.max(0, total - gaps))
        var rects: [Rect] = []
        var offset = 0
        for length in lengths {
            switch direction {
            case .vertical:
                rects.append(Rect(x: area.x, y: area.y + offset, width: area.width, height: length))
            case .horizontal:
                rects.append(Rect(x: area.x + offset, y: area.y, width: length, height: area.height))
            }
            offset += length + spacing
        }
        return rects
    }

    /// Lengths for each constraint: fixed sizes first, then leftover shared by weight.
    static func solve(_ constraints: [Constraint], total: Int) -> [Int] {
        var lengths = [Int](repeating: 0, count: constraints.count)
        var remaining = total
        for (i, c) in constraints.enumerated() {
            let want: Int
            switch c {
            case .length(let n): want = n
            case .percentage(let p): want = total * p / 100
            case .min(let n): want = n
            case .fill: want = 0
            }
            lengths[i] = Swift.max(0, Swift.min(want, remaining))
            remaining -= lengths[i]
        }
        let weights = constraints.map { c -> Int in
            switch c {
            case .fill(let w): return Swift.max(1, w)
            case .min: return 1
            default: return 0
            }
        }
        let weightSum = weights.reduce(0, +)
        guard weightSum > 0, remaining > 0 else { return lengths }
        var handed = 0
        var lastWeighted = -1
        for (i, w) in weights.enumerated() where w > 0 {
            let share = remaining * w / weightSum
            lengths[i] += share
            handed += share
            lastWeighted = i
        }
        if lastWeighted >= 0 { lengths[lastWeighted] += remaining - handed }
        return lengths
    }
}
