import Foundation
import TermUI

/// A `Terminal` without a screen: it plays a script of input events and keeps
/// the last frame it is given, with the time each event was read and each frame
/// presented. Used by the benchmark and by tests of the run loop.
public final class ScriptedTerminal: Terminal {
    public let size: Size
    public let capabilities = TerminalCapabilities(colorDepth: .palette256, unicode: true, mouse: false)
    private var script: [InputEvent]
    /// The last frame presented (only the last is kept, so long scripts stay small).
    public private(set) var lastFrame: CellBuffer?
    /// When each event was handed out, and when each frame arrived.
    public private(set) var eventTimes: [DispatchTime] = []
    public private(set) var frameTimes: [DispatchTime] = []
    public private(set) var copied: [String] = []

    public init(size: Size, script: [InputEvent]) {
        self.size = size
        self.script = script
    }

    public func present(_ frame: CellBuffer) {
        lastFrame = frame
        frameTimes.append(.now())
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !script.isEmpty else { return .key(.char("q")) }
        eventTimes.append(.now())
        return script.removeFirst()
    }

    public func copyToClipboard(_ text: String) { copied.append(text) }
    public func apply(theme: Theme) {}
    public func invalidate() {}
    public func shutdown() {}
}
