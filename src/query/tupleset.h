/* Distinct tuples of binding identities: a check sees each distinct
 * binding of its generators once, and a count {} counts each once. Most
 * sets hold a handful of tuples (a comprehension over one node's edges, a
 * subject's resources): those live inside the struct, found by a linear
 * look, with no allocation; a set that outgrows it moves to the heap with
 * a hash index. */
#ifndef PG_TUPLESET_H
#define PG_TUPLESET_H

#include <stddef.h>
#include <stdint.h>

#include "base/hash.h"

/* Keys held inside the struct before any allocation. */
#define TUPLESET_INLINE 8

typedef struct tupleset {
  size_t width;       /* keys per tuple */
  size_t n;           /* tuples held */
  uint64_t *keys;     /* tuples, width keys each (vec.h); NULL while they fit in inline_keys */
  size_t cap;         /* keys room */
  idset index;        /* tuple numbers by hash, once keys is used */
  uint64_t inline_keys[TUPLESET_INLINE];
} tupleset;

/* An empty set of tuples of width keys each (0 counts as 1), to be
 * released with tupleset_release. Never fails. */
void tupleset_init(tupleset *t, size_t width);
void tupleset_release(tupleset *t);

/* The same on the heap: NULL when out of memory; freed with tupleset_free
 * (NULL is a no-op). */
tupleset *tupleset_new(size_t width);
void tupleset_free(tupleset *t);

/* Adds the tuple keys[0..width): 1 when added, 0 when already there, -1
 * out of memory (the set is unchanged). */
int tupleset_add(tupleset *t, const uint64_t *keys);

#endif
