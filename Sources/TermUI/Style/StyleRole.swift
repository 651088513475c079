/// A semantic style name (`table.header`, `gauge.warn`); a theme maps it to colours.
///
/// Roles are dotted paths: a theme that has no entry for `table.header.sorted`
/// falls back to `table.header`, then `table`, then `normal`.
public struct StyleRole: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// The next more general role, or nil for `normal`.
    public var parent: StyleRole? {
        if self == .normal { return nil }
        guard let dot = rawValue.lastIndex(of: ".") else { return .normal }
        return StyleRole(String(rawValue[..<dot]))
    }

    public static let normal: StyleRole = "normal"
    public static let dim: StyleRole = "text.dim"
    public static let emphasis: StyleRole = "text.emphasis"
    public static let accent: StyleRole = "text.accent"
    public static let link: StyleRole = "text.link"
    public static let border: StyleRole = "border"
    public static let borderFocused: StyleRole = "border.focused"
    public static let title: StyleRole = "title"
    public static let tab: StyleRole = "tab"
    public static let tabActive: StyleRole = "tab.active"
    public static let tableHeader: StyleRole = "table.header"
    public static let tableRow: StyleRole = "table.row"
    public static let tableSelected: StyleRole = "table.selected"
    public static let listSelected: StyleRole = "list.selected"
    public static let input: StyleRole = "input"
    public static let inputCursor: StyleRole = "input.cursor"
    public static let inputPlaceholder: StyleRole = "input.placeholder"
    public static let formLabel: StyleRole = "form.label"
    public static let formLabelFocused: StyleRole = "form.label.focused"
    public static let formError: StyleRole = "form.error"
    public static let statusBar: StyleRole = "status"
    public static let statusInfo: StyleRole = "status.info"
    public static let statusWarn: StyleRole = "status.warn"
    public static let statusError: StyleRole = "status.error"
    public static let statusOK: StyleRole = "status.ok"
    public static let gaugeOK: StyleRole = "gauge.ok"
    public static let gaugeWarn: StyleRole = "gauge.warn"
    public static let gaugeCritical: StyleRole = "gauge.critical"
    public static let gaugeEmpty: StyleRole = "gauge.empty"
    public static let chartAxis: StyleRole = "chart.axis"
    public static let chartLabel: StyleRole = "chart.label"
    public static let modal: StyleRole = "modal"
    public static let modalTitle: StyleRole = "modal.title"
    public static let keyHint: StyleRole = "key"
    public static let toastInfo: StyleRole = "toast.info"
    public static let toastWarn: StyleRole = "toast.warn"
    public static let toastError: StyleRole = "toast.error"
    public static let highlight: StyleRole = "highlight"
    public static let scrollbar: StyleRole = "scrollbar"
    public static let scrollbarThumb: StyleRole = "scrollbar.thumb"
    public static let control: StyleRole = "text.control"

    /// Chart series colours, cycled: `series.1` … `series.8`.
    public static func series(_ n: Int) -> StyleRole { StyleRole("series.\(n % 8 + 1)") }
}
