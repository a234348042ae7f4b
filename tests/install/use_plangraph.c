/* A caller of the installed library, built with nothing but
 * `pkg-config --cflags --libs plangraph`: loads a plan and prints its
 * graph's node and edge counts, or the diagnostics count and exit 2. The
 * install test runs it on a sample plan. */
#include <stdio.h>

#include <plangraph/plangraph.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: use_plangraph PLAN\n");
    return 2;
  }
  pg_diags *diags = NULL;
  pg_graph *g = NULL;
  if (pg_diags_new(&diags) != PG_OK) return 2;
  int rc = pg_graph_load(&g, argv[1], NULL, diags);
  if (rc != PG_OK) {
    fprintf(stderr, "use_plangraph: %s: %zu diagnostics\n", argv[1], pg_diags_count(diags));
    pg_diags_free(diags);
    return 2;
  }
  printf("plangraph %s: %zu nodes, %zu edges\n", PG_VERSION, pg_graph_node_count(g),
         pg_graph_edge_count(g));
  pg_graph_free(g);
  pg_diags_free(diags);
  return 0;
}
