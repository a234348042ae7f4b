/* Distinct tuples of binding identities (see tupleset.h): the tuples sit
 * side by side in one growable array, and the one id set of base/hash.h
 * indexes them by hash, so a tuple is stored once however often it is met. */
#include "query/tupleset.h"

#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "base/vec.h"

struct tupleset {
  size_t width;       /* keys per tuple */
  uint64_t *keys;     /* tuples, width keys each (vec.h) */
  size_t n;           /* tuples held */
  size_t cap;         /* keys room */
  idset index;        /* tuple numbers by hash */
};

tupleset *tupleset_new(size_t width) {
  tupleset *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  t->width = width ? width : 1;
  idset_init(&t->index);
  return t;
}

void tupleset_free(tupleset *t) {
  if (!t) return;
  free(t->keys);
  idset_release(&t->index);
  free(t);
}

static uint64_t tuple_hash(const uint64_t *k, size_t w) {
  uint64_t h = HASH_FNV_OFFSET;
  for (size_t i = 0; i < w; i++) h = hash_word(h, k[i]);
  return h;
}

static uint64_t hash_of(const void *ctx, int32_t id) {
  const tupleset *t = ctx;
  return tuple_hash(t->keys + (size_t)id * t->width, t->width);
}

static int equal_to(const void *ctx, int32_t id, const void *probe) {
  const tupleset *t = ctx;
  return memcmp(t->keys + (size_t)id * t->width, probe, t->width * sizeof *t->keys) == 0;
}

int tupleset_add(tupleset *t, const uint64_t *keys) {
  uint64_t h = tuple_hash(keys, t->width);
  if (idset_find(&t->index, h, keys, equal_to, t) >= 0) return 0;
  if (t->n >= INT32_MAX || VEC_RESERVE(t->keys, t->cap, (t->n + 1) * t->width) < 0) return -1;
  memcpy(t->keys + t->n * t->width, keys, t->width * sizeof *keys);
  if (idset_add(&t->index, h, (int32_t)t->n, hash_of, t) < 0) return -1;
  t->n++;
  return 1;
}
