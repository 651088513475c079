#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the store file lives.
public enum StoreLocation {
    /// The store path, first match wins: `--store PATH` (`explicitPath`), then
    /// `GIGDESK_STORE`, then `$XDG_DATA_HOME/gigdesk/gigdesk.db` (an absolute
    /// `XDG_DATA_HOME` only, as the XDG spec says), then
    /// `$HOME/.local/share/gigdesk/gigdesk.db` (home from the password
    /// database when `HOME` is unset). Empty values count as unset.
    public static func resolve(explicitPath: String?, environment: [String: String]) -> String {
        if let explicitPath, !explicitPath.isEmpty {
            return explicitPath
        }
        if let path = environment["GIGDESK_STORE"], !path.isEmpty {
            return path
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return join(dataHome, "gigdesk/gigdesk.db")
        }
        return join(homeDirectory(environment: environment), ".local/share/gigdesk/gigdesk.db")
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    private static func homeDirectory(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty {
            return home
        }
        if let entry = getpwuid(geteuid()), let directory = entry.pointee.pw_dir {
            return String(cString: directory)
        }
        return "."
    }
}
