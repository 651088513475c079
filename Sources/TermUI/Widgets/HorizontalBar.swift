/// Draws a horizontal bar filled to `ratio` (0…1) across `row`: full cells and
/// one partial cell (eighths, where the glyph table has them) in `role`, the
/// rest `glyphs.gaugeEmpty` in `.gaugeEmpty`.
func drawHorizontalBar(ratio: Double, role: StyleRole, in row: Rect, into buffer: inout CellBuffer) {
    guard !row.isEmpty else { return }
    let g = buffer.glyphs
    let clamped = ratio.isNaN ? 0 : Swift.max(0, Swift.min(1, ratio))
    let eighths = Int((clamped * Double(row.width * 8)).rounded())
    let full = eighths / 8, partial = eighths % 8
    for i in 0..<row.width {
        let x = row.x + i
        if i < full {
            buffer.setCell(x: x, y: row.y, Cell(g.horizontalEighths[8], role: role))
        } else if i == full, partial > 0, g.horizontalEighths[partial] != " " {
            buffer.setCell(x: x, y: row.y, Cell(g.horizontalEighths[partial], role: role))
        } else {
            buffer.setCell(x: x, y: row.y, Cell(g.gaugeEmpty, role: .gaugeEmpty))
        }
    }
}
