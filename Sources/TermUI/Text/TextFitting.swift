/// Where text sits in a column wider than itself.
public enum TextAlignment: Sendable, Equatable {
    case left, right, center
}

extension String {
    /// The string cut to `width` columns (ending in `ellipsis` when cut) and padded
    /// with spaces to exactly `width` columns, placed by `alignment`.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let cut = truncated(toWidth: width, ellipsis: ellipsis)
        let pad = Swift.max(0, width - cut.displayWidth)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: pad)
        case .right: return String(repeating: " ", count: pad) + cut
        case .center:
            return String(repeating: " ", count: pad / 2) + cut + String(repeating: " ", count: pad - pad / 2)
        }
    }
}
