/* Byte strings that may hold NUL (plan values are decoded with NUL allowed),
 * so the C string functions do not apply. */
#ifndef PG_BYTES_H
#define PG_BYTES_H

#include <string.h>

/* Whether needle[0..len) occurs in hay[0..n); an empty needle always does. */
static inline int bytes_contain(const char *hay, size_t n, const char *needle, size_t len) {
  if (len == 0) return 1;
  const char *end = hay + n;
  for (const char *p = hay; (size_t)(end - p) >= len; p++) {
    p = memchr(p, needle[0], (size_t)(end - p) - len + 1);
    if (!p) return 0;
    if (memcmp(p, needle, len) == 0) return 1;
  }
  return 0;
}

#endif
