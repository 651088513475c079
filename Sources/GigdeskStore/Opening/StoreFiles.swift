import Foundation

/// File-system work done before SQLite touches a store file.
enum StoreFiles {
    /// The 16 bytes every SQLite 3 database file starts with.
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Creates the missing parent directories of `path` with mode 0700.
    static func createParentDirectories(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) else { return }
        try createParentDirectories(of: parent)
        guard mkdir(parent, 0o700) == 0 || errno == EEXIST else {
            throw StoreError.cannotCreate(path: parent, detail: String(cString: strerror(errno)))
        }
    }

    /// Creates an empty file with mode 0600. Returns `false` if it already exists
    /// (another process may have won the race), throws on any other failure.
    static func createEmptyFile(at path: String) throws -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            throw StoreError.cannotCreate(path: path, detail: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else {
            throw StoreError.cannotCreate(path: path, detail: String(cString: strerror(errno)))
        }
        return true
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// Why the store cannot be written, or `nil` if the file and its directory are writable.
    static func notWritableReason(_ path: String) -> String? {
        if access(path, W_OK) != 0 {
            return "file is not writable"
        }
        let parent = (path as NSString).deletingLastPathComponent
        if access(parent.isEmpty ? "." : parent, W_OK) != 0 {
            return "directory is not writable"
        }
        return nil
    }

    /// The first `count` bytes of the file (fewer if it is shorter), read without writing anything.
    static func leadingBytes(of path: String, count: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes[filled...].withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else {
                throw StoreError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            filled += got
        }
        return Array(bytes[..<filled])
    }

    /// Bytes shown as text for a message: printable ASCII as is, others as `\xNN`.
    static func printable(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            (0x20..<0x7f).contains(byte) && byte != 0x27
                ? String(UnicodeScalar(byte))
                : "\\x" + String(byte, radix: 16, uppercase: false).leftPadded(to: 2)
        }.joined()
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
