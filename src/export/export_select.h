/* Node selection shared by the exporters: which nodes and edges a filter
 * keeps. */
#ifndef PG_EXPORT_SELECT_H
#define PG_EXPORT_SELECT_H

#include "graph/graph_impl.h"
#include "plangraph/export.h"

/* Returns a malloc'd array of n_nodes flags (1 = kept), or NULL. */
unsigned char *select_nodes(const pg_graph *g, const pg_filter *f);
/* The color a region gets in DOT output (stable per region order). */
const char *region_color(const pg_graph *g, const char *region);

#endif
