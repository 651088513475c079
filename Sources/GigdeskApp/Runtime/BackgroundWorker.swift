import Foundation

/// The one place where periodic and slow work runs, off the UI thread.
///
/// Jobs run serially on the worker's queue; whatever they produce comes back
/// to the UI as actions through the inbox. The data-version watch is the first
/// periodic job; sync, scrapes, alert evaluation and recurring invoices join it.
public final class BackgroundWorker: @unchecked Sendable {
    /// Work repeated at a fixed interval.
    public struct PeriodicJob: Sendable {
        public var name: String
        public var interval: TimeInterval
        /// Whether the first run is right away rather than one interval from now.
        public var runAtStart: Bool
        public var run: @Sendable () -> [ShellAction]

        public init(name: String, interval: TimeInterval, runAtStart: Bool = false, run: @escaping @Sendable () -> [ShellAction]) {
            self.name = name
            self.interval = interval
            self.runAtStart = runAtStart
            self.run = run
        }
    }

    private let queue = DispatchQueue(label: "gigdesk.worker", qos: .utility)
    private let inbox: ActionInbox
    private var timers: [DispatchSourceTimer] = []

    public init(inbox: ActionInbox) {
        self.inbox = inbox
    }

    /// Starts a periodic job; the first run is one interval from now unless the job runs at start.
    public func schedule(_ job: PeriodicJob) {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let inbox = inbox
        timer.schedule(deadline: .now() + (job.runAtStart ? 0 : job.interval), repeating: job.interval, leeway: .milliseconds(50))
        timer.setEventHandler { @Sendable in
            for action in job.run() { inbox.post(action) }
        }
        timer.resume()
        timers.append(timer)
    }

    /// Runs slow one-off work off the UI thread and posts its resulting actions.
    public func perform(_ work: @escaping @Sendable () -> [ShellAction]) {
        let inbox = inbox
        queue.async { @Sendable in
            for action in work() { inbox.post(action) }
        }
    }

    /// Stops the periodic jobs and waits for the job under way, if any.
    public func stop() {
        for timer in timers { timer.cancel() }
        timers.removeAll()
        queue.sync {}
    }
}
