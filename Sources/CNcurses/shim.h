/*
 * CNcurses shim: the parts of ncursesw that Swift 6 cannot use directly.
 *
 * - SwiftPM drops pkg-config's -D flags, so the wide-character API has to be switched on here, before the
 *   first system header.
 * - Macros (A_*, getmaxyx, KEY_F(n)) and mutable globals (stdscr, LINES, COLS, COLORS, COLOR_PAIRS) do not
 *   import, or are rejected as shared mutable state in Swift 6 mode; static inline wrappers fix both.
 * - Signal handlers must be C: they only record the signal number in a sig_atomic_t.
 *
 * Everything is static inline because a system-library target compiles no C files. A consequence:
 * each Swift object file that calls these gets its own copy of file-level statics, so every call that
 * touches the pending-signal slot lives in one Swift file (SignalTrap.swift).
 */
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* ---- globals ---------------------------------------------------------------------------------------- */

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/* getmaxyx is a macro that assigns to its arguments. */
static inline int cn_max_y(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int cn_max_x(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

/* ---- attributes ------------------------------------------------------------------------------------- */

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline attr_t cn_a_blink(void) { return A_BLINK; }

/* Whether the terminal switches to an alternate screen (smcup/rmcup), so leaving restores the shell's text. */
static inline int cn_has_alternate_screen(void) {
    const char *rmcup = tigetstr("rmcup");
    return rmcup != NULL && rmcup != (const char *)-1 && rmcup[0] != 0;
}

/* Whether the terminal can move the cursor (cup). Without it (TERM=dumb) curses cannot draw a screen. */
static inline int cn_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1 && cup[0] != 0;
}

/* ---- keys ------------------------------------------------------------------------------------------- */

static inline int cn_key_f(int n) { return KEY_F(n); }

/* 1 when the terminal's input has gone away (the pty closed: tmux killed, SSH dropped without SIGHUP),
   so the loop can stop instead of spinning on reads that fail at once. /dev/null is not a hang-up. */
static inline int cn_input_hung_up(int fd) {
    struct pollfd p = { .fd = fd, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/* ---- wide characters -------------------------------------------------------------------------------- */

/* Sets one cell at (y, x) from up to CCHARW_MAX code points (a base character plus combining marks). */
static inline int cn_put_cell(WINDOW *w, int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    memset(&cell, 0, sizeof cell);
    if (setcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}

/* Columns the C library thinks a code point takes (-1 for non-printable), for cross-checking our table. */
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

/* ---- locale ----------------------------------------------------------------------------------------- */

/* Whether LC_CTYPE's codeset is UTF-8 (call after setlocale). */
static inline int cn_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* ---- signals ---------------------------------------------------------------------------------------- */

static volatile sig_atomic_t cn_pending_signal_number = 0;

static void cn_record_signal(int signo) { cn_pending_signal_number = signo; }

/* Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the signal. No SA_RESTART, so a
 * blocking read returns early and the run loop notices at once. SIGWINCH stays with ncurses (KEY_RESIZE). */
static inline int cn_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cn_record_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    if (sigaction(SIGTERM, &action, NULL) != 0) return -1;
    if (sigaction(SIGHUP, &action, NULL) != 0) return -1;
    return 0;
}

/* Puts the default dispositions back (after the terminal is restored). */
static inline void cn_restore_signal_handlers(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}

/* Returns the last recorded signal number and clears it; 0 when none arrived. */
static inline int cn_take_pending_signal(void) {
    int signo = cn_pending_signal_number;
    cn_pending_signal_number = 0;
    return signo;
}

/* Records a signal as if it had arrived (tests). */
static inline void cn_simulate_signal(int signo) { cn_pending_signal_number = signo; }

#endif /* CNCURSES_SHIM_H */
