/* The output guard: the last line of defence against secrets. Whatever a
 * report or a command prints is checked against every string the loaded
 * plans mark sensitive before it is written; the caller refuses to write
 * an output that holds one. Secrets shorter than PG_GUARD_MIN_SECRET bytes
 * cannot be checked (they would match ordinary text) and are not. Each
 * secret is looked for as it is and as the JSON, XML and text writers
 * escape it. A secret found inside a node's address or its block's .tf
 * file, as printed (or a tail of that path after a '/'), is not one:
 * those come from the plan's structure and the file system, never from a
 * value, and a plain value the provider marks sensitive may name a
 * module's folder. */
#ifndef PLANGRAPH_GUARD_H
#define PLANGRAPH_GUARD_H

#include <stddef.h>
#include <stdio.h>

#include "plangraph/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

#define PG_GUARD_MIN_SECRET 6

typedef struct pg_guard pg_guard;

/* An empty guard in *out: PG_OK or PG_ERR_NOMEM. */
PG_API int pg_guard_new(pg_guard **out);
/* Adds copies of g's secrets (the guard outlives g): PG_OK or
 * PG_ERR_NOMEM. */
PG_API int pg_guard_add_graph(pg_guard *gd, const pg_graph *g);
/* 1 when buf[0..n) holds a secret, 0 when not, -1 out of memory (the
 * caller must then refuse too). */
PG_API int pg_guard_check(pg_guard *gd, const char *buf, size_t n);

/* Where pg_guard_find found a secret, for a message that names it without
 * showing it. */
typedef struct pg_guard_hit {
  size_t offset;       /* of the secret's first byte in the buffer */
  size_t line;         /* 1-based line of the buffer that holds it */
  const char *origin;  /* where a loaded plan marks it sensitive: "var.NAME",
                          or an address and attribute path
                          ("aws_db_instance.db.password"); owned by the guard */
} pg_guard_hit;

/* pg_guard_check, and on a find (1) fills *hit (unless NULL). */
PG_API int pg_guard_find(pg_guard *gd, const char *buf, size_t n, pg_guard_hit *hit);
/* NULL is a no-op. */
PG_API void pg_guard_free(pg_guard *gd);

/* Text shown to a person: CR, ESC, DEL and the other C0 and C1 controls
 * (and newline and tab unless keep_lines) become visible escapes (\r,
 * \x1b, \n, \t, \u0085), so a plan value cannot erase, overwrite or forge
 * a line. Returns a malloc'd string, or NULL out of memory. */
PG_API char *pg_text_visible(const char *s, size_t n, int keep_lines);
/* The same written to f; 0, or -1 on a write error. */
PG_API int pg_text_write_visible(FILE *f, const char *s, size_t n, int keep_lines);

/* Replaces each byte of *buf[0..*len) that is not part of well-formed
 * UTF-8 with U+FFFD (*buf may be reallocated and *len grow). Returns how
 * many bytes were replaced, or (size_t)-1 out of memory (buf unchanged). */
PG_API size_t pg_text_repair_utf8(char **buf, size_t *len);
/* How many bytes pg_text_repair_utf8 would replace in buf[0..len) (0:
 * well-formed UTF-8), without changing it. */
PG_API size_t pg_text_invalid_utf8(const char *buf, size_t len);

#ifdef __cplusplus
}
#endif
#endif
