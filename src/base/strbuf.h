/* A fixed-capacity string builder for look-up keys on hot paths, where
 * snprintf's format parsing costs more than the look-up itself. Output is
 * truncated (never overrun) at the capacity; `full` says so. */
#ifndef PG_STRBUF_H
#define PG_STRBUF_H

#include <string.h>

typedef struct strbuf {
  char *buf;    /* caller's storage */
  size_t cap;   /* its size, including the NUL */
  size_t len;   /* bytes written */
  int full;     /* something did not fit */
} strbuf;

static inline void sb_init(strbuf *b, char *buf, size_t cap) {
  b->buf = buf;
  b->cap = cap;
  b->len = 0;
  b->full = 0;
  buf[0] = '\0';
}

static inline void sb_addn(strbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    n = b->cap - b->len - 1;
    b->full = 1;
  }
  memcpy(b->buf + b->len, s, n);
  b->len += n;
  b->buf[b->len] = '\0';
}

static inline void sb_add(strbuf *b, const char *s) { sb_addn(b, s, strlen(s)); }

/* Appends "." unless the buffer is empty (joining address parts). */
static inline void sb_dot(strbuf *b) {
  if (b->len) sb_addn(b, ".", 1);
}

#endif
