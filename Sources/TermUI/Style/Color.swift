/// A terminal colour as a theme names it; degraded to what the terminal offers at draw time.
public enum Color: Equatable, Hashable, Sendable {
    /// The terminal's own default foreground or background.
    case terminalDefault
    /// A palette index 0–255 (0–7 the basic colours, 8–15 the bright ones).
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The eight basic colour names, then their bright variants, by palette index.
    public static let names: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses `#rrggbb`, a palette index `0`–`255`, a colour name, or `default`.
    public init?(parsing text: String) {
        let t = text.lowercased()
        if t == "default" || t == "none" {
            self = .terminalDefault
        } else if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff))
        } else if let n = UInt8(t) {
            self = .indexed(n)
        } else if let i = Color.names.firstIndex(of: t.replacingOccurrences(of: "_", with: "-")) {
            self = .indexed(UInt8(i))
        } else if t == "gray" || t == "grey" {
            self = .indexed(8)
        } else {
            return nil
        }
    }

    /// The closest colour a terminal of `depth` can show; `nil` means "no colour at all".
    public func degraded(to depth: ColorDepth) -> Color? {
        switch (self, depth) {
        case (_, .none): return nil
        case (.terminalDefault, _): return self
        case (.rgb, .trueColor): return self
        case (.indexed(let i), .palette256), (.indexed(let i), .trueColor): return .indexed(i)
        case (.rgb(let r, let g, let b), .palette256): return .indexed(Color.nearest256(r, g, b))
        case (.indexed(let i), .basic16) where i < 16: return self
        case (.indexed(let i), .basic8) where i < 8: return self
        case (.indexed(let i), .basic8) where i < 16: return .indexed(i - 8)
        case (_, .basic16): return .indexed(Color.nearestBasic(rgbValue, count: 16))
        case (_, .basic8): return .indexed(Color.nearestBasic(rgbValue, count: 8))
        }
    }

    /// The colour as 24-bit components (for palette entries, xterm's defaults).
    public var rgbValue: (UInt8, UInt8, UInt8) {
        switch self {
        case .terminalDefault: return (192, 192, 192)
        case .rgb(let r, let g, let b): return (r, g, b)
        case .indexed(let i): return Color.xtermPalette(i)
        }
    }

    static let basicRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func xtermPalette(_ i: UInt8) -> (UInt8, UInt8, UInt8) {
        if i < 16 { return basicRGB[Int(i)] }
        if i >= 232 {
            let v = UInt8(8 + Int(i - 232) * 10)
            return (v, v, v)
        }
        let n = Int(i) - 16
        let steps: [UInt8] = [0, 95, 135, 175, 215, 255]
        return (steps[n / 36], steps[(n / 6) % 6], steps[n % 6])
    }

    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        var best: UInt8 = 16
        var bestDistance = Int.max
        for i in 16...255 {
            let d = distance(xtermPalette(UInt8(i)), (r, g, b))
            if d < bestDistance {
                bestDistance = d
                best = UInt8(i)
            }
        }
        return best
    }

    static func nearestBasic(_ c: (UInt8, UInt8, UInt8), count: Int) -> UInt8 {
        var best = 0
        var bestDistance = Int.max
        for i in 0..<count {
            let d = distance(basicRGB[i], c)
            if d < bestDistance {
                bestDistance = d
                best = i
            }
        }
        return UInt8(best)
    }

    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}

/// How many colours the terminal can show.
public enum ColorDepth: String, Sendable, CaseIterable {
    case none, basic8, basic16, palette256, trueColor

    /// The depth for a terminal reporting `colors` colours, honouring `NO_COLOR` and `COLORTERM`.
    public static func detect(terminalColors colors: Int, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if colors >= 256 {
            let colorterm = environment["COLORTERM"]?.lowercased() ?? ""
            return colorterm == "truecolor" || colorterm == "24bit" ? .trueColor : .palette256
        }
        if colors >= 16 { return .basic16 }
        if colors >= 8 { return .basic8 }
        return .none
    }

    public var label: String {
        switch self {
        case .none: return "none"
        case .basic8: return "8"
        case .basic16: return "16"
        case .palette256: return "256"
        case .trueColor: return "truecolor"
        }
    }
}
