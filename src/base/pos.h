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
/* The byte range [*start, *end) of the line holding byte `off` (without
 * its newline). */
void pos_line_span(const char *text, size_t len, size_t off, size_t *start,
                   size_t *end);
/* Whether byte b begins a character (is not a UTF-8 continuation byte). */
static inline int pos_starts_char(unsigned char b) { return (b & 0xC0) != 0x80; }

#endif
