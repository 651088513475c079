/// Paths as people like to read them: the home directory shown as `~`.
enum DisplayPath {
    static func abbreviate(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
