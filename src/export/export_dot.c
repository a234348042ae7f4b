/* DOT export: nodes filled by region colour (with a legend), shaped by
 * kind, grouped in clusters by module instance; edges styled by kind. */
#include <stdlib.h>
#include <string.h>

#include "export/export_select.h"

/* Writes s as a DOT quoted string: quotes and backslashes escaped, control
 * characters replaced, so any address stays one valid id. */
static void dot_str(FILE *out, const char *s) {
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
    if (*p == '"' || *p == '\\') fprintf(out, "\\%c", *p);
    else if (*p == '\n') fputs("\\n", out);
    else if (*p < 0x20 || *p == 0x7f) fputc('?', out);
    else fputc(*p, out);
  }
  fputc('"', out);
}

static const char *shape_of(pg_node_kind k) {
  switch (k) {
  case PG_NODE_RESOURCE: return "box";
  case PG_NODE_DATA: return "note";
  case PG_NODE_PROVIDER: return "component";
  case PG_NODE_REGION: return "doubleoctagon";
  case PG_NODE_MODULE: return "folder";
  }
  return "box";
}

static const char *edge_style(pg_edge_kind k) {
  switch (k) {
  case PG_EDGE_REFERENCE: return "solid";
  case PG_EDGE_VALUE: return "dashed";
  case PG_EDGE_DEPENDS_ON: return "bold";
  default: return "dotted";
  }
}

static void write_node(const pg_graph *g, const node *n, FILE *out) {
  fputs("    ", out);
  dot_str(out, n->address);
  fprintf(out, " [shape=%s, style=\"filled%s\", fillcolor=\"%s\", label=",
          shape_of(n->kind), n->action == PG_ACTION_DELETE ? ",dashed" : "",
          n->kind == PG_NODE_MODULE ? "#ffffff" : region_color(g, n->region));
  const char *act = pg_action_name(n->action);
  size_t len = strlen(n->address) + 32;
  char *label = malloc(len);
  if (label) {
    if (act && n->kind == PG_NODE_RESOURCE)
      snprintf(label, len, "%s\n(%s)", n->address, act);
    else
      snprintf(label, len, "%s", n->address);
    dot_str(out, label);
    free(label);
  }
  fputs("];\n", out);
}

int pg_export_dot(const pg_graph *g, const pg_filter *filter, FILE *out) {
  unsigned char *keep = select_nodes(g, filter);
  if (!keep) return PG_ERR_NOMEM;
  fputs("digraph plangraph {\n  rankdir=LR;\n  node [fontname=\"sans-serif\", "
        "fontsize=10];\n  edge [fontname=\"sans-serif\", fontsize=8];\n", out);
  /* Root-module nodes, then one cluster per module instance. */
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if (keep[i] && (n->kind == PG_NODE_REGION || n->kind == PG_NODE_PROVIDER ||
                    n->kind == PG_NODE_MODULE || !*n->module))
      write_node(g, n, out);
  }
  for (size_t m = 0; m < g->n_nodes; m++) {
    const node *mn = &g->nodes[m];
    if (mn->kind != PG_NODE_MODULE || !keep[m]) continue;
    fprintf(out, "  subgraph \"cluster_%zu\" {\n    label=", m);
    dot_str(out, mn->address);
    fputs(";\n    style=rounded;\n", out);
    const pg_edge_id *ids;
    size_t k = pg_graph_out_edges(g, (pg_node_id)m, &ids);
    for (size_t i = 0; i < k; i++) {
      const edge *e = &g->edges[ids[i]];
      const node *n = &g->nodes[e->to];
      if (e->kind == PG_EDGE_MODULE && keep[e->to] &&
          (n->kind == PG_NODE_RESOURCE || n->kind == PG_NODE_DATA))
        write_node(g, n, out);
    }
    fputs("  }\n", out);
  }
  for (size_t i = 0; i < g->n_edges; i++) {
    const edge *e = &g->edges[i];
    if (!keep[e->from] || !keep[e->to]) continue;
    fputs("  ", out);
    dot_str(out, g->nodes[e->from].address);
    fputs(" -> ", out);
    dot_str(out, g->nodes[e->to].address);
    fprintf(out, " [style=%s", e->ambiguous ? "dashed" : edge_style(e->kind));
    if (e->ambiguous) fputs(", ambiguous=true", out);
    if (e->label) {
      fputs(", label=", out);
      dot_str(out, e->label);
    }
    fputs("];\n", out);
  }
  fputs("  subgraph cluster_legend {\n    label=\"regions\";\n", out);
  for (size_t i = 0; i < g->n_regions; i++) {
    fprintf(out, "    \"legend_%zu\" [shape=plaintext, style=filled, fillcolor=\"%s\", label=",
            i, region_color(g, g->regions[i]));
    dot_str(out, g->regions[i]);
    fputs("];\n", out);
  }
  fputs("  }\n}\n", out);
  free(keep);
  return ferror(out) ? PG_ERR_IO : PG_OK;
}
