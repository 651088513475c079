/// Levenshtein distance between short strings, for "did you mean" suggestions.
enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions that
    /// turn `a` into `b`, or `nil` when it is more than `limit`.
    static func between(_ a: String, _ b: String, atMost limit: Int) -> Int? {
        let source = Array(a)
        let target = Array(b)
        guard abs(source.count - target.count) <= limit else { return nil }
        var previous = Array(0...target.count)
        for (i, character) in source.enumerated() {
            var current = [i + 1]
            current.reserveCapacity(target.count + 1)
            for (j, other) in target.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (character == other ? 0 : 1)))
            }
            guard current.min() ?? 0 <= limit else { return nil }
            previous = current
        }
        let distance = previous[target.count]
        return distance <= limit ? distance : nil
    }
}
