/* Distinct tuples of binding identities (see tupleset.h): the first few
 * tuples side by side inside the struct, looked through in order; beyond
 * them, one growable array indexed by hash with the one id set of
 * base/hash.h, so a tuple is stored once however often it is met. */
#include "query/tupleset.h"

#include <stdlib.h>
#include <string.h>

#include "base/vec.h"

void tupleset_init(tupleset *t, size_t width) {
  memset(t, 0, sizeof *t);
  t->width = width ? width : 1;
  idset_init(&t->index);
}

void tupleset_release(tupleset *t) {
  free(t->keys);
  idset_release(&t->index);
  t->keys = NULL;
  t->n = t->cap = 0;
}

tupleset *tupleset_new(size_t width) {
  tupleset *t = malloc(sizeof *t);
  if (t) tupleset_init(t, width);
  return t;
}

void tupleset_free(tupleset *t) {
  if (!t) return;
  tupleset_release(t);
  free(t);
}

static uint64_t tuple_hash(const uint64_t *k, size_t w) {
  uint64_t h = HASH_FNV_OFFSET;
  for (size_t i = 0; i < w; i++) h = hash_word(h, k[i]);
  return h;
}

static int equal_to(const void *ctx, int32_t id, const void *probe) {
  const tupleset *t = ctx;
  return memcmp(t->keys + (size_t)id * t->width, probe, t->width * sizeof *t->keys) == 0;
}

/* Moves the inline tuples to the heap and indexes them: 0, or -1 when out
 * of memory (the set is unchanged). */
static int spill(tupleset *t) {
  uint64_t *keys = NULL;
  size_t cap = 0;
  if (VEC_RESERVE(keys, cap, (t->n + 1) * t->width) < 0) return -1;
  memcpy(keys, t->inline_keys, t->n * t->width * sizeof *keys);
  t->keys = keys;
  t->cap = cap;
  for (size_t i = 0; i < t->n; i++)
    if (idset_add(&t->index, tuple_hash(keys + i * t->width, t->width), (int32_t)i) < 0) {
      idset_release(&t->index);
      idset_init(&t->index);
      free(keys);
      t->keys = NULL;
      t->cap = 0;
      return -1;
    }
  return 0;
}

/* The inline tuples: 1 when added, 0 when already there, -1 when they are
 * full (the caller spills). */
static int add_inline(tupleset *t, const uint64_t *keys) {
  size_t bytes = t->width * sizeof *keys;
  for (size_t i = 0; i < t->n; i++)
    if (memcmp(t->inline_keys + i * t->width, keys, bytes) == 0) return 0;
  if ((t->n + 1) * t->width > TUPLESET_INLINE) return -1;
  memcpy(t->inline_keys + t->n * t->width, keys, bytes);
  t->n++;
  return 1;
}

int tupleset_add(tupleset *t, const uint64_t *keys) {
  if (!t->keys) {
    int added = add_inline(t, keys);
    if (added >= 0) return added;
    if (spill(t) < 0) return -1;
  }
  uint64_t h = tuple_hash(keys, t->width);
  if (idset_find(&t->index, h, keys, equal_to, t) >= 0) return 0;
  if (t->n >= INT32_MAX || VEC_RESERVE(t->keys, t->cap, (t->n + 1) * t->width) < 0) return -1;
  memcpy(t->keys + t->n * t->width, keys, t->width * sizeof *keys);
  if (idset_add(&t->index, h, (int32_t)t->n) < 0) return -1;
  t->n++;
  return 1;
}
