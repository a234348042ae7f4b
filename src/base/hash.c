/* The id set's growth (see hash.h; the hashes and look-ups are inline). */
#include "base/hash.h"

#include <stdlib.h>

void idset_init(idset *s) {
  s->slots = NULL;
  s->cap = s->n = 0;
}

void idset_release(idset *s) {
  free(s->slots);
  idset_init(s);
}

static void place(int32_t *slots, size_t cap, uint64_t h, int32_t id) {
  size_t i = (size_t)h & (cap - 1);
  while (slots[i] >= 0) i = (i + 1) & (cap - 1);
  slots[i] = id;
}

static int grow(idset *s, idset_hash_fn hash, const void *ctx) {
  size_t ncap = s->cap ? s->cap * 2 : 64;
  int32_t *ns = malloc(ncap * sizeof *ns);
  if (!ns) return -1;
  for (size_t i = 0; i < ncap; i++) ns[i] = -1;
  for (size_t i = 0; i < s->cap; i++)
    if (s->slots[i] >= 0) place(ns, ncap, hash(ctx, s->slots[i]), s->slots[i]);
  free(s->slots);
  s->slots = ns;
  s->cap = ncap;
  return 0;
}

int idset_add(idset *s, uint64_t h, int32_t id, idset_hash_fn hash, const void *ctx) {
  if ((s->n + 1) * 2 > s->cap && grow(s, hash, ctx) < 0) return -1;
  place(s->slots, s->cap, h, id);
  s->n++;
  return 0;
}
