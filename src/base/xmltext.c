/* XML-safe text: see xmltext.h. */
#include "base/xmltext.h"

#include <stdlib.h>
#include <string.h>

/* Length of a valid UTF-8 sequence at s that XML allows, else 0. */
static size_t valid_char(const unsigned char *s) {
  unsigned c = s[0];
  if (c < 0x80) return (c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n' || c == '\r';
  size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (!n) return 0;
  unsigned cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF) return 0;
  return n;
}

char *xml_clean_text(const char *s, int one_line) {
  size_t len = strlen(s);
  char *out = malloc(len * 3 + 1);
  if (!out) return NULL;
  const unsigned char *p = (const unsigned char *)s;
  size_t k = 0;
  while (*p) {
    size_t n = valid_char(p);
    if (!n) {
      memcpy(out + k, "\xEF\xBF\xBD", 3);
      k += 3;
      p++;
    } else if (one_line && (*p == '\n' || *p == '\t' || *p == '\r')) {
      out[k++] = ' ';
      p++;
    } else {
      memcpy(out + k, p, n);
      k += n;
      p += n;
    }
  }
  out[k] = '\0';
  return out;
}
