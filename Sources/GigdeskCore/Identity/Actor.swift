#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who did something: `user@host`, recorded with every change and audit event.
///
/// Note: this type shadows the standard library's `Actor` protocol in modules
/// that import GigdeskCore; write `_Concurrency.Actor` for the protocol.
public struct Actor: Hashable, Sendable, CustomStringConvertible {
    /// The login name.
    public let user: String
    /// The host name as `gethostname(2)` reports it.
    public let host: String

    public init(user: String, host: String) {
        self.user = user
        self.host = host
    }

    /// `user@host`.
    public var rawValue: String { "\(user)@\(host)" }

    public var description: String { rawValue }

    /// The person running this process: `USER`, else `LOGNAME`, else the password
    /// database's name for the effective uid; and this machine's host name.
    public static func current(environment: [String: String]) -> Actor {
        Actor(user: userName(environment: environment), host: hostName())
    }

    private static func userName(environment: [String: String]) -> String {
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty {
                return name
            }
        }
        let uid = geteuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid\(uid)"
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        let name = String(decoding: bytes, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }
}
