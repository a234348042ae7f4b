/* UTF-8 (see utf8.h). The table follows RFC 3629's well-formed byte
 * sequences: a lead byte fixes the length and the range of the second byte,
 * which is what excludes overlong forms, surrogates and code points above
 * U+10FFFF; every later byte is a plain continuation byte. */
#include "base/utf8.h"

#include <string.h>

typedef struct lead {
  unsigned char first, last;  /* lead bytes this row covers */
  unsigned char len;          /* sequence length */
  unsigned char lo, hi;       /* allowed range of the second byte */
} lead;

static const lead LEADS[] = {
    {0xc2, 0xdf, 2, 0x80, 0xbf},
    {0xe0, 0xe0, 3, 0xa0, 0xbf},  /* no overlong 3-byte forms */
    {0xe1, 0xec, 3, 0x80, 0xbf},
    {0xed, 0xed, 3, 0x80, 0x9f},  /* no surrogates */
    {0xee, 0xef, 3, 0x80, 0xbf},
    {0xf0, 0xf0, 4, 0x90, 0xbf},  /* no overlong 4-byte forms */
    {0xf1, 0xf3, 4, 0x80, 0xbf},
    {0xf4, 0xf4, 4, 0x80, 0x8f},  /* nothing above U+10FFFF */
};

size_t utf8_decode(const unsigned char *p, size_t avail, uint32_t *cp) {
  if (!avail) return 0;
  if (p[0] < 0x80) {
    if (cp) *cp = p[0];
    return 1;
  }
  const lead *l = NULL;
  for (size_t i = 0; i < sizeof LEADS / sizeof LEADS[0] && !l; i++)
    if (p[0] >= LEADS[i].first && p[0] <= LEADS[i].last) l = &LEADS[i];
  if (!l || avail < 2 || p[1] < l->lo || p[1] > l->hi) return 0;
  uint32_t v = p[0] & (l->len == 2 ? 0x1f : l->len == 3 ? 0x0f : 0x07);
  for (size_t i = 1; i < l->len; i++) {
    if (i >= avail || (p[i] & 0xc0) != 0x80) return 0;
    v = (v << 6) | (p[i] & 0x3f);
  }
  if (cp) *cp = v;
  return l->len;
}

size_t utf8_invalid_bytes(const unsigned char *p, size_t n) {
  size_t bad = 0;
  for (size_t i = 0; i < n;) {
    uint64_t w[4];  /* 32 ASCII bytes at a time, then 8: most of any report */
    if (n - i >= 32 && (memcpy(w, p + i, 32),
                        !((w[0] | w[1] | w[2] | w[3]) & UINT64_C(0x8080808080808080)))) {
      i += 32;
      continue;
    }
    uint64_t word;
    if (n - i >= 8 && (memcpy(&word, p + i, 8), !(word & UINT64_C(0x8080808080808080)))) {
      i += 8;
      continue;
    }
    size_t k = p[i] < 0x80 ? 1 : utf8_decode(p + i, n - i, NULL);
    if (!k) bad++;
    i += k ? k : 1;
  }
  return bad;
}
