/* Source positions: the one place a byte offset becomes a line and a
 * column. Columns count characters (UTF-8 sequences), as editors do, for
 * plans and query files alike; continuation bytes never start a column. */
#ifndef PG_POS_H
#define PG_POS_H

#include <stddef.h>

/* 1-based line and column of byte `off` in text[0, len). An offset past the
 * end counts to the end. */
void pos_line_col(const char *text, size_t len, size_t off, unsigned *line,
                  unsigned *col);
/* Where the last lookup ended, so that a run of lookups at growing
 * offsets (a parser's errors) scans the text once instead of once per
 * lookup. Zero it before the first use; it owns nothing. */
typedef struct pos_cursor {
  const char *text;    /* the text it walked (not owned), or NULL */
  size_t off;          /* bytes walked */
  unsigned line;       /* 1-based line of byte off */
  size_t line_start;   /* byte offset of that line's first byte */
} pos_cursor;

/* pos_line_col that goes on from cur when off is at or after its last
 * offset in the same text (and starts over otherwise). */
void pos_cursor_line_col(pos_cursor *cur, const char *text, size_t len, size_t off,
                         unsigned *line, unsigned *col);
/* The byte range [*start, *end) of the line holding byte `off` (without
 * its newline). */
void pos_line_span(const char *text, size_t len, size_t off, size_t *start,
                   size_t *end);
/* Whether byte b begins a character (is not a UTF-8 continuation byte). */
static inline int pos_starts_char(unsigned char b) { return (b & 0xC0) != 0x80; }

#endif
