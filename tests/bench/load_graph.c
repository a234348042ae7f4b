/* Benchmark driver: loads a plan and builds its graph, then frees it; prints
 * the node and edge counts so a run can be checked. */
#include <stdio.h>

#include "plangraph/plangraph.h"

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: pg_load_graph PLAN\n");
    return 2;
  }
  pg_diags *d = NULL;
  pg_graph *g = NULL;
  if (pg_diags_new(&d) != PG_OK) return 2;
  int rc = pg_graph_load(&g, argv[1], NULL, d);
  if (rc != PG_OK) {
    for (size_t i = 0; i < pg_diags_count(d); i++)
      fprintf(stderr, "%s\n", pg_diags_get(d, i)->message);
    pg_diags_free(d);
    return 2;
  }
  printf("nodes %zu edges %zu\n", pg_graph_node_count(g), pg_graph_edge_count(g));
  pg_graph_free(g);
  pg_diags_free(d);
  return 0;
}
