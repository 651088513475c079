/// Why an export file was not written.
public enum ExportWriteError: Error, Equatable, CustomStringConvertible {
    /// Nothing usable is left of the proposed file name.
    case invalidFileName(String)
    /// The chosen folder does not exist or is not a folder.
    case notAFolder(String)
    /// The file exists and `force` was not given.
    case fileExists(String)
    /// The resolved path would lie outside the chosen folder.
    case outsideFolder(String)
    /// The operating system refused; `reason` is its message.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidFileName(let name): "\"\(name)\" is not usable as a file name"
        case .notAFolder(let path): "\(path) is not a folder"
        case .fileExists(let path): "\(path) already exists; not overwritten without --force"
        case .outsideFolder(let path): "\(path) is outside the chosen folder"
        case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
