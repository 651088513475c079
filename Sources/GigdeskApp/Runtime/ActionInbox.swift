import Foundation

/// A thread-safe queue of actions from background work, drained by the run loop
/// on the UI thread between input events.
public final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [ShellAction] = []

    public init() {}

    public func post(_ action: ShellAction) {
        lock.lock()
        pending.append(action)
        lock.unlock()
    }

    public func drain() -> [ShellAction] {
        lock.lock()
        defer { lock.unlock() }
        let out = pending
        pending.removeAll()
        return out
    }
}
