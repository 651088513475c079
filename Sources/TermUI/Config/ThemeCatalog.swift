import Foundation

/// Loads the themes of the shipped `Themes/` directory and of the user's theme directory.
public enum ThemeCatalog {
    /// Every theme that loads, by name, and every problem found on the way.
    ///
    /// Each `*.json` file defines the theme named by its `"name"` (or its file name); a user
    /// theme replaces a shipped one of the same name. `"inherits"` starts from another theme,
    /// shipped or user, in any file order; a user theme inheriting its own name extends the
    /// shipped one. A file with an error is skipped as a whole; warnings (unknown keys) are not.
    /// Missing directories, or nil, hold no themes.
    public static func load(shipped: URL?, user: URL?) -> (themes: [String: Theme], problems: [ConfigProblem]) {
        var problems: [ConfigProblem] = []
        var layers: [[ConfigDefinition<[RoleOverride]>]] = []
        for directory in [shipped, user] {
            let (files, readProblems) = ConfigDirectory.read(directory)
            problems += readProblems
            layers.append(files.compactMap { ThemeFile.definition(from: $0, problems: &problems) })
        }
        let (themes, inheritanceProblems) = ConfigInheritance.resolve(kind: ThemeFile.kind, layers: layers,
                                                                     build: ThemeFile.theme(inheriting:_:))
        return (themes, problems + inheritanceProblems)
    }
}
