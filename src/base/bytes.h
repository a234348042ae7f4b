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

/* The index of the byte string s[0..n) in names, count NUL-terminated
 * strings in strcmp order, or -1: a search by halves, each step decided by
 * the first byte where it can (keywords, built-in names). */
static inline long bytes_find_sorted(const char *const *names, size_t count, const char *s,
                                     size_t n) {
  size_t lo = 0, hi = count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *name = names[mid];
    int c;
    if (n == 0 || name[0] != s[0]) {
      c = (unsigned char)name[0] - (n ? (unsigned char)s[0] : 0);
    } else {
      size_t m = strlen(name);
      c = memcmp(name, s, m < n ? m : n);
      if (c == 0) c = m < n ? -1 : m > n;
    }
    if (c == 0) return (long)mid;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

#endif
