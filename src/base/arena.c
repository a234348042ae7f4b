/* Arena allocator: bump allocation in blocks, released all at once. An
 * arena's first block is small and each next one twice the last, up to
 * ARENA_BLOCK_SIZE: most arenas of a run (a check's frame and subjects, a
 * scratch level, a query's report) hold a few kilobytes, and a block of
 * the full size mapped for each, touched, then unmapped cost a check of a
 * one-resource plan about 300 system calls and 100 page faults. A whole
 * arena (arena_init_whole) keeps full blocks, for memory freed while the
 * run goes on. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "base/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define ARENA_BLOCK_SIZE (256u * 1024u)
/* The first block's usable bytes: with the block's header and the C
 * library's, one 4 KB page. */
#define ARENA_FIRST_BLOCK (4096u - 64u)
#define ARENA_ALIGN 16u
/* Blocks of this many bytes and more are mapped on their own. */
#define ARENA_MAP_MIN (128u * 1024u)

struct arena_block {
  arena_block *next;   /* older block */
  size_t size;         /* usable bytes in data */
  size_t dirty;        /* data[dirty..size) is still zero, as the system gave
                          it: most allocations need no clearing (arena_reset
                          reuses a block, whose low part is then dirty) */
  size_t mapped;       /* bytes mapped for the block (munmap), or 0: malloc'd */
  _Alignas(16) unsigned char data[];
};

void arena_init(arena *a) { memset(a, 0, sizeof *a); }

void arena_init_whole(arena *a) {
  arena_init(a);
  a->whole = 1;
}

