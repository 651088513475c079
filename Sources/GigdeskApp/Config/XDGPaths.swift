import Foundation

/// The XDG base directories gigdesk uses, resolved from the environment.
public struct XDGPaths: Sendable {
    public var configHome: URL
    public var dataHome: URL
    public var stateHome: URL
    public var cacheHome: URL

    public init(environment: [String: String]) {
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
        func dir(_ variable: String, _ fallback: String) -> URL {
            if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
            return home.appendingPathComponent(fallback)
        }
        configHome = dir("XDG_CONFIG_HOME", ".config")
        dataHome = dir("XDG_DATA_HOME", ".local/share")
        stateHome = dir("XDG_STATE_HOME", ".local/state")
        cacheHome = dir("XDG_CACHE_HOME", ".cache")
    }

    /// `$XDG_CONFIG_HOME/gigdesk`.
    public var gigdeskConfig: URL { configHome.appendingPathComponent("gigdesk") }
}
