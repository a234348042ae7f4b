/* Visible text into a string builder: the escaping of pg_text_visible
 * (plangraph/guard.h) for callers that compose a line before writing it
 * (the text report), without a stream per line. */
#ifndef PG_VISIBLE_H
#define PG_VISIBLE_H

#include "base/strbuf.h"

/* Appends s[0..n) to b with control characters escaped as
 * pg_text_visible does; 0, or -1 when b is full (b->full says so). */
int sb_add_visible(strbuf *b, const char *s, size_t n, int keep_lines);

#endif
