/* XML-safe text: see xmltext.h. */
#include "base/xmltext.h"
#include "base/utf8.h"

#include <stdlib.h>
#include <string.h>

/* Length of the character at s (n bytes left) if XML allows it, else 0. */
static size_t valid_char(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return (c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n' || c == '\r';
  uint32_t cp = 0;
  size_t len = utf8_decode(s, n, &cp);
  return cp == 0xFFFE || cp == 0xFFFF ? 0 : len;
}

char *xml_clean_text(const char *s, int one_line) {
  size_t len = strlen(s);
  char *out = malloc(len * 3 + 1);
  if (!out) return NULL;
  const unsigned char *p = (const unsigned char *)s;
  size_t k = 0;
  while (*p) {
    size_t n = valid_char(p, len - (size_t)((const char *)p - s));
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
