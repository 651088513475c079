import CHaru

/// Completes the glyph subset libharu embeds for a TrueType font.
///
/// libharu 2.3.0 includes the components of a composite glyph only when their
/// index fits a signed 16-bit integer and only one level deep, so many CJK
/// ideographs (Droid Sans Fallback has 49,382 glyphs) print incomplete or blank.
/// Before saving, every component of every used glyph is marked used as well.
enum CompositeGlyphs {
    /// Marks, in `font`'s usage table, the components (and their components) of
    /// every glyph already marked; `file` is the font's file.
    static func complete(_ font: HPDF_Font, file: TrueTypeFont) {
        var count: HPDF_UINT = 0
        guard let flags = gigdesk_haru_glyph_flags(font, &count) else { return }
        let glyphCount = Int(count)
        var pending = (0..<glyphCount).filter { flags[$0] != 0 }
        while let glyph = pending.popLast() {
            for component in file.components(ofGlyph: glyph) where component < glyphCount && flags[component] == 0 {
                flags[component] = 1
                pending.append(component)
            }
        }
    }
}
