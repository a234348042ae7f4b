/* Regions shared by the two region stages: regions.c places every provider
 * configuration and resource from what the configuration says, evidence.c
 * reads what a node's planned values say about its region, and infer.c
 * decides the regions the configuration left unknown from that evidence. */
#ifndef PG_REGIONS_H
#define PG_REGIONS_H

#include "graph/graph_impl.h"

/* The argument that gives a resource a region of its own, apart from its
 * provider's: `region` (the AWS provider's per-resource region), or an
 * endpoint group's `endpoint_group_region` (a Global Accelerator endpoint
 * group lives in that region, whichever provider's API made it; unset, in
 * the provider's). NULL for a type whose `region` names another region
 * than its own (an aggregate authorization's, the aggregator's): it is in
 * its provider's, and its `region` is no evidence of it. */
const char *region_argument(const char *type);

/* The expression of n's own region argument in its configuration, or NULL. */
json_t *region_argument_expr(const node *n);

/* The node region.NAME, created (with its name and region set) when absent;
 * -1 when out of memory. May grow the node array. */
pg_node_id region_node(pg_graph *g, const char *region);

/* The region field of an ARN ("arn:aws:s3:::b" has none), interned; NULL
 * when arn is not an ARN with a region, or out of memory. */
const char *region_from_arn(pg_graph *g, const char *arn);

/* One fact about a node's region: which node shows it and how. */
typedef struct region_fact {
  const char *region;   /* interned region name */
  pg_node_id node;      /* the node whose values (or configuration) show it */
  const char *what;     /* interned: "availability_zone eu-west-1a" */
  pg_node_id about;     /* the node whose region it is (node, most often) */
  const char *assumed;  /* the attribute, when the fact is what the
                           configuration asks of the region (an alarm's
                           action, a health check's alarm region), not what
                           the node shows of it: it gives way to a shown
                           fact, never contradicting one; NULL if shown */
} region_fact;

/* What one resource or data source's planned values say about the region
 * its provider configuration talks to (evidence.c). Calls sink once per
 * fact; stops and returns the sink's non-zero result, or PG_ERR_NOMEM. */
typedef int (*region_fact_sink)(void *ctx, const region_fact *f);
int evidence_scan(pg_graph *g, pg_node_id id, region_fact_sink sink, void *ctx);
/* What reference edge id's holder says of the region of what it names (a
 * health check's cloudwatch_alarm_region, of its alarm), the same way. */
int evidence_scan_edge(pg_graph *g, pg_edge_id id, region_fact_sink sink, void *ctx);

#endif
