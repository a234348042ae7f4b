/* Grouping values by equality (see vgroup.h). Equal values hash alike
 * (value_hash), which buckets them; qv_equal decides within a bucket,
 * which keeps the language's equality (unknowns from one source compare
 * equal, others never). */
#include "query/vgroup.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/hash.h"

/* A hash of v that equal values share (qv_equal == 1 implies equal
 * hashes), computed from its parts without rendering it: a group() or
 * distinct() over every resource of a plan hashes thousands of keys, and
 * a lookup() one per subject. Equality never crosses kinds (an unknown
 * equals only an unknown of the same origin and text), so the kind is
 * hashed first. Sensitivity is left out, as qv_equal leaves it out. A
 * number written as text (no double holds it) equals no double, and two
 * such numbers may equal each other written differently: they all share
 * one hash. Past a depth the parts below are not hashed, which keeps
 * equal values equal-hashed. */
static uint64_t value_hash_at(qvalue v, unsigned depth) {
  uint64_t h = hash_word(HASH_FNV_OFFSET, v.kind);
  switch (v.kind) {
  case QV_NULL: return h;
  case QV_BOOL: return hash_word(h, (uint64_t)(v.u.b != 0));
  case QV_NUM: {
    if (v.u.num_text) return h;
    double d = v.u.num == 0 ? 0.0 : v.u.num; /* -0 equals 0 */
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return hash_word(h, bits);
  }
  case QV_STR: return hash_mem(h, v.u.str.s ? v.u.str.s : "", v.u.str.len);
  case QV_NODE: return hash_word(h, (uint64_t)v.u.node);
  case QV_EDGE: return hash_word(h, (uint64_t)v.u.edge);
  case QV_JSON: return hash_mem(h, v.u.json->v.p, v.u.json->v.n);
  case QV_UNKNOWN:
    h = hash_word(h, (uint64_t)(uint32_t)v.origin);
    return v.u.str.s ? hash_mem(h, v.u.str.s, v.u.str.len) : h;
  case QV_RECORD:
  case QV_LIST:
    h = hash_word(h, v.u.list->n);
    if (depth >= 32) return h;
    for (size_t i = 0; i < v.u.list->n; i++) {
      if (v.kind == QV_RECORD) h = hash_mem(h, v.u.list->names[i], strlen(v.u.list->names[i]));
      h = hash_word(h, value_hash_at(v.u.list->items[i], depth + 1));
    }
    return h;
  }
  return h;
}

static uint64_t value_hash(qvalue v) { return value_hash_at(v, 0); }

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
  for (size_t i = 0; i < n; i++) {
    hashes[i] = value_hash(vals[i]);
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
  return 0;
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
  for (size_t i = 0; i < n; i++) {
    qvalue k = pair_key(pairs, i);
    if (qv_equal(g, k, k) != 1) {
      ix->undecided++;
      continue;
    }
    ix->hash[i] = value_hash(k);
    size_t s = (size_t)ix->hash[i] & (cap - 1);
    while (ix->slot[s]) s = (s + 1) & (cap - 1);
    ix->slot[s] = i + 1;
  }
  return ix;
}

long vgroup_index_find(const vgroup_index *ix, const pg_graph *g, const qlist *pairs,
                       qvalue key, int *undecided) {
  *undecided = ix->undecided > 0;
  uint64_t h = value_hash(key);
  for (size_t s = (size_t)h & (ix->cap - 1); ix->slot[s]; s = (s + 1) & (ix->cap - 1)) {
    size_t i = ix->slot[s] - 1;
    if (ix->hash[i] == h && qv_equal(g, pair_key(pairs, i), key) == 1) return (long)i;
  }
  return -1;
}
