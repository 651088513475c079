import CSQLite
import Foundation

/// Opens connections that cannot write to the store file.
enum ReadOnlyConnection {
    /// Opens `path` with `SQLITE_OPEN_READONLY` and reads the schema once.
    ///
    /// A WAL database in a directory that cannot be written (no `-shm` can be
    /// created) fails on first read; then the file is reopened as
    /// `file:…?immutable=1`, which reads the main file only and sees no later
    /// changes. Errors from the probe (including `SQLITE_NOTADB` and
    /// `SQLITE_CORRUPT`) are thrown as `SQLiteError`.
    static func open(path: String) throws -> SQLiteConnection {
        do {
            return try openProbed(path, flags: [.readOnly, .fullMutex])
        } catch let error as SQLiteError where error.code == SQLITE_CANTOPEN || error.code == SQLITE_READONLY {
            return try openProbed(immutableURI(for: path), flags: [.readOnly, .uri, .fullMutex])
        }
    }

    /// `file:` URI for an immutable read of `path`, absolute, with `%`, `?` and `#` escaped.
    static func immutableURI(for path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var escaped = ""
        for character in absolute {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file://\(escaped)?immutable=1"
    }

    private static func openProbed(_ target: String, flags: SQLiteConnection.OpenFlags) throws -> SQLiteConnection {
        let connection = try SQLiteConnection(path: target, flags: flags)
        try connection.setBusyTimeout(milliseconds: Store.busyTimeoutMilliseconds)
        try connection.run("SELECT count(*) FROM sqlite_schema")
        return connection
    }
}
