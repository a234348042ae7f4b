/* Distinct tuples of binding identities: a check sees each distinct
 * binding of its generators once, and a count {} counts each once. */
#ifndef PG_TUPLESET_H
#define PG_TUPLESET_H

#include <stddef.h>
#include <stdint.h>

typedef struct tupleset tupleset;

/* A set of tuples of width keys each (0 counts as 1); NULL when out of
 * memory. Freed with tupleset_free (NULL is a no-op). */
tupleset *tupleset_new(size_t width);
/* Adds the tuple keys[0..width): 1 when added, 0 when already there, -1
 * out of memory (the set is unchanged). */
int tupleset_add(tupleset *t, const uint64_t *keys);
void tupleset_free(tupleset *t);

#endif
