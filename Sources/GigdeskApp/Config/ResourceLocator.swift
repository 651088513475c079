import Foundation

/// Finds the shipped `Themes/`, `Keymaps/` and `Assets/` folders.
///
/// Looked for, in order: `$GIGDESK_RESOURCES`; `../share/gigdesk` beside the
/// executable (an installed copy); the source checkout the binary was built from.
public struct ResourceLocator: Sendable {
    public var root: URL?

    public init(environment: [String: String], executablePath: String = CommandLine.arguments.first ?? "") {
        var candidates: [URL] = []
        if let explicit = environment["GIGDESK_RESOURCES"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        let exe = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(exe.appendingPathComponent("../share/gigdesk").standardized)
        // Sources/GigdeskApp/Config/ResourceLocator.swift → the checkout's root.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        root = candidates.first { url in
            FileManager.default.fileExists(atPath: url.appendingPathComponent("Themes").path)
        }
    }

    public var themes: URL? { root?.appendingPathComponent("Themes") }
    public var keymaps: URL? { root?.appendingPathComponent("Keymaps") }
    public var assets: URL? { root?.appendingPathComponent("Assets") }
}
