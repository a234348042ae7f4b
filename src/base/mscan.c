/* Multi-pattern search: see mscan.h. The first MSCAN_MIN bytes of a
 * pattern fit in 48 bits, so they are the key itself, not a hash of it: a
 * rolling window over the buffer is looked up in a table of keys, and only
 * a window that starts a pattern is compared with memcmp. A bitmap of the
 * patterns' first two bytes comes first: most positions of a report start
 * no secret's first two bytes, and a bit test is cheaper than the table. */
#define _GNU_SOURCE /* memmem */
#include "base/mscan.h"
#include "base/vec.h"

#include <stdlib.h>
#include <string.h>

/* Keys are stored plus one, so that 0 marks an empty slot. */
#define SLOT(k) ((k) + 1)
/* The first two bytes at p, as an index into the pair bitmap. */
#define PAIR(p) ((unsigned)(unsigned char)(p)[0] << 8 | (unsigned char)(p)[1])
#define PAIR_WORDS (65536 / 64)
/* Up to this many patterns, mscan_find looks for each on its own. */
#define DIRECT_PATTERNS 4

void mscan_init(mscan *m) { memset(m, 0, sizeof *m); }

static uint64_t pack(const unsigned char *p) {
  uint64_t k = 0;
  for (size_t i = 0; i < MSCAN_MIN; i++) k = (k << 8) | p[i];
  return k;
}

static size_t slot_of(uint64_t key, size_t mask) {
  return (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> 17) & mask;
}

int mscan_add(mscan *m, const char *s, size_t n, size_t tag) {
  if (n < MSCAN_MIN) return 0;
  if (VEC_RESERVE(m->pats, m->cap, m->n + 1) < 0) return -1;
  char *copy = malloc(n);
  if (!copy) return -1;
  memcpy(copy, s, n);
  m->pats[m->n++] = (mscan_pat){copy, n, pack((const unsigned char *)s), tag};
  m->built = 0;
  return 0;
}

static int by_key(const void *a, const void *b) {
  uint64_t x = ((const mscan_pat *)a)->key, y = ((const mscan_pat *)b)->key;
  return (x > y) - (x < y);
}

int mscan_build(mscan *m) {
  free(m->keys);
  free(m->first);
  free(m->pairs);
  m->keys = NULL;
  m->first = NULL;
  m->pairs = NULL;
  m->mask = 0;
  m->built = 0;
  if (!m->n) {
    m->built = 1;
    return 0;
  }
  qsort(m->pats, m->n, sizeof *m->pats, by_key);
  size_t size = 16;
  while (size < 2 * m->n) size *= 2;
  m->keys = calloc(size, sizeof *m->keys);
  m->first = calloc(size, sizeof *m->first);
  m->pairs = calloc(PAIR_WORDS, sizeof *m->pairs);
  if (!m->keys || !m->first || !m->pairs) return -1;
  m->mask = size - 1;
  for (size_t i = 0; i < m->n; i++) {
    unsigned pair = PAIR(m->pats[i].text);
    m->pairs[pair / 64] |= UINT64_C(1) << (pair % 64);
    if (i && m->pats[i].key == m->pats[i - 1].key) continue;
    size_t s = slot_of(m->pats[i].key, m->mask);
    while (m->keys[s]) s = (s + 1) & m->mask;
    m->keys[s] = SLOT(m->pats[i].key);
    m->first[s] = i;
  }
  m->built = 1;
  return 0;
}

/* The pattern starting at buf[at] (whose first bytes are key), or -1. */
static long match_at(const mscan *m, uint64_t key, const char *buf, size_t n, size_t at) {
  size_t s = slot_of(key, m->mask);
  while (m->keys[s] && m->keys[s] != SLOT(key)) s = (s + 1) & m->mask;
  if (!m->keys[s]) return -1;
  for (size_t i = m->first[s]; i < m->n && m->pats[i].key == key; i++)
    if (m->pats[i].len <= n - at && memcmp(buf + at, m->pats[i].text, m->pats[i].len) == 0)
      return (long)i;
  return -1;
}

long mscan_find(const mscan *m, const char *buf, size_t n, size_t *at_out) {
  if (!m->built || !m->mask || n < MSCAN_MIN) return -1;
  /* A few patterns (a plan with one or two secrets, each in its forms):
   * one memmem each, which skips through the buffer by memchr, beats a
   * step per byte. */
  if (m->n <= DIRECT_PATTERNS) {
    for (size_t i = 0; i < m->n; i++) {
      const char *hit = memmem(buf, n, m->pats[i].text, m->pats[i].len);
      if (!hit) continue;
      if (at_out) *at_out = (size_t)(hit - buf);
      return (long)i;
    }
    return -1;
  }
  const unsigned char *p = (const unsigned char *)buf;
  for (size_t at = 0; at + MSCAN_MIN <= n; at++) {
    unsigned pair = PAIR(p + at);
    if (!(m->pairs[pair / 64] >> (pair % 64) & 1)) continue;
    long hit = match_at(m, pack(p + at), buf, n, at);
    if (hit < 0) continue;
    if (at_out) *at_out = at;
    return hit;
  }
  return -1;
}

void mscan_free(mscan *m) {
  for (size_t i = 0; i < m->n; i++) free(m->pats[i].text);
  free(m->pats);
  free(m->keys);
  free(m->first);
  free(m->pairs);
  mscan_init(m);
}
