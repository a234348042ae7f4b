/* Arena allocator: graph payloads (nodes, edges, interned strings) live here
 * and are freed in one call. With PG_ARENA_DEBUG every allocation goes to
 * malloc on its own, so AddressSanitizer sees each block's bounds. */
#ifndef PG_ARENA_H
#define PG_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

typedef struct arena {
  arena_block *head;   /* newest block; older ones chained behind it */
  size_t used;         /* bytes used in head */
  size_t total;        /* bytes handed out, for stats and limits */
  size_t *meter;       /* when set, bytes handed out are added here too
                          (an evaluation's budget); arena_init clears it */
  unsigned long failed; /* allocations refused for want of memory, so that
                           a stage can tell out of memory from its own
                           NULL answers (a parse error, a null value) */
  int whole;           /* every block of the standard size (arena_init_whole) */
} arena;

/* An empty arena whose first block is small and each next one larger. */
void arena_init(arena *a);
/* An empty arena whose every block has the standard size, mapped on its
 * own: for memory freed while the rest of a run grows (a query's code,
 * freed once it has run), so that what it held goes back to the system
 * and is not left as holes in the heap. */
void arena_init_whole(arena *a);
/* Returns zeroed memory aligned for any type, or NULL when out of memory
 * (counted in a->failed). */
void *arena_alloc(arena *a, size_t size);
/* Copies len bytes and a terminating NUL. */
char *arena_strndup(arena *a, const char *s, size_t len);
/* Frees every block; a stays usable, empty (a whole arena stays whole). */
void arena_release(arena *a);
/* Drops everything allocated in a, keeping its largest block (up to the
 * standard size) for reuse (scratch memory: warm pages, no malloc per
 * round). total and failed
 * stay; the meter stays attached. With PG_ARENA_DEBUG every block goes,
 * so a pointer kept past a reset is a use after free ASan reports. */
void arena_reset(arena *a);
/* Moves everything allocated in from into to (no copy, no allocation):
 * from is left empty, what it held lives as long as to. */
void arena_move(arena *to, arena *from);
/* Whether p points into memory a handed out (a scan of its blocks). */
int arena_owns(const arena *a, const void *p);

#endif
