/* Grouping values by equality in linear time (vgroup.c), for distinct()
 * and group(), and the key index that lets lookup() find a group. */
#ifndef PG_VGROUP_H
#define PG_VGROUP_H

#include <stddef.h>

#include "query/qvalue.h"

/* Sets leader[i] to the index of the first value equal to vals[i]
 * (qv_equal == 1), i itself when none before it is. Values whose equality
 * is unknown never join a group. Expected O(n): values are bucketed by a
 * hash of their parts and compared only within a bucket. 0, or -1
 * when out of memory. */
int vgroup_leaders(const pg_graph *g, const qvalue *vals, size_t n, size_t *leader);

/* A hash index of the keys of a list of [key, value] pairs whose keys are
 * distinct (group()'s result), for finding a key in expected O(1). */
typedef struct vgroup_index vgroup_index;

/* Builds the index of pairs in arena a (NULL when out of memory, counted
 * in a->failed). */
const vgroup_index *vgroup_index_build(arena *a, const pg_graph *g, const qlist *pairs);

/* The position in pairs of the pair whose key equals key (qv_equal == 1),
 * or -1; *undecided is set when some key's equality
 * is unknown, so that a miss does not mean "absent". */
long vgroup_index_find(const vgroup_index *ix, const pg_graph *g, const qlist *pairs,
                       qvalue key, int *undecided);

#endif
