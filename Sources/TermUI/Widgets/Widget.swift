/// Something that draws itself into an area of a buffer (Ratatui's `Widget`).
///
/// Widgets are values built fresh each frame from state; stateful ones
/// (tables, inputs) take their state as a separate value the caller keeps.
public protocol Widget {
    func render(_ area: Rect, into buffer: inout CellBuffer)
}
