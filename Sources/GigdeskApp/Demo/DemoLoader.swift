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

    /// The domains that generate demo data, in dependency order; each domain module adds its generator here.
    /// Dates run up to `today`, so the data looks current (overdue invoices are overdue now).
    static func generators(today: LocalDate) -> [any DemoGenerator] {
        [BillingDemoGenerator(today: today)]
    }

    /// Runs every generator and returns a one-line summary of what was made.
    public static func load(into store: Store, size: DemoSize, seed: UInt64, today: LocalDate = .today()) throws -> String {
        var random = SeededRandom(seed: seed)
        var lines: [String] = []
        for generator in generators(today: today) {
            lines.append("\(generator.domain): " + (try generator.generate(into: store, size: size, random: &random)))
        }
        try store.setSetting(WelcomeCheck.welcomeSettingKey, "demo")
        return "demo data loaded (seed \(seed), \(size.rawValue)): " + lines.joined(separator: "; ")
    }
}
