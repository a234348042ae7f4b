/* String table: interns strings so that equal strings share one pointer, and
 * keeps per-string index heads (nodes by address, by type, by region, by
 * config address). A look-up is one hash probe; a listing walks only the
 * k nodes that match. */
#ifndef PG_STRTAB_H
#define PG_STRTAB_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/hash.h"

typedef struct str_entry {
  const char *str;       /* NUL-terminated, owned by the arena */
  size_t len;            /* length without the NUL */
  uint64_t hash;         /* hash_bytes of the bytes */
  int32_t node;          /* node whose address this is, or -1 */
  int32_t first_type;    /* first node of this type, or -1 */
  int32_t first_region;  /* first node in this region, or -1 */
  int32_t first_config;  /* first instance of this config address, or -1 */
  int32_t first_value;   /* first id/arn holder of this value, or -1 */
  int32_t first_base;    /* first instance under this base address, or -1 */
  uint32_t mark;         /* scratch for callers (deduplication) */
  void *cfg_module;      /* configuration module at this address */
  void *cfg_resource;    /* configuration resource block (json_t) */
} str_entry;

typedef struct strtab {
  arena *arena;          /* where strings and entries live; not owned */
  str_entry **entries;   /* by entry id, in order of interning (malloc) */
  size_t count, cap;     /* entries in use, and room */
  idset ids;             /* entry ids by string (base/hash.h) */
} strtab;

int strtab_init(strtab *t, arena *a);
void strtab_release(strtab *t);
/* Returns the entry for s, creating it; NULL only when out of memory. */
str_entry *strtab_intern(strtab *t, const char *s, size_t len);
/* Returns the entry for s, or NULL when s was never interned. */
str_entry *strtab_find(const strtab *t, const char *s, size_t len);

#endif
