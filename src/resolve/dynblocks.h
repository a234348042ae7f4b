/* Dynamic blocks: plan JSON leaves a `dynamic` block out of a resource's
 * expressions, and with it every reference its content makes. The module
 * input that fills such a block (by the block's name, or the block's and a
 * member's) stands for it (dynblocks.c says which). */
#ifndef PG_DYNBLOCKS_H
#define PG_DYNBLOCKS_H

#include "graph/graph_impl.h"

/* Called with an input's name and the label its references take ("rule",
 * "vpc_config.subnet_ids"); nonzero stops. */
typedef int (*dynblock_fn)(void *ctx, const char *var, const char *label);

/* Calls fn for each input of module m that fills a block of node id its
 * expressions leave out; the first nonzero return, or PG_OK. */
int dynblocks_each(const pg_graph *g, const cfg_module *m, json_t *exprs, pg_node_id id,
                   dynblock_fn fn, void *ctx);

#endif
