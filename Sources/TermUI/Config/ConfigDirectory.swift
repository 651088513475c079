import Foundation

/// One parsed JSON file from a theme or keymap directory.
struct ConfigFile {
    /// The file's path, as problems name it.
    let path: String
    /// The file name without `.json`: the name of what the file defines when it gives none.
    let stem: String
    let root: LocatedJSON
}

/// Reads the `*.json` files of one config directory.
enum ConfigDirectory {
    /// Every visible `*.json` file in `directory`, parsed, in file-name order.
    ///
    /// A missing directory (or nil) holds no files and is no problem; an unreadable
    /// directory, an unreadable file or a JSON syntax error is an error.
    static func read(_ directory: URL?) -> (files: [ConfigFile], problems: [ConfigProblem]) {
        guard let directory else { return ([], []) }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { return ([], []) }
        guard isDirectory.boolValue,
              let urls = try? manager.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil,
                                                          options: [.skipsHiddenFiles])
        else {
            return ([], [ConfigProblem(file: directory.path, line: 0, keyPath: "",
                                       message: "cannot list this directory", severity: .error)])
        }
        var files: [ConfigFile] = []
        var problems: [ConfigProblem] = []
        let jsonFiles = urls.filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        for url in jsonFiles {
            switch parse(url) {
            case .success(let file): files.append(file)
            case .failure(let problem): problems.append(problem)
            }
        }
        return (files, problems)
    }

    private static func parse(_ url: URL) -> Result<ConfigFile, ConfigProblem> {
        let path = url.path
        guard let data = try? Data(contentsOf: url) else {
            return .failure(ConfigProblem(file: path, line: 0, keyPath: "", message: "cannot read this file", severity: .error))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ConfigProblem(file: path, line: 0, keyPath: "", message: "the file is not valid UTF-8", severity: .error))
        }
        do {
            let root = try LocatedJSON.parse(text, file: path)
            return .success(ConfigFile(path: path, stem: url.deletingPathExtension().lastPathComponent, root: root))
        } catch {
            return .failure(error)
        }
    }
}
