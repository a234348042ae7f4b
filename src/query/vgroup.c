/* Grouping values by equality (see vgroup.h). Equal values render alike,
 * so the rendering's hash buckets them; qv_equal decides within a bucket,
 * which keeps the language's equality (sensitive values all render as
 * "(sensitive)", unknowns from one source compare equal, others never). */
#include "query/vgroup.h"

#include <stdlib.h>

#include "base/arena.h"
#include "base/hash.h"
#include "base/strbuf.h"

/* The hash of v's JSON rendering; *nomem is set when the rendering ran out
 * of memory (a prefix's hash would part equal values). */
static uint64_t value_hash(const pg_graph *g, qvalue v, int *nomem) {
  strbuf b = SB_GROWING;
  qv_render(&b, g, v, 1);
  if (b.full) *nomem = 1;
  uint64_t h = hash_bytes(HASH_FNV_OFFSET, b.buf ? b.buf : "", b.len);
  sb_release(&b);
  return h;
}

int vgroup_leaders(const pg_graph *g, const qvalue *vals, size_t n, size_t *leader) {
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  size_t *slots = malloc(cap * sizeof *slots);   /* leader index + 1; 0: empty */
  uint64_t *hashes = malloc((n ? n : 1) * sizeof *hashes);
  if (!slots || !hashes) {
    free(slots);
    free(hashes);
    return -1;
  }
  for (size_t i = 0; i < cap; i++) slots[i] = 0;
  int nomem = 0;
  for (size_t i = 0; i < n && !nomem; i++) {
    hashes[i] = value_hash(g, vals[i], &nomem);
    leader[i] = i;
    size_t s = (size_t)hashes[i] & (cap - 1);
    for (; slots[s]; s = (s + 1) & (cap - 1)) {
      size_t j = slots[s] - 1;
      if (hashes[j] == hashes[i] && qv_equal(g, vals[j], vals[i]) == 1) {
        leader[i] = j;
        break;
      }
    }
    if (leader[i] == i) slots[s] = i + 1;
  }
  free(slots);
  free(hashes);
  return nomem ? -1 : 0;
}

struct vgroup_index {
  size_t cap;            /* a power of two, at least twice the pairs */
  size_t undecided;      /* keys whose equality with themselves is unknown */
  uint64_t *hash;        /* per pair */
  size_t *slot;          /* pair index + 1; 0: empty */
};

static qvalue pair_key(const qlist *pairs, size_t i) {
  qvalue p = pairs->items[i];
  return p.kind == QV_LIST && p.u.list->n == 2 ? p.u.list->items[0] : qv_unknown();
}

const vgroup_index *vgroup_index_build(arena *a, const pg_graph *g, const qlist *pairs) {
  size_t n = pairs->n, cap = 16;
  while (cap < 2 * n) cap *= 2;
  vgroup_index *ix = arena_alloc(a, sizeof *ix);
  if (!ix) return NULL;
  ix->cap = cap;
  ix->undecided = 0;
  ix->hash = arena_alloc(a, (n ? n : 1) * sizeof *ix->hash);
  ix->slot = arena_alloc(a, cap * sizeof *ix->slot);
  if (!ix->hash || !ix->slot) return NULL;
  for (size_t i = 0; i < cap; i++) ix->slot[i] = 0;
  int nomem = 0;
  for (size_t i = 0; i < n; i++) {
    qvalue k = pair_key(pairs, i);
    if (qv_equal(g, k, k) != 1) {
      ix->undecided++;
      continue;
    }
    ix->hash[i] = value_hash(g, k, &nomem);
    size_t s = (size_t)ix->hash[i] & (cap - 1);
    while (ix->slot[s]) s = (s + 1) & (cap - 1);
    ix->slot[s] = i + 1;
  }
  if (nomem) {
    a->failed++; /* the evaluator then ends in out of memory */
    return NULL;
  }
  return ix;
}

long vgroup_index_find(const vgroup_index *ix, const pg_graph *g, const qlist *pairs,
                       qvalue key, int *undecided) {
  *undecided = ix->undecided > 0;
  int nomem = 0;
  uint64_t h = value_hash(g, key, &nomem);
  if (nomem) return -2;
  for (size_t s = (size_t)h & (ix->cap - 1); ix->slot[s]; s = (s + 1) & (ix->cap - 1)) {
    size_t i = ix->slot[s] - 1;
    if (ix->hash[i] == h && qv_equal(g, pair_key(pairs, i), key) == 1) return (long)i;
  }
  return -1;
}
