/* Multi-pattern search: does a buffer contain any of a set of byte
 * strings? One pass over the buffer whatever the number of patterns, for
 * the output guard that checks every report against the plan's secrets.
 * Patterns shorter than MSCAN_MIN bytes are not searched for (the guard
 * documents this): a short secret ("1", "true") matches ordinary text. */
#ifndef PG_MSCAN_H
#define PG_MSCAN_H

#include <stddef.h>
#include <stdint.h>

#define MSCAN_MIN 6

typedef struct mscan_pat {
  char *text;        /* malloc'd, owned by the set */
  size_t len;        /* >= MSCAN_MIN */
  uint64_t key;      /* its first MSCAN_MIN bytes, packed */
  size_t tag;        /* the caller's, given back with a match */
} mscan_pat;

typedef struct mscan {
  mscan_pat *pats;   /* sorted by key once built */
  size_t n, cap;
  uint64_t *keys;    /* open-addressed table of distinct keys (0: empty) */
  size_t *first;     /* index in pats of the first pattern with keys[i] */
  size_t mask;       /* table size - 1; 0 when not built */
  uint64_t *pairs;   /* bit a << 8 | b: some pattern starts with bytes a, b */
  int built;         /* the table matches pats */
} mscan;

void mscan_init(mscan *m);
/* Adds a copy of s[0..n) with the caller's tag; 0, or -1 out of memory.
 * Shorter patterns than MSCAN_MIN are ignored (return 0). */
int mscan_add(mscan *m, const char *s, size_t n, size_t tag);
/* Builds the look-up table; 0, or -1 out of memory. */
int mscan_build(mscan *m);
/* Index of a pattern found in buf[0..n) (its tag: m->pats[i].tag), or -1
 * (none, or not built); *at (unless NULL) gets where it starts. */
long mscan_find(const mscan *m, const char *buf, size_t n, size_t *at);
void mscan_free(mscan *m);

#endif
