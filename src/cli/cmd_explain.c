/* plangraph explain: everything the graph knows about one node. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "plangraph/guard.h"

static const cli_option *const options[] = {&cli_opt_tf_graph, &cli_opt_tf_dir, NULL};

static void print_edges(const pg_graph *g, pg_node_id id, int out) {
  const pg_edge_id *ids;
  size_t n = out ? pg_graph_out_edges(g, id, &ids) : pg_graph_in_edges(g, id, &ids);
  cli_show("%s edges (%zu):", out ? "outgoing" : "incoming", n);
  for (size_t i = 0; i < n; i++) {
    pg_edge_info e;
    pg_node_info other;
    pg_graph_edge(g, ids[i], &e);
    pg_graph_node(g, out ? e.to : e.from, &other);
    cli_show("  %s %-11s %-28s %s%s", out ? "->" : "<-", pg_edge_kind_name(e.kind),
           e.label ? e.label : "", other.address,
           e.ambiguous ? " (one of several; the plan cannot tell which)" : "");
  }
}

static int run(const cli_args *a) {
  pg_graph *g = NULL;
  char dir[4096];
  int nomem;
  const char *source_dir =
      cli_source_dir(a->pos[0], cli_opt(a, "tf-dir"), dir, sizeof dir, &nomem);
  if (nomem) {
    cli_say_out_of_memory("looking for the plan's .tf files");
    return EXIT_BAD;
  }
  int rc = cli_load_at(a->pos[0], cli_opt(a, "tf-graph"), source_dir, &g);
  if (rc != EXIT_OK) return rc;
  pg_node_id id = cli_find_node(g, a->pos[1]);
  if (id < 0) {
    pg_graph_free(g);
    return EXIT_BAD;
  }
  pg_node_info n;
  pg_graph_node(g, id, &n);
  cli_show("address:        %s", n.address);
  cli_show("kind:           %s", pg_node_kind_name(n.kind));
  if (n.type) cli_show("type:           %s", n.type);
  if (n.name) cli_show("name:           %s", n.name);
  if (n.kind != PG_NODE_REGION) cli_show("module:         %s", *n.module ? n.module : "(root)");
  if (n.index_kind == PG_INDEX_NUMBER) cli_show("index:          %lld", (long long)n.index_number);
  if (n.index_kind == PG_INDEX_STRING) cli_show("index:          \"%s\"", n.index_string);
  if (n.config_address) cli_show("config address: %s", n.config_address);
  if (n.file) cli_show("block:          %s:%u", n.file, n.line);
  if (n.provider >= 0) {
    pg_node_info p;
    pg_graph_node(g, n.provider, &p);
    cli_show("provider:       %s", p.address);
  }
  if (n.kind != PG_NODE_MODULE)
    cli_show("region:         %s (%s)", n.regionless ? "none" : n.region,
             n.region_source ? n.region_source : "");
  if (pg_action_name(n.action)) cli_show("action:         %s", pg_action_name(n.action));
  if (n.kind == PG_NODE_RESOURCE || n.kind == PG_NODE_DATA) {
    char *values = pg_node_values_render(g, id);
    pg_values_text t;
    if (!values && pg_graph_node_values(g, id, &t) == PG_OK) {
      /* It has values but they could not be rendered: memory ran out. */
      cli_say_out_of_memory(NULL);
      pg_graph_free(g);
      return EXIT_BAD;
    }
    /* JSON over several lines: its line breaks kept, anything else escaped. */
    fputs("values:         ", stdout);
    if (values) pg_text_write_visible(stdout, values, strlen(values), 1);
    else fputs("(none)", stdout);
    putchar('\n');
    free(values);
  }
  print_edges(g, id, 1);
  print_edges(g, id, 0);
  pg_graph_free(g);
  return EXIT_OK;
}

const cli_command cmd_explain = {
    "explain", "PLAN ADDRESS", "one node: region and why, provider, action, values, edges",
    "Shows a node's fields, the file and line of its block (found as for\n"
    "check: --tf-dir, by default the plan's folder), how its region was\n"
    "resolved, its planned values (sensitive ones as \"(sensitive)\", unknown\n"
    "ones as \"(known after apply)\") and its incoming and outgoing edges.",
    options, 2, 2, run};
