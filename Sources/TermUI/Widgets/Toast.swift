/// A one-line notification: a marker for its level, then the message, filling
/// the first row of its area in `.toastInfo`, `.toastWarn` or `.toastError`.
public struct Toast: Widget {
    /// How serious the notification is.
    public enum Level: Equatable, Sendable { case info, warn, error }

    public var message: String
    public var level: Level

    public init(_ message: String, level: Level = .info) {
        self.message = message
        self.level = level
    }

    public var role: StyleRole {
        switch level {
        case .info: return .toastInfo
        case .warn: return .toastWarn
        case .error: return .toastError
        }
    }

    /// The width that shows the whole message: " • message ".
    public var preferredWidth: Int { message.displayWidth + 4 }

    public func render(_ area: Rect, into buffer: inout CellBuffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let g = buffer.glyphs
        let marker: String
        switch level {
        case .info: marker = g.bullet
        case .warn: marker = "!"
        case .error: marker = g.cross_
        }
        buffer.fill(row, role: role)
        let text = " " + marker + " " + message
        buffer.put(text.truncated(toWidth: row.width - 1, ellipsis: g.ellipsis), x: row.x, y: row.y, role: role, clip: row)
    }
}
