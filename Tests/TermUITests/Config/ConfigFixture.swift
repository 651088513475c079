import Foundation

/// A temporary directory of theme or keymap files for one test.
struct ConfigFixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("gigdesk-config-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// `root/name`, created.
    func directory(_ name: String) throws -> URL {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `root/relativePath` and returns the path as problems name it.
    @discardableResult
    func write(_ text: String, to relativePath: String) throws -> String {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The repository's root folder, found from this source file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Config
        .deletingLastPathComponent()  // TermUITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let shippedThemes = repositoryRoot.appendingPathComponent("Themes")
    static let shippedKeymaps = repositoryRoot.appendingPathComponent("Keymaps")
}
