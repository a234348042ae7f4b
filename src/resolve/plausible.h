/* Reference edges under an id attribute (vpc_id, subnet_ids, ...) to a
 * resource that can be no such thing and holds no such id become
 * dependencies (plausible.c says why). */
#ifndef PG_PLAUSIBLE_H
#define PG_PLAUSIBLE_H

#include <stddef.h>

#include "graph/graph_impl.h"

/* Demotes them; returns how many. Runs once every reference is resolved
 * (locals through terraform graph included) and before regions are
 * inferred. */
size_t plausible_edges(build *b);

#endif
