/* Visible text: the one escaping of control characters for everything
 * that prints plan values, query text or file names to a person (text
 * reports, query tables and CSV, stats, explain, diagnostics). See
 * pg_text_visible in plangraph/guard.h. */
#include "plangraph/guard.h"
#include "base/visible.h"
#include "base/utf8.h"

#include <stdio.h>

/* The escape for the character at p (n bytes left) in esc, and its length
 * in bytes in *len; 0 when it is shown as it is. */
static int escape_of(const unsigned char *p, size_t n, int keep_lines, char esc[8],
                     size_t *len) {
  unsigned c = p[0];
  *len = 1;
  if (c == '\n' || c == '\t') {
    if (keep_lines) return 0;
    snprintf(esc, 8, "%s", c == '\n' ? "\\n" : "\\t");
    return 1;
  }
  if (c == '\r') {
    snprintf(esc, 8, "\\r");
    return 1;
  }
  if (c < 0x20 || c == 0x7f) {
    snprintf(esc, 8, "\\x%02x", c);
    return 1;
  }
  if (c == 0xC2 && n > 1 && p[1] >= 0x80 && p[1] <= 0x9F) {
    *len = 2;
    snprintf(esc, 8, "\\u%04x", p[1]);
    return 1;
  }
  return 0;
}

int sb_add_visible(strbuf *b, const char *s, size_t n, int keep_lines) {
  const unsigned char *p = (const unsigned char *)s;
  size_t plain = 0, i = 0;
  while (i < n) {
    char esc[8];
    size_t len;
    if (!escape_of(p + i, n - i, keep_lines, esc, &len)) {
      i++;
      continue;
    }
    sb_addn(b, s + plain, i - plain);
    sb_add(b, esc);
    i += len;
    plain = i;
  }
  sb_addn(b, s + plain, n - plain);
  return b->full ? -1 : 0;
}

char *pg_text_visible(const char *s, size_t n, int keep_lines) {
  strbuf b = SB_GROWING;
  if (sb_add_visible(&b, s, n, keep_lines) < 0) {
    sb_release(&b);
    return NULL;
  }
  if (!b.buf) return calloc(1, 1);
  return b.buf;
}

int pg_text_write_visible(FILE *f, const char *s, size_t n, int keep_lines) {
  const unsigned char *p = (const unsigned char *)s;
  size_t plain = 0, i = 0;
  int rc = 0;
  while (i < n) {
    char esc[8];
    size_t len;
    if (!escape_of(p + i, n - i, keep_lines, esc, &len)) {
      i++;
      continue;
    }
    if (fwrite(s + plain, 1, i - plain, f) != i - plain || fputs(esc, f) == EOF) rc = -1;
    i += len;
    plain = i;
  }
  if (fwrite(s + plain, 1, n - plain, f) != n - plain) rc = -1;
  return rc;
}

size_t pg_text_invalid_utf8(const char *buf, size_t len) {
  return utf8_invalid_bytes((const unsigned char *)buf, len);
}

size_t pg_text_repair_utf8(char **buf, size_t *len) {
  const unsigned char *p = (const unsigned char *)*buf;
  size_t n = *len, bad = utf8_invalid_bytes(p, n);
  if (!bad) return 0;
  char *out = malloc(n + 2 * bad + 1);
  if (!out) return (size_t)-1;
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    size_t k = p[i] < 0x80 ? 1 : utf8_decode(p + i, n - i, NULL);
    if (k) {
      memcpy(out + o, p + i, k);
      o += k;
      i += k;
    } else {
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
    }
  }
  out[o] = '\0';
  free(*buf);
  *buf = out;
  *len = o;
  return bad;
}
