/* JSON export: the stable graph contract (format_version "1"):
 * {format_version, terraform_version, regions, nodes, edges}. */
#include <stdlib.h>

#include "export/export_select.h"

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *node_json(const pg_graph *g, const node *n) {
  json_t *o = json_object();
  json_object_set_new(o, "address", json_string(n->address));
  json_object_set_new(o, "kind", json_string(pg_node_kind_name(n->kind)));
  json_object_set_new(o, "type", str_or_null(n->type));
  json_object_set_new(o, "name", str_or_null(n->name));
  json_object_set_new(o, "module", str_or_null(n->kind == PG_NODE_REGION ? NULL : n->module));
  json_t *idx = n->index_kind == PG_INDEX_NUMBER ? json_integer(n->index_number)
              : n->index_kind == PG_INDEX_STRING ? json_string(n->index_string)
              : json_null();
  json_object_set_new(o, "index", idx);
  json_object_set_new(o, "config_address", str_or_null(n->config_address));
  json_object_set_new(o, "provider",
                      n->provider >= 0 ? json_string(g->nodes[n->provider].address)
                                       : json_null());
  int placed = n->kind != PG_NODE_MODULE && !n->regionless;
  json_object_set_new(o, "region", placed ? json_string(n->region) : json_null());
  json_object_set_new(o, "action", str_or_null(pg_action_name(n->action)));
  return o;
}

int pg_export_json(const pg_graph *g, const pg_filter *filter, FILE *out) {
  unsigned char *keep = select_nodes(g, filter);
  if (!keep) return PG_ERR_NOMEM;
  json_t *doc = json_object();
  json_object_set_new(doc, "format_version", json_string("1"));
  json_object_set_new(doc, "terraform_version", str_or_null(g->terraform_version));
  json_t *regions = json_array(), *nodes = json_array(), *edges = json_array();
  for (size_t i = 0; i < g->n_regions; i++) {
    char addr[512];
    snprintf(addr, sizeof addr, "region.%s", g->regions[i]);
    pg_node_id r = pg_graph_find(g, addr);
    if (r < 0 || keep[r]) json_array_append_new(regions, json_string(g->regions[i]));
  }
  for (size_t i = 0; i < g->n_nodes; i++)
    if (keep[i]) json_array_append_new(nodes, node_json(g, &g->nodes[i]));
  for (size_t i = 0; i < g->n_edges; i++) {
    const edge *e = &g->edges[i];
    if (!keep[e->from] || !keep[e->to]) continue;
    json_t *o = json_object();
    json_object_set_new(o, "from", json_string(g->nodes[e->from].address));
    json_object_set_new(o, "to", json_string(g->nodes[e->to].address));
    json_object_set_new(o, "kind", json_string(pg_edge_kind_name(e->kind)));
    json_object_set_new(o, "label", str_or_null(e->label));
    if (e->ambiguous) json_object_set_new(o, "ambiguous", json_true());
    json_array_append_new(edges, o);
  }
  json_object_set_new(doc, "regions", regions);
  json_object_set_new(doc, "nodes", nodes);
  json_object_set_new(doc, "edges", edges);
  free(keep);
  int rc = json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(doc);
  if (rc != 0 || fputc('\n', out) == EOF) return PG_ERR_IO;
  return PG_OK;
}
