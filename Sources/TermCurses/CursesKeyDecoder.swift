import CNcursesw
import TermUI

/// Reads one input event from curses and turns it into an `InputEvent`:
/// keys with modifiers, bracketed paste, mouse, resize.
final class CursesKeyDecoder {
    /// Key codes we ask curses to report for the bracketed-paste start and end markers.
    private let pasteStart: Int32 = KEY_MAX + 1
    private let pasteEnd: Int32 = KEY_MAX + 2

    func definePasteKeys() {
        define_key("\u{1B}[200~", pasteStart)
        define_key("\u{1B}[201~", pasteEnd)
    }

    /// One event, or nil when the timeout set on stdscr passed.
    func next() -> InputEvent? {
        guard let (code, isKeyCode) = read() else { return nil }
        if isKeyCode { return keyCodeEvent(code) }
        return characterEvent(code)
    }

    private func read() -> (Int32, Bool)? {
        var wch: wint_t = 0
        let result = wget_wch(gigdesk_stdscr(), &wch)
        if result == ERR { return nil }
        return (Int32(bitPattern: wch), result == KEY_CODE_YES)
    }

    private func keyCodeEvent(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resize(Size(width: 0, height: 0))
        case KEY_MOUSE: return mouseEvent()
        case pasteStart: return .paste(readPaste())
        case pasteEnd: return nil
        case KEY_UP: return .key(Key(.up))
        case KEY_DOWN: return .key(Key(.down))
        case KEY_LEFT: return .key(Key(.left))
        case KEY_RIGHT: return .key(Key(.right))
        case KEY_SR: return .key(Key(.up, modifiers: .shift))
        case KEY_SF: return .key(Key(.down, modifiers: .shift))
        case KEY_SLEFT: return .key(Key(.left, modifiers: .shift))
        case KEY_SRIGHT: return .key(Key(.right, modifiers: .shift))
        case KEY_HOME: return .key(Key(.home))
        case KEY_END: return .key(Key(.end))
        case KEY_PPAGE: return .key(Key(.pageUp))
        case KEY_NPAGE: return .key(Key(.pageDown))
        case KEY_DC: return .key(Key(.delete))
        case KEY_IC: return .key(Key(.insert))
        case KEY_BACKSPACE: return .key(Key(.backspace))
        case KEY_ENTER: return .key(Key(.enter))
        case KEY_BTAB: return .key(Key(.tab, modifiers: .shift))
        default:
            for n in 1...24 where code == gigdesk_key_f(Int32(n)) { return .key(Key(.function(n))) }
            return nil
        }
    }

    private func characterEvent(_ code: Int32) -> InputEvent? {
        if code == 0x1B {
            // Esc alone, or Alt+key sent as Esc followed by the key.
            wtimeout(gigdesk_stdscr(), 0)
            guard let (next, isKeyCode) = read() else { return .key(Key(.escape)) }
            if !isKeyCode, case .key(var key)? = characterEvent(next) {
                key.modifiers.insert(.alt)
                return .key(key)
            }
            return isKeyCode ? keyCodeEvent(next) : .key(Key(.escape))
        }
        return CursesKeyDecoder.key(forCharacter: code).map(InputEvent.key)
    }

    /// The key for a character code curses delivered as text.
    static func key(forCharacter code: Int32) -> Key? {
        switch code {
        case 0x0D, 0x0A: return Key(.enter)
        case 0x09: return Key(.tab)
        case 0x7F, 0x08: return Key(.backspace)
        case 0x00: return Key(.character(" "), modifiers: .ctrl)
        case 0x01...0x1A: return Key(.character(Character(Unicode.Scalar(UInt8(0x60 + code)))), modifiers: .ctrl)
        case 0x1C...0x1F: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)) else { return nil }
            return Key(.character(Character(scalar)))
        }
    }

    private func readPaste() -> String {
        var text = String.UnicodeScalarView()
        wtimeout(gigdesk_stdscr(), 200)
        while let (code, isKeyCode) = read() {
            if isKeyCode {
                if code == pasteEnd { break }
                if code == KEY_ENTER { text.append("\n") }
                continue
            }
            if code == 0x0D { text.append("\n") } else if let s = Unicode.Scalar(UInt32(bitPattern: code)) { text.append(s) }
        }
        return String(text)
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if gigdesk_is_wheel_up(event.bstate) != 0 { return .mouse(MouseEvent(kind: .scrollUp, x: x, y: y)) }
        if gigdesk_is_wheel_down(event.bstate) != 0 { return .mouse(MouseEvent(kind: .scrollDown, x: x, y: y)) }
        if gigdesk_is_button1(event.bstate) != 0 { return .mouse(MouseEvent(kind: .press, x: x, y: y)) }
        if gigdesk_is_button1_release(event.bstate) != 0 { return .mouse(MouseEvent(kind: .release, x: x, y: y)) }
        return nil
    }
}
