import GigdeskStore

/// `gigdesk demo`: fills the store with generated data for every domain, deterministic by seed.
struct DemoCommand {
    var main: GigdeskMain

    static let spec = CommandSpec(
        name: "demo", summary: "fill the store with generated demo data",
        options: [
            .init("--size", value: "SIZE", "how much data (default small)", choices: DemoSize.allCases.map(\.rawValue)),
            .init("--seed", value: "N", "random seed; the same seed makes the same data (default \(DemoLoader.defaultSeed))"),
        ],
        details: "Each domain of gigdesk adds its own demo data; the same seed and size always give the same rows.")

    func run(_ invocation: Invocation) throws -> Int32 {
        var seed = DemoLoader.defaultSeed
        if let text = invocation.value("--seed") {
            guard let parsed = UInt64(text) else {
                main.output.error("gigdesk: --seed must be a whole number from 0 to \(UInt64.max), not '\(text)'\nTry 'gigdesk demo --help'.")
                return 2
            }
            seed = parsed
        }
        let size = DemoSize(rawValue: invocation.value("--size") ?? "small") ?? .small
        let store = try main.openStore(invocation)
        main.output.print(try DemoLoader.load(into: store, size: size, seed: seed))
        main.output.print("store: \(store.path)")
        return 0
    }
}
