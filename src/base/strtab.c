/* String table: FNV-1a hashed open addressing over arena-owned entries. */
#include "base/strtab.h"

#include <stdlib.h>
#include <string.h>

int strtab_init(strtab *t, arena *a) {
  t->arena = a;
  t->cap = 1024;
  t->count = 0;
  t->slots = calloc(t->cap, sizeof *t->slots);
  return t->slots ? 0 : -1;
}

void strtab_release(strtab *t) {
  free(t->slots);
  t->slots = NULL;
  t->cap = t->count = 0;
}

uint64_t strtab_hash(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ull;
  }
  return h;
}

static size_t probe(const strtab *t, const char *s, size_t len, uint64_t h) {
  size_t mask = t->cap - 1;
  size_t i = (size_t)h & mask;
  for (;;) {
    const str_entry *e = t->slots[i];
    if (!e) return i;
    if (e->hash == h && e->len == len && memcmp(e->str, s, len) == 0) return i;
    i = (i + 1) & mask;
  }
}

static int grow(strtab *t) {
  size_t ncap = t->cap * 2;
  str_entry **ns = calloc(ncap, sizeof *ns);
  if (!ns) return -1;
  for (size_t i = 0; i < t->cap; i++) {
    str_entry *e = t->slots[i];
    if (!e) continue;
    size_t j = (size_t)e->hash & (ncap - 1);
    while (ns[j]) j = (j + 1) & (ncap - 1);
    ns[j] = e;
  }
  free(t->slots);
  t->slots = ns;
  t->cap = ncap;
  return 0;
}

str_entry *strtab_find(const strtab *t, const char *s, size_t len) {
  uint64_t h = strtab_hash(s, len);
  return t->slots[probe(t, s, len, h)];
}

str_entry *strtab_intern(strtab *t, const char *s, size_t len) {
  uint64_t h = strtab_hash(s, len);
  size_t i = probe(t, s, len, h);
  if (t->slots[i]) return t->slots[i];
  if ((t->count + 1) * 2 > t->cap) {
    if (grow(t) != 0) return NULL;
    i = probe(t, s, len, h);
  }
  str_entry *e = arena_alloc(t->arena, sizeof *e);
  if (!e) return NULL;
  e->str = arena_strndup(t->arena, s, len);
  if (!e->str) return NULL;
  e->len = len;
  e->hash = h;
  e->node = e->first_type = e->first_region = -1;
  e->first_config = e->first_value = e->first_base = -1;
  e->cfg_module = e->cfg_resource = NULL;
  t->slots[i] = e;
  t->count++;
  return e;
}
