import GigdeskCore
import GigdeskStore

/// How much demo data to make.
public enum DemoSize: String, Sendable, CaseIterable {
    case small, large
}

/// Makes demo data for one domain; every domain module adds one to `DemoLoader.generators`.
public protocol DemoGenerator: Sendable {
    /// The domain's name in summaries ("invoices", "incidents").
    var domain: String { get }
    /// Writes this domain's demo rows, drawing every choice from `random`; returns a one-line summary.
    func generate(into store: Store, size: DemoSize, random: inout SeededRandom) throws -> String
}

/// Fills a store with generated, deterministic data for every domain that exists.
public enum DemoLoader {
    public static let defaultSeed: UInt64 = 42

    /// The domains that generate demo data, in dependency order (clients before invoices).
    /// Each domain module appends its generator here.
    public static let generators: [any DemoGenerator] = []

    public struct Result: Sendable {
        public var summary: String
        public var lines: [String]
    }

    public static func load(into store: Store, size: DemoSize, seed: UInt64) throws -> Result {
        var random = SeededRandom(seed: seed)
        var lines: [String] = []
        for generator in generators {
            lines.append("\(generator.domain): " + (try generator.generate(into: store, size: size, random: &random)))
        }
        try store.setSetting(WelcomeCheck.welcomeSettingKey, "demo")
        let summary = lines.isEmpty
            ? "demo data (seed \(seed), \(size.rawValue)): no domain in this build generates demo data yet"
            : "demo data loaded (seed \(seed), \(size.rawValue)): " + lines.joined(separator: "; ")
        return Result(summary: summary, lines: lines)
    }
}
