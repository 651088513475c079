/// The editing model behind `TextInput` and `TextArea`: text as graphemes and a
/// cursor between them, with readline-style editing.
///
/// Single-line text never holds a newline: typed or pasted newlines become
/// spaces. Multi-line text keeps them (`\r\n` and `\r` become `\n`). Tabs become
/// spaces and other control characters are dropped. In multi-line text, line
/// operations (home/end, kill to start/end) act on the cursor's line.
public struct TextInputState: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor, as an index into `characters` (0…count).
    public private(set) var cursor: Int
    public let isMultiline: Bool
    /// The display column up/down aim for, kept across lines of different length.
    private var goalColumn: Int?

    public init(text: String = "", isMultiline: Bool = false) {
        self.isMultiline = isMultiline
        self.characters = []
        self.cursor = 0
        insert(paste: text)
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Replaces the whole text; the cursor goes to the end.
    public mutating func setText(_ text: String) {
        characters = []
        cursor = 0
        insert(paste: text)
    }

    /// Puts the cursor at `index`, clamped to the text.
    public mutating func moveCursor(to index: Int) {
        cursor = Swift.max(0, Swift.min(index, characters.count))
        goalColumn = nil
    }

    // MARK: Inserting

    public mutating func insert(_ character: Character) {
        guard let ch = normalized(character) else { return }
        characters.insert(ch, at: cursor)
        cursor += 1
        goalColumn = nil
    }

    /// Inserts pasted text at the cursor (newlines become spaces in single-line input).
    public mutating func insert(paste text: String) {
        let chars = text.compactMap(normalized)
        characters.insert(contentsOf: chars, at: cursor)
        cursor += chars.count
        goalColumn = nil
    }

    /// Starts a new line at the cursor (multi-line only).
    public mutating func newline() {
        if isMultiline { insert("\n") }
    }

    private func normalized(_ ch: Character) -> Character? {
        if ch.isNewline { return isMultiline ? "\n" : " " }
        if ch == "\t" { return " " }
        if ControlSanitizer.replacement(for: ch) != nil { return nil }
        return ch
    }

    // MARK: Deleting

    public mutating func backspace() {
        guard cursor > 0 else { return }
        remove(cursor - 1..<cursor)
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        remove(cursor..<cursor + 1)
    }

    /// Deletes from the start of the line to the cursor (ctrl+u).
    public mutating func killToLineStart() { remove(lineStart(cursor)..<cursor) }

    /// Deletes from the cursor to the end of the line (ctrl+k); at the end of a
    /// line of multi-line text, joins the next line.
    public mutating func killToLineEnd() {
        let end = lineEnd(cursor)
        remove(cursor..<(end == cursor && end < characters.count ? end + 1 : end))
    }

    /// Deletes the whitespace-delimited word before the cursor (ctrl+w).
    public mutating func deleteWordBackward() {
        var i = cursor
        while i > 0, characters[i - 1].isWhitespace { i -= 1 }
        while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
        remove(i..<cursor)
    }

    private mutating func remove(_ range: Range<Int>) {
        characters.removeSubrange(range)
        cursor = range.lowerBound
        goalColumn = nil
    }

    // MARK: Moving

    public mutating func moveLeft() { moveCursor(to: cursor - 1) }
    public mutating func moveRight() { moveCursor(to: cursor + 1) }

    /// To the start of the word before the cursor (alt+b).
    public mutating func moveWordLeft() {
        var i = cursor
        while i > 0, !isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0, isWordCharacter(characters[i - 1]) { i -= 1 }
        moveCursor(to: i)
    }

    /// To the end of the word after the cursor (alt+f).
    public mutating func moveWordRight() {
        var i = cursor
        while i < characters.count, !isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count, isWordCharacter(characters[i]) { i += 1 }
        moveCursor(to: i)
    }

    public mutating func moveToLineStart() { moveCursor(to: lineStart(cursor)) }
    public mutating func moveToLineEnd() { moveCursor(to: lineEnd(cursor)) }

    /// To the same display column on the previous line; false on the first line.
    @discardableResult
    public mutating func moveUp() -> Bool {
        let start = lineStart(cursor)
        guard start > 0 else { return false }
        moveVertically(toLineStarting: lineStart(start - 1))
        return true
    }

    /// To the same display column on the next line; false on the last line.
    @discardableResult
    public mutating func moveDown() -> Bool {
        let end = lineEnd(cursor)
        guard end < characters.count else { return false }
        moveVertically(toLineStarting: end + 1)
        return true
    }

    private mutating func moveVertically(toLineStarting start: Int) {
        let goal = goalColumn ?? displayColumn(of: cursor)
        var i = start
        var column = 0
        let end = lineEnd(start)
        while i < end {
            let w = DisplayWidth.of(characters[i])
            if column + w > goal { break }
            column += w
            i += 1
        }
        cursor = i
        goalColumn = goal
    }

    // MARK: Lines

    /// The index where the line holding `index` starts.
    func lineStart(_ index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1] != "\n" { i -= 1 }
        return i
    }

    /// The index of the newline ending the line holding `index` (or the text's end).
    func lineEnd(_ index: Int) -> Int {
        var i = index
        while i < characters.count, characters[i] != "\n" { i += 1 }
        return i
    }

    /// Columns between the start of the line and `index`.
    func displayColumn(of index: Int) -> Int {
        characters[lineStart(index)..<index].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    private func isWordCharacter(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ch == "_" }

    // MARK: Keys

    /// Applies a standard editing key; false for keys this model does not use
    /// (tab, escape, enter and up/down in single-line input, unbound chords).
    public mutating func handle(_ key: Key) -> Bool {
        let mods = key.modifiers
        switch key.code {
        case .character(let c) where mods.isEmpty || mods == .shift:
            insert(c)
        case .character(let c) where mods == .ctrl:
            switch c {
            case "a": moveToLineStart()
            case "e": moveToLineEnd()
            case "b": moveLeft()
            case "f": moveRight()
            case "d": deleteForward()
            case "h": backspace()
            case "u": killToLineStart()
            case "k": killToLineEnd()
            case "w": deleteWordBackward()
            default: return false
            }
        case .character(let c) where mods == .alt:
            switch c {
            case "b": moveWordLeft()
            case "f": moveWordRight()
            default: return false
            }
        case .backspace:
            if mods.contains(.alt) || mods.contains(.ctrl) { deleteWordBackward() } else { backspace() }
        case .delete: deleteForward()
        case .left:
            if mods.contains(.alt) || mods.contains(.ctrl) { moveWordLeft() } else { moveLeft() }
        case .right:
            if mods.contains(.alt) || mods.contains(.ctrl) { moveWordRight() } else { moveRight() }
        case .home: moveToLineStart()
        case .end: moveToLineEnd()
        case .up: return isMultiline && moveUp()
        case .down: return isMultiline && moveDown()
        case .enter where isMultiline && mods.isEmpty: newline()
        default: return false
        }
        return true
    }

    /// Inserts bracketed-paste text (never interpreted as keys).
    public mutating func handle(paste text: String) { insert(paste: text) }
}