#ifndef PG_ARENA_DEBUG
static size_t align_up(size_t n) {
  return (n + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
}

/* A large block straight from the system: its pages are zero and cost
 * memory only once touched, and they go back when it is freed. From
 * calloc the same holds only while the C library serves such sizes by
 * mmap; glibc stops doing so once a mapped block has been freed (its
 * threshold rises), and then clears all 256 KB of each heap block. The
 * command lowers that threshold (src/cli/main.c), but a program linking
 * the library need not: one that did not took 50 ms instead of 37 ms to
 * check a 9 MB plan, and kept 6.5 MB more at 50 MB. take() has ruled out
 * sizes near SIZE_MAX. */
static arena_block *block_map(size_t size) {
  long page = sysconf(_SC_PAGESIZE);
  size_t mask = (size_t)(page > 0 ? page : 4096) - 1;
  size_t len = (sizeof(arena_block) + size + mask) & ~mask;
  void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return NULL;
  arena_block *b = p;
  b->size = size;
  b->mapped = len;
  return b;
}
#endif

/* Small blocks from malloc, marked dirty throughout: an allocation clears
 * what it takes, where calloc would clear the whole block each time the C
 * library hands back memory it had (a small arena made and dropped per
 * check or per subject: 3.4M more instructions to check a one-resource
 * plan). */
static arena_block *block_new(size_t size) {
#ifdef PG_ARENA_DEBUG /* (every block calloc'd, where ASan sees it) */
  arena_block *b = calloc(1, sizeof *b + size);
#else
  if (sizeof(arena_block) + size >= ARENA_MAP_MIN) return block_map(size);
  arena_block *b = malloc(sizeof *b + size);
#endif
  if (!b) return NULL;
  b->next = NULL;
  b->size = size;
  b->dirty = size;
  b->mapped = 0;
  return b;
}

static void block_free(arena_block *b) {
  if (b->mapped) munmap(b, b->mapped);
  else free(b);
}

#ifndef PG_ARENA_DEBUG
/* The usable bytes of a block twice the footprint of one of n. */
static size_t doubled(size_t n) {
  size_t next = (n + (4096u - ARENA_FIRST_BLOCK)) * 2 - (4096u - ARENA_FIRST_BLOCK);
  return next < ARENA_BLOCK_SIZE ? next : ARENA_BLOCK_SIZE;
}

/* The usable bytes of a's next block for an allocation of size bytes:
 * twice its newest block's, from ARENA_FIRST_BLOCK up to ARENA_BLOCK_SIZE
 * (that size throughout for a whole arena), and never less than size. */
static size_t next_block_size(const arena *a, size_t size) {
  if (size > ARENA_BLOCK_SIZE) return align_up(size);
  if (a->whole) return ARENA_BLOCK_SIZE;
  size_t n = a->head ? doubled(a->head->size) : ARENA_FIRST_BLOCK;
  while (n < size) n = doubled(n);
  return n;
}

/* Puts a new block for size bytes in front of a's: 1, or 0 when out of
 * memory (counted). Apart from take, whose common case then saves no
 * registers and calls nothing but memset. */
static __attribute__((noinline)) int grow(arena *a, size_t size) {
  arena_block *b = block_new(next_block_size(a, size));
  if (!b) {
    a->failed++;
    return 0;
  }
  b->next = a->head;
  a->head = b;
  a->used = 0;
  return 1;
}
#endif

/* size bytes at a multiple of align (a power of two, at most
 * ARENA_ALIGN), zeroed when zero is set. Strings take align 1: most are
 * short, and rounding each up to 16 bytes cost a graph's names a tenth of
 * their memory. */
static inline void *take(arena *a, size_t size, int zero, size_t align) {
  if (size == 0) size = 1;
  if (size > SIZE_MAX - ARENA_BLOCK_SIZE) {
    a->failed++;
    return NULL;
  }
#ifdef PG_ARENA_DEBUG
  /* One block per allocation: sanitizers then catch overruns exactly. */
  arena_block *b = block_new(size);
  if (!b) {
    a->failed++;
    return NULL;
  }
  b->next = a->head;
  a->head = b;
  (void)zero;
  (void)align;
  a->used = size;
  a->total += size;
  if (a->meter) *a->meter += size;
  return b->data;
#else
  size_t start = (a->used + (align - 1)) & ~(align - 1);
  if (!a->head || a->head->size < start || a->head->size - start < size) {
    if (!grow(a, size)) return NULL;
    start = 0;
  }
  arena_block *b = a->head;
  void *p = b->data + start;
  if (zero && start < b->dirty) memset(p, 0, size);
  size_t taken = start + size - a->used;
  a->used = start + size;
  if (a->used > b->dirty) b->dirty = a->used;
  a->total += taken;
  if (a->meter) *a->meter += taken;
  return p;
#endif
}

void *arena_alloc(arena *a, size_t size) { return take(a, size, 1, ARENA_ALIGN); }

char *arena_strndup(arena *a, const char *s, size_t len) {
  char *p = take(a, len + 1, 0, 1);
  if (!p) return NULL;
  if (len) memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

/* Keeps the largest block of at most ARENA_BLOCK_SIZE bytes: the next
 * round starts with the room the last one grew to. */
void arena_reset(arena *a) {
  arena_block *keep = NULL, *b = a->head;
#ifndef PG_ARENA_DEBUG
  for (arena_block *x = b; x; x = x->next)
    if (x->size <= ARENA_BLOCK_SIZE && (!keep || x->size > keep->size)) keep = x;
#endif
  while (b) {
    arena_block *next = b->next;
    if (b != keep) block_free(b);
    b = next;
  }
  if (keep) keep->next = NULL;
  a->head = keep;
  a->used = 0;
}

void arena_move(arena *to, arena *from) {
  if (!from->head) return;
  if (!to->head) {
    to->head = from->head;
    to->used = from->used;
  } else {
    /* Behind to's newest block, whose free room stays in use. */
    arena_block *last = from->head;
    while (last->next) last = last->next;
    last->next = to->head->next;
    to->head->next = from->head;
  }
  to->total += from->total;
  from->head = NULL;
  from->used = 0;
}

int arena_owns(const arena *a, const void *p) {
  const unsigned char *q = p;
  for (const arena_block *b = a->head; b; b = b->next)
    if (q >= b->data && q < b->data + b->size) return 1;
  return 0;
}

void arena_release(arena *a) {
  arena_block *b = a->head;
  while (b) {
    arena_block *next = b->next;
    block_free(b);
    b = next;
  }
  int whole = a->whole;
  arena_init(a);
  a->whole = whole;
}
