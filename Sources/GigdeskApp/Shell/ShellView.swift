import Foundation
import TermUI

/// Draws the whole screen from the shell state: tab bar, the active pane,
/// the message line, the status bar, and whatever overlay is open.
public struct ShellView: Sendable {
    public var glyphs: Glyphs
    /// The palette's commands, listed as completions.
    public var commands: [PaletteCommand]
    /// Below this the screen shows only a "terminal too small" notice.
    public static let minimumSize = Size(width: 60, height: 16)

    public init(glyphs: Glyphs, commands: [PaletteCommand]) {
        self.glyphs = glyphs
        self.commands = commands
    }

    public func render(state: ShellState, size: Size, keymap: Keymap) -> CellBuffer {
        var buffer = CellBuffer(size: size, glyphs: glyphs)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            renderTooSmall(size, into: &buffer)
            return buffer
        }
        let rows = Layout.vertical([.length(1), .fill(1), .length(1), .length(1)]).split(buffer.area)
        tabs(state).render(rows[0], into: &buffer)
        let block = Block(title: state.activePane.title, isFocused: state.overlay == nil)
        block.render(rows[1], into: &buffer)
        let paneArea = block.inner(rows[1])
        PaneCatalog.view(for: state.activePane).render(paneArea, into: &buffer, state: state)
        MessageLine(state: state, keymap: keymap).render(rows[2], into: &buffer)
        statusBar(state).render(rows[3], into: &buffer)
        OverlayView(state: state, keymap: keymap, commands: commands).render(paneArea, into: &buffer)
        return buffer
    }

    private func tabs(_ state: ShellState) -> Tabs {
        Tabs(PaneID.allCases.map(\.title), selected: state.activePane.rawValue, showsNumbers: true)
    }

    /// The pane whose tab is at a screen cell, for mouse clicks.
    public func pane(atX x: Int, y: Int, size: Size) -> PaneID? {
        guard y == 0, size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else { return nil }
        let tabs = Tabs(PaneID.allCases.map(\.title), selected: 0, showsNumbers: true)
        return tabs.tabIndex(atX: x, in: Rect(x: 0, y: 0, width: size.width, height: 1)).flatMap(PaneID.init(rawValue:))
    }

    private func statusBar(_ state: ShellState) -> StatusBar {
        let status = state.status
        let left = [StatusSegment(" " + status.storePath + " ")]
        let alerts = status.firingAlerts
        var right = [
            StatusSegment(status.actor + "  "),
            StatusSegment(status.syncState + "  "),
            StatusSegment(alerts == 0 ? "no alerts" : " \(alerts) firing ", role: alerts == 0 ? .statusBar : .statusError),
            StatusSegment("  " + Self.clock(state.now) + " "),
        ]
        if let timer = status.timer {
            right.insert(StatusSegment(" \(glyphs.bullet) \(timer.client.truncated(toWidth: 16)) \(timer.elapsed(at: state.now)) ", role: .statusOK), at: 0)
        }
        if let reason = status.readOnlyReason { right.insert(StatusSegment(" READ-ONLY (\(reason)) ", role: .statusWarn), at: 0) }
        return StatusBar(left: left, right: right)
    }

    static func clock(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    private func renderTooSmall(_ size: Size, into buffer: inout CellBuffer) {
        let times = glyphs.isUnicode ? "×" : "x"
        let need = Self.minimumSize
        let text = "terminal too small: need \(need.width)\(times)\(need.height), have \(size.width)\(times)\(size.height)"
        let lines = WordWrap.wrap(text, width: max(1, size.width - 2))
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            buffer.put(line, x: max(0, (size.width - line.displayWidth) / 2), y: top + i, role: .statusWarn)
        }
    }
}
