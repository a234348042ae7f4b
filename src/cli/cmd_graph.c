/* plangraph graph: export the graph as JSON (the stable contract), DOT or
 * GraphML, optionally narrowed to some resource types or one region. */
#include <string.h>

#include "cli/cli.h"

static const char *const formats[] = {"json", "dot", "graphml", NULL};
static const cli_option format_option = CLI_FORMAT(formats, "json (default), dot or graphml"),
    type = {"type", 't', "GLOB", "keep resources whose type matches GLOB (aws_db_*)", CLI_TEXT,
            NULL},
    region = {"region", 'r', "REGION", "keep resources in REGION", CLI_TEXT, NULL};
static const cli_option *const options[] = {&format_option, &type, &region, &cli_opt_output,
                                            &cli_opt_tf_graph, NULL};

static int run(const cli_args *a) {
  const char *format = cli_opt(a, "format");
  if (!format) format = "json";
  int (*writer)(const pg_graph *, const pg_filter *, FILE *) =
      strcmp(format, "json") == 0      ? pg_export_json
      : strcmp(format, "dot") == 0     ? pg_export_dot
      : strcmp(format, "graphml") == 0 ? pg_export_graphml
                                       : NULL;
  if (!writer) return cli_usage_error(a->cmd, "unknown format '%s'", format);
  pg_graph *g = NULL;
  int rc = cli_load(a->pos[0], cli_opt(a, "tf-graph"), &g);
  if (rc != EXIT_OK) return rc;
  pg_filter filter = {cli_opt(a, "type"), cli_opt(a, "region")};
  cli_out out;
  rc = cli_out_open(&out, cli_opt(a, "output"));
  if (rc == EXIT_OK) {
    if (writer(g, &filter, out.f) != PG_OK) {
      fprintf(stderr, "plangraph: writing the graph failed\n");
      cli_out_abort(&out);
      rc = EXIT_BAD;
    } else {
      rc = cli_out_commit(&out);
    }
  }
  pg_graph_free(g);
  return rc;
}

const cli_command cmd_graph = {
    "graph", "PLAN [options]", "export the dependency graph (json, dot, graphml)",
    "Writes every node (resources, data sources, providers, regions, modules)\n"
    "and every typed edge. The JSON form is a stable contract:\n"
    "{format_version, terraform_version, regions, nodes, edges}. DOT fills\n"
    "nodes by region; render it with `dot -Tsvg`.",
    options, 1, 1, run};
