extension CellBuffer {
    /// Writes `text` starting at (`x`, `y`), showing only the part that falls inside
    /// `clip` (text may start left of it). A wide grapheme cut by either edge of
    /// `clip` shows as a space. Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal, clip: Rect) -> Int {
        guard y >= clip.y, y < clip.maxY, x < clip.maxX, !clip.isEmpty else { return 0 }
        var col = x
        var rest = Substring(text)
        var written = 0
        while col < clip.x, let ch = rest.first {
            rest = rest.dropFirst()
            let w = DisplayWidth.of(ControlSanitizer.replacement(for: ch) ?? ch)
            if col + w > clip.x {
                written += put(" ", x: clip.x, y: y, role: role, maxWidth: 1)
            }
            col += w
        }
        guard col < clip.maxX else { return written }
        return written + put(String(rest), x: col, y: y, role: role, maxWidth: clip.maxX - col)
    }
}
