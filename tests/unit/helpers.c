/* Test helpers shared by the graph tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

const char *source_path(const char *rel) {
  static char buf[4096];
  const char *root = getenv("PG_SOURCE_DIR");
  snprintf(buf, sizeof buf, "%s/%s", root ? root : ".", rel);
  return buf;
}

pg_graph *load_sample(const char *name, int tf_graph) {
  char plan[4096], dot[4096];
  snprintf(plan, sizeof plan, "%s", source_path("samples"));
  snprintf(plan + strlen(plan), sizeof plan - strlen(plan), "/%s/plan.json", name);
  snprintf(dot, sizeof dot, "%s", source_path("samples"));
  snprintf(dot + strlen(dot), sizeof dot - strlen(dot), "/%s/%s", name,
           tf_graph == 2 ? "tf-graph-plan.dot" : "tf-graph.dot");
  pg_diags *d;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  pg_load_options opts = {.tf_graph_path = tf_graph ? dot : NULL};
  pg_graph *g = NULL;
  int rc = pg_graph_load(&g, plan, &opts, d);
  for (size_t i = 0; i < pg_diags_count(d); i++) {
    char *s = pg_diag_format(pg_diags_get(d, i));
    fprintf(stderr, "%s\n", s);
    free(s);
  }
  pg_diags_free(d);
  assert_int_equal(rc, PG_OK);
  assert_non_null(g);
  return g;
}

pg_node_id node_at(const pg_graph *g, const char *address) {
  pg_node_id id = pg_graph_find(g, address);
  if (id < 0) fail_msg("no node %s", address);
  return id;
}

int count_edges(const pg_graph *g, const char *from, const char *to, pg_edge_kind kind,
                const char *label) {
  pg_node_id f = node_at(g, from), t = node_at(g, to);
  const pg_edge_id *ids;
  size_t n = pg_graph_out_edges(g, f, &ids);
  int found = 0;
  for (size_t i = 0; i < n; i++) {
    pg_edge_info e;
    pg_graph_edge(g, ids[i], &e);
    if (e.to == t && e.kind == kind &&
        (!label || (e.label && strcmp(e.label, label) == 0)))
      found++;
  }
  return found;
}

int reaches(const pg_graph *g, pg_node_id from, pg_node_id to) {
  pg_node_id *nodes;
  pg_edge_id *edges;
  size_t len;
  int rc = pg_graph_shortest_path(g, from, to, &nodes, &edges, &len);
  free(nodes);
  free(edges);
  return rc == PG_OK;
}
