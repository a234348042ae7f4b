/* A conditional's branches. Plan JSON gives an expression only as the flat
 * list of its references, so `var.internal ? aws_subnet.private[*].id :
 * aws_subnet.public[*].id` reads as if it named both lists. One sign tells
 * such a choice from a list of both: the expression also reads an input
 * whose value is a boolean, which can only be a condition. Where it does,
 * and the expression's targets include two configuration blocks of one
 * resource type, those targets are alternatives: each edge to them reaches
 * what the attribute may hold, and the plan does not say which. refs.c
 * calls this once per expression. */
#ifndef PG_BRANCHES_H
#define PG_BRANCHES_H

#include <jansson.h>

#include "graph/graph_impl.h"

/* Marks ambiguous the edges [first, n_edges) that leave `from` to blocks
 * of a type two blocks share, when refs (one expression's references, read
 * in module m) name a boolean input. */
void branches_mark(pg_graph *g, const cfg_module *m, json_t *refs, pg_node_id from, size_t first);

#endif
