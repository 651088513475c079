import Foundation

/// Turns SIGINT, SIGTERM and SIGHUP into a flag the run loop checks, so that
/// gigdesk leaves through its normal path (terminal restored, session closed).
///
/// The signals are ignored at the process level and observed with Dispatch, so
/// curses never installs handlers of its own for them.
public final class SignalMonitor: @unchecked Sendable {
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []

    public static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    public init() {
        for sig in Self.watched {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { @Sendable [weak self] in self?.record(sig) }
            source.resume()
            sources.append(source)
        }
    }

    private func record(_ sig: Int32) {
        lock.lock()
        if received == nil { received = sig }
        lock.unlock()
    }

    /// The first termination signal received, if any.
    public var terminationSignal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    public static func name(of sig: Int32) -> String {
        switch sig {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        default: return "signal \(sig)"
        }
    }
}
