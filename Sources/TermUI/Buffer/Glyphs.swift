/// The characters widgets draw lines, bars and marks with: Unicode where the
/// locale is UTF-8, plain ASCII otherwise (as htop does).
public struct Glyphs: Sendable, Equatable {
    public var horizontal, vertical: String
    public var topLeft, topRight, bottomLeft, bottomRight: String
    public var teeLeft, teeRight, teeUp, teeDown, cross: String
    /// Horizontal fill levels from empty to full, in eighths (9 entries).
    public var horizontalEighths: [String]
    /// Vertical fill levels from empty to full, in eighths (9 entries).
    public var verticalEighths: [String]
    /// Sparkline levels, lowest to highest.
    public var sparkline: [String]
    public var ellipsis: String
    public var sortAscending, sortDescending: String
    public var bullet, check, cross_, pointer: String
    public var scrollTrack, scrollThumb: String
    public var gaugeEmpty: String
    /// Whether braille dot patterns (U+2800…) may be used for line charts.
    public var braille: Bool
    public var isUnicode: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤", teeUp: "┴", teeDown: "┬", cross: "┼",
        horizontalEighths: [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        verticalEighths: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        ellipsis: "…", sortAscending: "▲", sortDescending: "▼",
        bullet: "•", check: "✓", cross_: "✗", pointer: "›",
        scrollTrack: "│", scrollThumb: "█", gaugeEmpty: "░",
        braille: true, isUnicode: true)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", teeUp: "+", teeDown: "+", cross: "+",
        horizontalEighths: [" ", " ", " ", " ", "#", "#", "#", "#", "#"],
        verticalEighths: [" ", " ", " ", " ", "#", "#", "#", "#", "#"],
        sparkline: ["_", ".", "-", "~", "=", "*", "#", "#"],
        ellipsis: "~", sortAscending: "^", sortDescending: "v",
        bullet: "*", check: "x", cross_: "X", pointer: ">",
        scrollTrack: "|", scrollThumb: "#", gaugeEmpty: ".",
        braille: false, isUnicode: false)
}
