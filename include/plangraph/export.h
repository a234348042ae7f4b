/* Writing a graph out: the stable JSON contract, DOT and GraphML. */
#ifndef PLANGRAPH_EXPORT_H
#define PLANGRAPH_EXPORT_H

#include <stdio.h>

#include "plangraph/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Selects resources and data sources; providers, regions and modules are
 * kept when an edge ties them to a selected node. NULL fields select all. */
typedef struct pg_filter {
  const char *type_glob;   /* fnmatch(3) pattern on the resource type */
  const char *region;      /* exact region name */
} pg_filter;

/* Each returns PG_OK, or PG_ERR_IO when writing fails. filter may be NULL. */
PG_API int pg_export_json(const pg_graph *g, const pg_filter *filter, FILE *out);
PG_API int pg_export_dot(const pg_graph *g, const pg_filter *filter, FILE *out);
PG_API int pg_export_graphml(const pg_graph *g, const pg_filter *filter, FILE *out);

/* Renders one node's planned values as a new JSON object with sensitive
 * values replaced by "(sensitive)" and unknown ones by "(known after
 * apply)". Returns a malloc'd, NUL-terminated text or NULL. */
PG_API char *pg_node_values_render(const pg_graph *g, pg_node_id id);

#ifdef __cplusplus
}
#endif
#endif
