import Foundation

/// Loads the keymaps of the shipped `Keymaps/` directory and of the user's keymap directory.
public enum KeymapCatalog {
    /// Every keymap that loads, by name, and every problem found on the way.
    ///
    /// The rules are those of `ThemeCatalog.load`; in addition, bindings of actions outside
    /// `knownActions` are dropped with a warning, and an inheriting keymap's binding replaces
    /// that action's keys and frees them from the parent's other actions of the same context.
    public static func load(shipped: URL?, user: URL?,
                            knownActions: Set<String>) -> (keymaps: [String: Keymap], problems: [ConfigProblem]) {
        var problems: [ConfigProblem] = []
        var layers: [[ConfigDefinition<[KeyBinding]>]] = []
        for directory in [shipped, user] {
            let (files, readProblems) = ConfigDirectory.read(directory)
            problems += readProblems
            layers.append(files.compactMap {
                KeymapFile.definition(from: $0, knownActions: knownActions, problems: &problems)
            })
        }
        let (keymaps, inheritanceProblems) = ConfigInheritance.resolve(kind: KeymapFile.kind, layers: layers,
                                                                      build: KeymapFile.keymap(inheriting:_:))
        return (keymaps, problems + inheritanceProblems)
    }
}
