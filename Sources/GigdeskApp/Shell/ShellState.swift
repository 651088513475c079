import Foundation
import TermUI

/// Everything the screen shows, as plain values: the one source of truth the reducer changes.
public struct ShellState: Sendable, Equatable {
    public var activePane: PaneID = .invoices
    public var overlay: Overlay?
    public var toast: ToastMessage?
    public var now: Date
    public var status: StatusInfo
    /// A description of an edit not yet saved; while set, quitting asks first.
    public var unsavedEdit: String?
    public var isRunning = true
    public var themeName: String
    public var keymapName: String
    /// The first-run welcome is offered until the user chose demo data or an empty start.
    public var welcomePending: Bool
    /// Bumped when another process changed the store, so panes reload what they show.
    public var storeGeneration = 0
    public var invoices = InvoicesPaneState()

    public init(now: Date, status: StatusInfo, themeName: String, keymapName: String, welcomePending: Bool) {
        self.now = now
        self.status = status
        self.themeName = themeName
        self.keymapName = keymapName
        self.welcomePending = welcomePending
        if welcomePending { overlay = .welcome }
    }
}

/// What sits on top of the active pane.
public enum Overlay: Sendable, Equatable {
    case help(HelpState)
    case palette(PaletteState)
    case confirmQuit
    case welcome
}

/// The facts the status bar shows.
public struct StatusInfo: Sendable, Equatable {
    /// The store's path as shown (home abbreviated to `~`).
    public var storePath: String
    /// The store's full path, for copying.
    public var storeFile: String
    public var actor: String
    public var syncState: String
    public var firingAlerts: Int
    public var readOnlyReason: String?
    public var timer: RunningTimer?

    public init(storePath: String, storeFile: String, actor: String, syncState: String, firingAlerts: Int, readOnlyReason: String?) {
        self.storePath = storePath
        self.storeFile = storeFile
        self.actor = actor
        self.syncState = syncState
        self.firingAlerts = firingAlerts
        self.readOnlyReason = readOnlyReason
    }
}

/// A time-tracking timer that is running, for the status bar.
public struct RunningTimer: Sendable, Equatable {
    public var client: String
    public var since: Date

    public init(client: String, since: Date) {
        self.client = client
        self.since = since
    }

    /// Elapsed time as h:mm.
    public func elapsed(at now: Date) -> String {
        let minutes = max(0, Int(now.timeIntervalSince(since)) / 60)
        return String(format: "%d:%02d", minutes / 60, minutes % 60)
    }
}

/// A short-lived message on the line above the status bar.
public struct ToastMessage: Sendable, Equatable {
    public var message: String
    public var level: Toast.Level
    public var expires: Date
}
