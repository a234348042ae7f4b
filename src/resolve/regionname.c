/* Region names in strings (regionname.h). */
#include "resolve/regionname.h"

static int lower(char c) { return c >= 'a' && c <= 'z'; }
static int digit(char c) { return c >= '0' && c <= '9'; }

size_t region_name_prefix(const char *s, size_t n) {
  if (n < 2 || !lower(s[0]) || !lower(s[1])) return 0;
  size_t i = 2;
  int words = 0;
  while (i < n && s[i] == '-') {
    size_t j = i + 1;
    if (j < n && digit(s[j])) {
      if (!words) return 0;
      while (j < n && digit(s[j])) j++;
      return j;
    }
    while (j < n && lower(s[j])) j++;
    if (j == i + 1) return 0;
    words++;
    i = j;
  }
  return 0;
}

int region_name_is(const char *s, size_t n) { return n && region_name_prefix(s, n) == n; }
