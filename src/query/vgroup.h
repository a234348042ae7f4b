/* Grouping values by equality in linear time (vgroup.c), for distinct()
 * and group(). */
#ifndef PG_VGROUP_H
#define PG_VGROUP_H

#include <stddef.h>

#include "query/qvalue.h"

/* Sets leader[i] to the index of the first value equal to vals[i]
 * (qv_equal == 1), i itself when none before it is. Values whose equality
 * is unknown never join a group. Expected O(n): values are bucketed by a
 * hash of their JSON rendering and compared only within a bucket. 0, or -1
 * when out of memory. */
int vgroup_leaders(const pg_graph *g, const qvalue *vals, size_t n, size_t *leader);

#endif
