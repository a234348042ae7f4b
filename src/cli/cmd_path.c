/* plangraph path: the shortest dependency path between two nodes. */
#include <stdlib.h>

#include "cli/cli.h"

static const cli_option *const options[] = {&cli_opt_tf_graph, NULL};

static void print_path(const pg_graph *g, const pg_node_id *nodes,
                       const pg_edge_id *edges, size_t len) {
  pg_node_info n;
  pg_graph_node(g, nodes[0], &n);
  printf("%s\n", n.address);
  for (size_t i = 0; i < len; i++) {
    pg_edge_info e;
    pg_graph_edge(g, edges[i], &e);
    pg_graph_node(g, nodes[i + 1], &n);
    if (e.label)
      printf("  -> %s (%s %s)\n", n.address, pg_edge_kind_name(e.kind), e.label);
    else
      printf("  -> %s (%s)\n", n.address, pg_edge_kind_name(e.kind));
  }
}

static int run(const cli_args *a) {
  pg_graph *g = NULL;
  int rc = cli_load(a->pos[0], cli_opt(a, "tf-graph"), &g);
  if (rc != EXIT_OK) return rc;
  pg_node_id from = cli_find_node(g, a->pos[1]);
  pg_node_id to = from >= 0 ? cli_find_node(g, a->pos[2]) : -1;
  if (from < 0 || to < 0) {
    pg_graph_free(g);
    return EXIT_BAD;
  }
  pg_node_id *nodes;
  pg_edge_id *edges;
  size_t len;
  int r = pg_graph_shortest_path(g, from, to, &nodes, &edges, &len);
  if (r == PG_OK) {
    print_path(g, nodes, edges, len);
    rc = EXIT_OK;
  } else if (r == PG_ERR_NOT_FOUND &&
             pg_graph_shortest_path(g, to, from, &nodes, &edges, &len) == PG_OK) {
    printf("no path from %s to %s; the other way round, %s depends on %s:\n",
           a->pos[1], a->pos[2], a->pos[2], a->pos[1]);
    print_path(g, nodes, edges, len);
    rc = EXIT_FINDINGS;
  } else {
    printf("no dependency path between %s and %s\n", a->pos[1], a->pos[2]);
    rc = EXIT_FINDINGS;
  }
  free(nodes);
  free(edges);
  pg_graph_free(g);
  return rc;
}

const cli_command cmd_path = {
    "path", "PLAN FROM TO", "the shortest dependency path between two nodes",
    "Follows edges in their direction (FROM depends on ... TO). When there is\n"
    "no such path it tries the other direction and says so. Exit status 1\n"
    "when FROM does not depend on TO.",
    options, 3, 3, run};
