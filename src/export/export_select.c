/* Node selection for exports: resources and data sources by type glob and
 * region; providers, regions and modules that an edge ties to them. */
#include "export/export_select.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

static int wanted(const node *n, const pg_filter *f) {
  if (n->kind != PG_NODE_RESOURCE && n->kind != PG_NODE_DATA) return 0;
  if (f->type_glob && fnmatch(f->type_glob, n->type, 0) != 0) return 0;
  if (f->region && strcmp(f->region, n->region) != 0) return 0;
  return 1;
}

unsigned char *select_nodes(const pg_graph *g, const pg_filter *f) {
  unsigned char *keep = calloc(g->n_nodes ? g->n_nodes : 1, 1);
  if (!keep) return NULL;
  int all = !f || (!f->type_glob && !f->region);
  for (size_t i = 0; i < g->n_nodes; i++)
    keep[i] = all ? 1 : (unsigned char)wanted(&g->nodes[i], f);
  if (all) return keep;
  /* Context: each kept resource's provider, region and enclosing modules,
   * and the region of each kept provider. */
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if (!keep[i] || (n->kind != PG_NODE_RESOURCE && n->kind != PG_NODE_DATA)) continue;
    if (n->provider >= 0) keep[n->provider] = 1;
    for (pg_node_id m = n->parent; m >= 0 && !keep[m]; m = g->nodes[m].parent) keep[m] = 1;
  }
  for (size_t i = 0; i < g->n_edges; i++) {
    const edge *e = &g->edges[i];
    if (e->kind == PG_EDGE_REGION && keep[e->from]) keep[e->to] = 1;
  }
  return keep;
}

const char *region_color(const pg_graph *g, const char *region) {
  static const char *const palette[] = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759",
                                        "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
                                        "#9c755f", "#bab0ac"};
  for (size_t i = 0; i < g->n_regions; i++)
    if (strcmp(g->regions[i], region) == 0) return palette[i % 10];
  return "#dddddd";
}
