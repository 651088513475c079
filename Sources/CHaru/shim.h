#ifndef GIGDESK_CHARU_SHIM_H
#define GIGDESK_CHARU_SHIM_H
#include <hpdf.h>
#include <hpdf_font.h>

/*
 * The glyph-usage table of an embedded TrueType font: one byte per glyph,
 * 1 when the glyph goes into the embedded subset. NULL (and *count 0) for
 * other fonts.
 *
 * libharu 2.3.0 marks the components of a composite glyph with a signed 16-bit
 * glyph index, so components above glyph 32767 (common in CJK fonts such as
 * Droid Sans Fallback) are left out and ideographs print incomplete or blank;
 * it also does not follow nested composites. Swift completes the table from the
 * font file before the document is saved. The layout comes from the installed
 * headers of the same library.
 */
static inline HPDF_BYTE *gigdesk_haru_glyph_flags(HPDF_Font font, HPDF_UINT *count) {
    *count = 0;
    if (font == NULL || font->attr == NULL) return NULL;
    HPDF_FontDef def = ((HPDF_FontAttr)font->attr)->fontdef;
    if (def == NULL || def->type != HPDF_FONTDEF_TYPE_TRUETYPE || def->attr == NULL) return NULL;
    HPDF_TTFontDefAttr tt = (HPDF_TTFontDefAttr)def->attr;
    if (!tt->embedding || tt->glyph_tbl.flgs == NULL) return NULL;
    *count = tt->num_glyphs;
    return tt->glyph_tbl.flgs;
}

#endif
