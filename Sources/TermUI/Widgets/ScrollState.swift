/// Selection and scroll position in a vertical list of `itemCount` rows, with
/// pure navigation. Shared by `TableState` and `ListView` (`ListState`).
///
/// `selected` is always a valid index (0 when there are no items; see `selection`).
/// The navigation methods move the selection; call `ensureVisible(viewHeight:)`
/// afterwards with the view's height (widgets do it again on their own copy when
/// drawing, so a forgotten call never hides the selection).
public struct ScrollState: Equatable, Sendable {
    /// How many rows there are; changing it keeps the selection in range.
    public var itemCount: Int {
        didSet {
            itemCount = Swift.max(0, itemCount)
            selected = clamped(selected)
        }
    }
    /// The selected row (0 when there are none).
    public private(set) var selected: Int
    /// The first row shown.
    public var offset: Int {
        didSet { offset = Swift.max(0, offset) }
    }

    public init(itemCount: Int = 0, selected: Int = 0, offset: Int = 0) {
        self.itemCount = Swift.max(0, itemCount)
        self.selected = 0
        self.offset = Swift.max(0, offset)
        self.selected = clamped(selected)
    }

    /// The selected row, or nil when there are no rows.
    public var selection: Int? { itemCount > 0 ? selected : nil }

    public mutating func select(_ index: Int) { selected = clamped(index) }
    public mutating func moveDown(by n: Int = 1) { select(selected + n) }
    public mutating func moveUp(by n: Int = 1) { select(selected - n) }

    /// Moves selection and view one page down.
    public mutating func pageDown(viewHeight: Int) {
        let step = Swift.max(1, viewHeight)
        offset = Swift.min(offset + step, maxOffset(viewHeight: viewHeight))
        select(selected + step)
        ensureVisible(viewHeight: viewHeight)
    }

    /// Moves selection and view one page up.
    public mutating func pageUp(viewHeight: Int) {
        let step = Swift.max(1, viewHeight)
        offset = Swift.max(0, offset - step)
        select(selected - step)
        ensureVisible(viewHeight: viewHeight)
    }

    /// Selects the first row and scrolls to the top.
    public mutating func top() {
        select(0)
        offset = 0
    }

    /// Selects the last row.
    public mutating func bottom() { select(itemCount - 1) }

    /// Adjusts `offset` as little as possible so the selected row is among the
    /// `viewHeight` rows shown, without leaving empty rows below the last item.
    public mutating func ensureVisible(viewHeight: Int) {
        guard viewHeight > 0 else { return }
        if selected < offset { offset = selected }
        if selected >= offset + viewHeight { offset = selected - viewHeight + 1 }
        offset = Swift.min(offset, maxOffset(viewHeight: viewHeight))
    }

    /// The rows shown in a view of `viewHeight` rows.
    public func visibleRange(viewHeight: Int) -> Range<Int> {
        let start = Swift.min(offset, itemCount)
        return start..<Swift.min(itemCount, start + Swift.max(0, viewHeight))
    }

    /// The row shown on line `y` of the view (0 = first line shown), or nil below the last row.
    public func rowIndex(atY y: Int) -> Int? {
        let index = offset + y
        return y >= 0 && index < itemCount ? index : nil
    }

    func maxOffset(viewHeight: Int) -> Int { Swift.max(0, itemCount - Swift.max(0, viewHeight)) }

    private func clamped(_ index: Int) -> Int { Swift.max(0, Swift.min(index, itemCount - 1)) }
}

/// A state that embeds a `ScrollState` and offers its navigation directly.
public protocol ScrollableState {
    var scroll: ScrollState { get set }
}

extension ScrollableState {
    public var selected: Int { scroll.selected }
    public var selection: Int? { scroll.selection }
    public var offset: Int {
        get { scroll.offset }
        set { scroll.offset = newValue }
    }
    public var itemCount: Int {
        get { scroll.itemCount }
        set { scroll.itemCount = newValue }
    }
    public mutating func select(_ index: Int) { scroll.select(index) }
    public mutating func moveDown(by n: Int = 1) { scroll.moveDown(by: n) }
    public mutating func moveUp(by n: Int = 1) { scroll.moveUp(by: n) }
    public mutating func pageDown(viewHeight: Int) { scroll.pageDown(viewHeight: viewHeight) }
    public mutating func pageUp(viewHeight: Int) { scroll.pageUp(viewHeight: viewHeight) }
    public mutating func top() { scroll.top() }
    public mutating func bottom() { scroll.bottom() }
    public mutating func ensureVisible(viewHeight: Int) { scroll.ensureVisible(viewHeight: viewHeight) }
    public func rowIndex(atY y: Int) -> Int? { scroll.rowIndex(atY: y) }
}
