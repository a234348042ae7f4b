/* Regular expressions for `=~` and `!~`: PCRE2 with bounded time and
 * memory. A pattern is compiled once (literal ones by the checker, others
 * when their text changes); back-references are refused, since no limit
 * makes them cheap; every match runs under a match, depth and heap limit,
 * with PCRE2's JIT where the platform has it (from the first match). */
#ifndef PG_QUERY_REGEX_H
#define PG_QUERY_REGEX_H

#include <stddef.h>

/* One compiled pattern (opaque; owns its PCRE2 code). */
typedef struct qregex qregex;

/* Backtracking steps one match may take (PCRE2's match limit). */
#define QREGEX_MATCH_LIMIT 1000000u

/* Compiles pattern[0, len). On success *out is set and 0 returned; on an
 * error *out is NULL, why[cap] says what is wrong (PCRE2's message or
 * "back-references (\1, \k<name>) are not supported") and *offset is the
 * byte of the pattern it is about; -1, or -2 when out of memory. */
int qregex_compile(qregex **out, const char *pattern, size_t len, char *why, size_t cap,
                   size_t *offset);

/* Where matches keep their result: one per thread, reused by each match
 * it runs, so that a match allocates nothing (opaque; NULL when out of
 * memory). */
typedef struct qregex_scratch qregex_scratch;
qregex_scratch *qregex_scratch_new(void);
/* Frees s; NULL is a no-op. */
void qregex_scratch_free(qregex_scratch *s);

/* Whether text[0, len) holds a match: 1 or 0; -1 when the match limits
 * were passed (why says which), -2 when out of memory. The first match
 * JIT-compiles re (safe while other threads match it too). */
int qregex_match(qregex *re, qregex_scratch *s, const char *text, size_t len, char *why,
                 size_t cap);

/* Frees re; NULL is a no-op. */
void qregex_free(qregex *re);

#endif
