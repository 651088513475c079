import Foundation

/// Builds the OSC 52 sequence that asks a terminal (or tmux with `set-clipboard on`)
/// to put text on the system clipboard; it works over SSH.
public enum OSC52 {
    public static func sequence(copying text: String) -> String {
        let payload = Data(text.utf8).base64EncodedString()
        return "\u{1B}]52;c;\(payload)\u{07}"
    }
}
