/* The one string builder. Two kinds of storage, one set of calls:
 *  - caller's storage (sb_init): for look-up keys on hot paths, where
 *    snprintf's format parsing costs more than the look-up itself; output
 *    is truncated (never overrun) at the capacity and `full` says so;
 *  - growing (SB_GROWING): malloc'd, doubling through vec.h; the owner
 *    frees `buf` with sb_release (or takes it).
 * Either way `buf` is NUL-terminated once anything was added. */
#ifndef PG_STRBUF_H
#define PG_STRBUF_H

#include <stdlib.h>
#include <string.h>

#include "base/vec.h"

typedef struct strbuf {
  char *buf;    /* caller's storage, or malloc'd when growing (NULL: empty) */
  size_t cap;   /* its size, including the NUL */
  size_t len;   /* bytes written */
  int full;     /* something did not fit (or memory ran out) */
  int grows;    /* malloc'd and grown on demand */
} strbuf;

#define SB_GROWING ((strbuf){NULL, 0, 0, 0, 1})

static inline void sb_init(strbuf *b, char *buf, size_t cap) {
  *b = (strbuf){buf, cap, 0, 0, 0};
  buf[0] = '\0';
}

/* Appends n bytes: 0, or -1 when they did not all fit (caller's storage)
 * or memory ran out (growing; the text so far is kept). */
static inline int sb_addn(strbuf *b, const char *s, size_t n) {
  if (b->grows && b->len + n + 1 > b->cap &&
      vec_reserve(&b->buf, &b->cap, b->len + n + 1, 1, 128) < 0) {
    b->full = 1;
    return -1;
  }
  int rc = 0;
  if (b->len + n + 1 > b->cap) {
    n = b->cap - b->len - 1;
    b->full = 1;
    rc = -1;
  }
  memcpy(b->buf + b->len, s, n);
  b->len += n;
  b->buf[b->len] = '\0';
  return rc;
}

static inline int sb_add(strbuf *b, const char *s) { return sb_addn(b, s, strlen(s)); }

/* Appends "." unless the buffer is empty (joining address parts). */
static inline void sb_dot(strbuf *b) {
  if (b->len) sb_addn(b, ".", 1);
}

/* Frees a growing buffer's storage and empties it. */
static inline void sb_release(strbuf *b) {
  if (b->grows) free(b->buf);
  *b = SB_GROWING;
}

#endif
