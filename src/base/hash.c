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

static void place(uint64_t *slots, size_t cap, uint64_t h, int32_t id) {
  size_t i = (size_t)h & (cap - 1);
  while (slots[i]) i = (i + 1) & (cap - 1);
  slots[i] = idset_slot(h, id);
}

static int grow(idset *s) {
  size_t ncap = s->cap ? s->cap * 2 : 64;
  uint64_t *ns = calloc(ncap, sizeof *ns);
  if (!ns) return -1;
  for (size_t i = 0; i < s->cap; i++)
    if (s->slots[i]) place(ns, ncap, idset_slot_hash(s->slots[i]), idset_slot_id(s->slots[i]));
  free(s->slots);
  s->slots = ns;
  s->cap = ncap;
  return 0;
}

int idset_add(idset *s, uint64_t h, int32_t id) {
  if ((s->n + 1) * 2 > s->cap && grow(s) < 0) return -1;
  place(s->slots, s->cap, h, id);
  s->n++;
  return 0;
}
