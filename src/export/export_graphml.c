/* GraphML export through igraph's writer: a copy of the topology with the
 * node and edge fields as igraph attributes (igraph's C attribute handler
 * is switched on only for this copy). Key ids carry igraph's domain prefix
 * (v_kind for nodes, e_kind for edges) so that each id is declared once, as
 * GraphML requires; attr.name keeps the field's own name
 * (docs/report-format.md). */
#include <stdlib.h>
#include <string.h>

#include "export/export_select.h"
#include "base/xmltext.h"
#include "graph/ig_guard.h"

static int set_vstr(igraph_t *ig, const char *name, igraph_integer_t v, const char *s) {
  char *safe = xml_clean_text(s ? s : "", 0);
  if (!safe) return -1;
  int rc = igraph_cattribute_VAS_set(ig, name, v, safe);
  free(safe);
  return rc;
}

static int set_estr(igraph_t *ig, const char *name, igraph_integer_t e, const char *s) {
  char *safe = xml_clean_text(s ? s : "", 0);
  if (!safe) return -1;
  int rc = igraph_cattribute_EAS_set(ig, name, e, safe);
  free(safe);
  return rc;
}

int pg_export_graphml(const pg_graph *g, const pg_filter *filter, FILE *out) {
  unsigned char *keep = select_nodes(g, filter);
  if (!keep) return PG_ERR_NOMEM;
  int32_t *vid = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *vid);
  igraph_vector_int_t ev;
  if (!vid || igraph_vector_int_init(&ev, 0)) {
    free(keep);
    free(vid);
    return PG_ERR_NOMEM;
  }
  int32_t nv = 0;
  for (size_t i = 0; i < g->n_nodes; i++) vid[i] = keep[i] ? nv++ : -1;
  int rc = PG_OK;
  for (size_t i = 0; i < g->n_edges && rc == PG_OK; i++) {
    const edge *e = &g->edges[i];
    if (vid[e->from] < 0 || vid[e->to] < 0) continue;
    if (igraph_vector_int_push_back(&ev, vid[e->from]) ||
        igraph_vector_int_push_back(&ev, vid[e->to]))
      rc = PG_ERR_NOMEM;
  }
  igraph_attribute_table_t *old = igraph_set_attribute_table(&igraph_cattribute_table);
  ig_guard saved = ig_guard_enter();
  igraph_t ig;
  int made = 0;
  if (rc == PG_OK) {
    if (igraph_create(&ig, &ev, nv, IGRAPH_DIRECTED) != IGRAPH_SUCCESS) rc = PG_ERR_INTERNAL;
    else made = 1;
  }
  for (size_t i = 0; i < g->n_nodes && rc == PG_OK; i++) {
    if (vid[i] < 0) continue;
    const node *n = &g->nodes[i];
    igraph_integer_t v = vid[i];
    const char *act = pg_action_name(n->action);
    if (set_vstr(&ig, "address", v, n->address) || set_vstr(&ig, "kind", v, pg_node_kind_name(n->kind)) ||
        set_vstr(&ig, "type", v, n->type) || set_vstr(&ig, "module", v, n->module) ||
        set_vstr(&ig, "region", v, n->kind == PG_NODE_MODULE || n->regionless ? "" : n->region) ||
        set_vstr(&ig, "action", v, act ? act : ""))
      rc = PG_ERR_NOMEM;
  }
  /* The ambiguous attribute is written only by graphs that have such an
   * edge, so other GraphML stays as it was. */
  int any_ambiguous = 0;
  for (size_t i = 0; i < g->n_edges; i++)
    any_ambiguous |= g->edges[i].ambiguous && vid[g->edges[i].from] >= 0 && vid[g->edges[i].to] >= 0;
  size_t k = 0;
  for (size_t i = 0; i < g->n_edges && rc == PG_OK; i++) {
    const edge *e = &g->edges[i];
    if (vid[e->from] < 0 || vid[e->to] < 0) continue;
    if (set_estr(&ig, "kind", (igraph_integer_t)k, pg_edge_kind_name(e->kind)) ||
        set_estr(&ig, "label", (igraph_integer_t)k, e->label ? e->label : "") ||
        (any_ambiguous &&
         set_estr(&ig, "ambiguous", (igraph_integer_t)k, e->ambiguous ? "true" : "false")))
      rc = PG_ERR_NOMEM;
    k++;
  }
  if (rc == PG_OK && igraph_write_graph_graphml(&ig, out, /*prefixattr=*/1) != IGRAPH_SUCCESS)
    rc = PG_ERR_IO;
  if (made) igraph_destroy(&ig);
  ig_guard_leave(saved);
  igraph_set_attribute_table(old);
  igraph_vector_int_destroy(&ev);
  free(vid);
  free(keep);
  return rc;
}
