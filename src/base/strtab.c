/* String table: entries in the arena, found through the one id set of
 * base/hash.h (an entry's id is its place in `entries`). */
#include "base/strtab.h"
#include "base/vec.h"

#include <stdlib.h>
#include <string.h>

/* Sized for a small plan's strings, so that most loads never rehash. */
#define FIRST_ENTRIES 512

/* A string looked for. */
typedef struct probe {
  const char *s;
  size_t len;
  uint64_t h;          /* compared first: most misses stop there */
} probe;

static int entry_eq(const void *ctx, int32_t id, const void *p) {
  const str_entry *e = ((const strtab *)ctx)->entries[id];
  const probe *q = p;
  return e->hash == q->h && e->len == q->len && memcmp(e->str, q->s, q->len) == 0;
}

int strtab_init(strtab *t, arena *a) {
  t->arena = a;
  t->entries = NULL;
  t->count = t->cap = 0;
  idset_init(&t->ids);
  return VEC_RESERVE_FIRST(t->entries, t->cap, FIRST_ENTRIES, FIRST_ENTRIES);
}

void strtab_release(strtab *t) {
  free(t->entries);
  t->entries = NULL;
  t->count = t->cap = 0;
  idset_release(&t->ids);
}

static str_entry *find(const strtab *t, const char *s, size_t len, uint64_t h) {
  probe q = {s, len, h};
  int32_t id = idset_find(&t->ids, h, &q, entry_eq, t);
  return id >= 0 ? t->entries[id] : NULL;
}

str_entry *strtab_find(const strtab *t, const char *s, size_t len) {
  return find(t, s, len, hash_bytes(HASH_FNV_OFFSET, s, len));
}

str_entry *strtab_intern(strtab *t, const char *s, size_t len) {
  uint64_t h = hash_bytes(HASH_FNV_OFFSET, s, len);
  str_entry *e = find(t, s, len, h);
  if (e) return e;
  if (t->count >= INT32_MAX || VEC_RESERVE(t->entries, t->cap, t->count + 1) < 0) return NULL;
  e = arena_alloc(t->arena, sizeof *e);
  if (!e) return NULL;
  e->str = arena_strndup(t->arena, s, len);
  if (!e->str) return NULL;
  e->len = len;
  e->hash = h;
  e->node = e->first_type = e->first_region = -1;
  e->first_config = e->first_value = e->first_base = -1;
  e->cfg_module = e->cfg_resource = NULL;
  e->mark = 0;
  t->entries[t->count] = e;
  if (idset_add(&t->ids, h, (int32_t)t->count) < 0) return NULL;
  t->count++;
  return e;
}
