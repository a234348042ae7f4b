/* Hashing and the one hash set: FNV-1a over bytes and words, and an
 * open-addressing set of int32 ids whose keys live in the owner's arrays
 * (edges, tuples, interned strings). The set stores ids with part of their
 * keys' hashes; the owner says whether an id matches a probe, so each table
 * keeps its keys where they already are. */
#ifndef PG_HASH_H
#define PG_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define HASH_FNV_OFFSET 14695981039346656037ull /* FNV-1a 64 offset basis */
#define HASH_FNV_PRIME 1099511628211ull

/* The hashes and idset_find are inline: they sit on the load path (every
 * interned string, every edge), and inlining lets the compiler inline the
 * owner's eq callback too. */

/* FNV-1a of n bytes, continuing from h (start with HASH_FNV_OFFSET). */
static inline uint64_t hash_bytes(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) {
    h ^= b[i];
    h *= HASH_FNV_PRIME;
  }
  return h;
}

/* A hash of n bytes for in-memory tables, continuing from h (start with
 * HASH_FNV_OFFSET): eight bytes a step, where FNV-1a takes one. Its values
 * depend on the byte order, so nothing written out (a baseline's
 * fingerprints) uses it. */
static inline uint64_t hash_mem(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  uint64_t w;
  for (; n >= 8; b += 8, n -= 8) {
    memcpy(&w, b, 8);
    h = (h ^ w) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 32;
  }
  w = 0;
  memcpy(&w, b, n);
  w ^= (uint64_t)n << 59;  /* the tail's length: "a" and "a\0" differ */
  h = (h ^ w) * 0x9e3779b97f4a7c15ull;
  return h ^ (h >> 29);
}

/* Folds one 64-bit word into h, then mixes the high bits down (FNV-1a over
 * words: cheaper than bytes for ids and pointers). */
static inline uint64_t hash_word(uint64_t h, uint64_t w) {
  h ^= w;
  h *= HASH_FNV_PRIME;
  return h ^ (h >> 29);
}

typedef struct idset {
  uint64_t *slots;      /* 0 when empty, else the low 32 bits of the key's
                           hash above id + 1: a probe whose hash differs is
                           passed over without reading the owner's key (a
                           cache miss), and growing never reads the keys */
  size_t cap;           /* a power of two, or 0 */
  size_t n;             /* ids held */
} idset;

/* A slot's parts (see idset.slots); 0 is no slot. */
static inline uint64_t idset_slot(uint64_t h, int32_t id) {
  return (uint64_t)(uint32_t)h << 32 | ((uint64_t)(uint32_t)id + 1u);
}
static inline int32_t idset_slot_id(uint64_t slot) { return (int32_t)((uint32_t)slot - 1u); }
static inline uint64_t idset_slot_hash(uint64_t slot) { return slot >> 32; }

/* Whether id's key equals the probe's. */
typedef int (*idset_eq_fn)(const void *ctx, int32_t id, const void *probe);

void idset_init(idset *s);
void idset_release(idset *s);

/* Finds the id whose key equals `probe` (hash h); -1 when none. */
static inline int32_t idset_find(const idset *s, uint64_t h, const void *probe,
                                 idset_eq_fn eq, const void *ctx) {
  if (!s->cap) return -1;
  size_t mask = s->cap - 1;
  uint64_t tag = (uint32_t)h;
  for (size_t i = (size_t)h & mask; s->slots[i]; i = (i + 1) & mask) {
    int32_t id = idset_slot_id(s->slots[i]);
    if (idset_slot_hash(s->slots[i]) == tag && eq(ctx, id, probe)) return id;
  }
  return -1;
}
/* Adds `id` (whose key hashes to h and is not in the set yet: look it up
 * first). Grows at half full, from the hash bits the slots keep. 0, or -1
 * when out of memory (the set is unchanged). */
int idset_add(idset *s, uint64_t h, int32_t id);

#endif
