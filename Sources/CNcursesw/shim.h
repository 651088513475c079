#ifndef GIGDESK_CNCURSESW_SHIM_H
#define GIGDESK_CNCURSESW_SHIM_H

// Wide-character curses: these must be defined before curses.h, and SwiftPM
// drops pkg-config's -D flags, so they live here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <curses.h>
#include <term.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>

// Macros and globals that Swift cannot import or rejects as shared mutable state.
static inline WINDOW *gigdesk_stdscr(void) { return stdscr; }
static inline int gigdesk_lines(void) { return LINES; }
static inline int gigdesk_cols(void) { return COLS; }
static inline int gigdesk_colors(void) { return COLORS; }
static inline int gigdesk_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t gigdesk_a_bold(void) { return A_BOLD; }
static inline attr_t gigdesk_a_dim(void) { return A_DIM; }
static inline attr_t gigdesk_a_italic(void) { return A_ITALIC; }
static inline attr_t gigdesk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gigdesk_a_reverse(void) { return A_REVERSE; }
static inline attr_t gigdesk_a_blink(void) { return A_BLINK; }

static inline mmask_t gigdesk_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int gigdesk_is_button1(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int gigdesk_is_button1_release(mmask_t m) { return (m & BUTTON1_RELEASED) != 0; }
static inline int gigdesk_is_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int gigdesk_is_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }

static inline int gigdesk_key_f(int n) { return KEY_F(n); }

/// Sets one wide cell: `text` is a NUL-terminated wchar string of one grapheme.
static inline int gigdesk_put_cell(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, (short)0, &pair) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cc);
}

/// 1 when the locale's character set is UTF-8.
static inline int gigdesk_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != 0 && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}
#endif
