import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an export into a folder the user chose, safely.
///
/// The file name is sanitised so that it names a file directly inside the folder,
/// and the resolved path is checked to be there. The data goes to a temporary file
/// in the same folder with mode 0644, is flushed to disk, and then appears under
/// its name in one step: renamed over an existing file with `force`, otherwise
/// hard-linked, which fails rather than replace a file created in the meantime.
public enum ExportWriter {
    /// Writes `data` to `folder`/`fileName` (sanitised) and returns the file's URL.
    /// - Throws: `ExportWriteError`; `.fileExists` when the file exists and `force` is false.
    public static func write(data: Data, to folder: URL, fileName: String, force: Bool) throws -> URL {
        guard let name = ExportFileName.sanitized(fileName) else {
            throw ExportWriteError.invalidFileName(fileName)
        }
        let directory = folder.standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
              isDirectory.boolValue
        else { throw ExportWriteError.notAFolder(folder.path) }

        let destination = directory.appendingPathComponent(name, isDirectory: false)
        guard destination.deletingLastPathComponent().path == directory.path,
              destination.lastPathComponent == name
        else { throw ExportWriteError.outsideFolder(destination.path) }
        if !force && exists(destination.path) { throw ExportWriteError.fileExists(destination.path) }

        let temporary = directory.appendingPathComponent(".\(name.prefix(200)).\(UUID().uuidString).tmp").path
        defer { unlink(temporary) }
        try writeFile(data, to: temporary)
        try publish(temporary, as: destination.path, force: force)
        return destination
    }

    /// Whether anything, even a dangling symbolic link, has this path.
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func writeFile(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        // The mode passed to open is reduced by the umask; set it exactly.
        guard fchmod(descriptor, 0o644) == 0 else { throw failure(path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            throw ExportWriteError.writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Gives the finished temporary file its name.
    private static func publish(_ temporary: String, as destination: String, force: Bool) throws {
        if force {
            guard rename(temporary, destination) == 0 else { throw failure(destination) }
            return
        }
        if link(temporary, destination) == 0 { return }
        switch errno {
        case EEXIST:
            throw ExportWriteError.fileExists(destination)
        case EPERM, EOPNOTSUPP, EMLINK:
            // File systems without hard links (FAT, some network shares): check, then rename.
            guard !exists(destination) else { throw ExportWriteError.fileExists(destination) }
            guard rename(temporary, destination) == 0 else { throw failure(destination) }
        default:
            throw failure(destination)
        }
    }

    private static func failure(_ path: String) -> ExportWriteError {
        .writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
}
