/* plangraph stats: counts by node kind, resource type, region and action;
 * reference resolution; unresolved references; how each region was found.
 * The figures are gathered once into a JSON document, which --format json
 * prints as it is and the text form renders. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char *const formats[] = {"text", "json", NULL};
static const cli_option format_option = CLI_FORMAT(formats, "text (default) or json");
static const cli_option *const options[] = {&format_option, &cli_opt_tf_graph, NULL};

static void bump(json_t *obj, const char *key) {
  json_t *v = json_object_get(obj, key);
  json_object_set_new(obj, key, json_integer(v ? json_integer_value(v) + 1 : 1));
}

/* The share of managed resources in a region whose region is known, and
 * how many of the rest are unknown for each reason; and how many are in
 * no region (of a provider that has none), for each provider. */
static json_t *resolution(const pg_graph *g) {
  json_int_t total = 0, known = 0, regionless = 0;
  json_t *why = json_object(), *none = json_object();
  for (pg_node_id i = 0; (size_t)i < pg_graph_node_count(g); i++) {
    pg_node_info n;
    pg_graph_node(g, i, &n);
    if (n.kind != PG_NODE_RESOURCE) continue;
    total++;
    if (n.regionless) regionless++, bump(none, n.region_source ? n.region_source : "");
    else if (strcmp(n.region, "unknown") != 0) known++;
    else bump(why, n.region_source ? n.region_source : "");
  }
  return json_pack("{s:I, s:I, s:I, s:o, s:o}", "managed_resources", total, "regionless",
                   regionless, "resolved", known, "unknown_by_reason", why,
                   "regionless_by_reason", none);
}

/* A node's region as stats shows it: "none" for a node of a provider
 * with no regions. */
static const char *region_shown(const pg_node_info *n) { return n->regionless ? "none" : n->region; }

/* What may resolve a reference through a local value: the output of
 * `terraform graph -type=plan`, unless such an output was read and did
 * not (it was told so for every unresolved local before). */
static const char *local_hint(const pg_graph *g, const pg_unresolved *u) {
  if (u->kind != PG_UNRESOLVED_LOCAL) return "";
  return pg_graph_tf_graph_locals(g)
             ? " (the `terraform graph -type=plan` output given does not resolve it either)"
             : " (pass --tf-graph with the output of `terraform graph -type=plan` to fill the gap)";
}

static json_t *gather(const pg_graph *g) {
  json_t *kinds = json_object(), *types = json_object(), *regions = json_object();
  json_t *actions = json_object(), *edges = json_object(), *unknown = json_array();
  json_t *data_types = json_object();
  json_t *providers = json_array();
  /* Each provider node's entry in providers, for counting what it serves. */
  size_t *entry_of = calloc(pg_graph_node_count(g) + 1, sizeof *entry_of);
  for (pg_node_id i = 0; (size_t)i < pg_graph_node_count(g); i++) {
    pg_node_info n;
    pg_graph_node(g, i, &n);
    bump(kinds, pg_node_kind_name(n.kind));
    if (n.kind == PG_NODE_PROVIDER) {
      if (entry_of) entry_of[i] = json_array_size(providers) + 1;
      json_t *p = json_pack("{s:s, s:s, s:s}", "provider", n.address, "region", region_shown(&n),
                            "source", n.region_source ? n.region_source : "");
      json_array_append_new(providers, p);
    }
    /* Data sources are counted apart, as terraform's plan summary leaves
     * them out: a lookup is neither created nor in a region's count. */
    if (n.kind == PG_NODE_DATA) bump(data_types, n.type);
    if (n.kind != PG_NODE_RESOURCE) continue;
    bump(types, n.type);
    bump(regions, region_shown(&n));
    if (pg_action_name(n.action)) bump(actions, pg_action_name(n.action));
    if (!n.regionless && strcmp(n.region, "unknown") == 0)
      json_array_append_new(unknown, json_pack("{s:s, s:s}", "address", n.address, "why",
                                               n.region_source ? n.region_source : ""));
  }
  /* How many resources and data sources each provider configuration
   * serves: one that serves none (terraform's implied default beside
   * aliases) has a region that matters to nothing. */
  size_t n_providers = json_array_size(providers);
  size_t *serves = calloc(n_providers + 1, sizeof *serves);
  for (pg_edge_id i = 0; (size_t)i < pg_graph_edge_count(g); i++) {
    pg_edge_info e;
    pg_graph_edge(g, i, &e);
    bump(edges, pg_edge_kind_name(e.kind));
    if (e.kind == PG_EDGE_PROVIDER && serves && entry_of && entry_of[e.to])
      serves[entry_of[e.to] - 1]++;
  }
  for (size_t k = 0; k < n_providers; k++)
    json_object_set_new(json_array_get(providers, k), "resources",
                        serves && entry_of ? json_integer((json_int_t)serves[k]) : json_null());
  free(serves);
  free(entry_of);
  size_t resolved, unresolved;
  pg_graph_reference_counts(g, &resolved, &unresolved);
  json_t *list = json_array();
  for (size_t i = 0; i < pg_graph_unresolved_count(g); i++) {
    const pg_unresolved *u = pg_graph_unresolved_get(g, i);
    char reason[1024];
    snprintf(reason, sizeof reason, "%s%s", u->reason, local_hint(g, u));
    json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s}", "config_address",
                                          u->config_address, "label", u->label, "reference",
                                          u->reference, "reason", reason));
  }
  const char *tfv = pg_graph_terraform_version(g), *fv = pg_graph_format_version(g);
  return json_pack("{s:s, s:o, s:o, s:I, s:I, s:o, s:o, s:o, s:o, s:o, s:o, "
                   "s:{s:I, s:I}, s:o, s:o, s:o, s:o, s:I, s:I}",
                   "plan", pg_graph_source(g),
                   "terraform_version", tfv ? json_string(tfv) : json_null(),
                   "format_version", fv ? json_string(fv) : json_null(),
                   "nodes", (json_int_t)pg_graph_node_count(g),
                   "edges", (json_int_t)pg_graph_edge_count(g),
                   "nodes_by_kind", kinds, "edges_by_kind", edges,
                   "resources_by_type", types, "resources_by_region", regions,
                   "resources_by_action", actions, "data_sources_by_type", data_types,
                   "references", "resolved", (json_int_t)resolved,
                   "unresolved", (json_int_t)unresolved,
                   "unresolved_references", list, "provider_regions", providers,
                   "region_resolution", resolution(g), "unknown_regions", unknown,
                   "tf_graph_edges_added", (json_int_t)pg_graph_tf_graph_added(g),
                   "deposed_objects_skipped", (json_int_t)pg_graph_deposed_skipped(g));
}

static void print_counts(const char *title, json_t *obj) {
  cli_show("%s:", title);
  const char *k;
  json_t *v;
  json_object_foreach(obj, k, v) cli_show("  %-40s %lld", k, (long long)json_integer_value(v));
}

static void print_resolution(json_t *r) {
  long long total = json_integer_value(json_object_get(r, "managed_resources")) -
                    json_integer_value(json_object_get(r, "regionless"));
  long long known = json_integer_value(json_object_get(r, "resolved"));
  cli_show("regions resolved: %lld of %lld managed resources (%lld%%)", known, total,
         total ? known * 100 / total : 100);
  const char *why;
  json_t *v;
  json_object_foreach(json_object_get(r, "unknown_by_reason"), why, v)
    cli_show("  %lld unknown: %s", (long long)json_integer_value(v), why);
  json_object_foreach(json_object_get(r, "regionless_by_reason"), why, v)
    cli_show("  %lld more in no region: %s", (long long)json_integer_value(v), why);
}

static void print_text(json_t *s) {
  json_t *tfv = json_object_get(s, "terraform_version"), *fv = json_object_get(s, "format_version");
  cli_show("plan: %s (terraform %s, format %s)", json_string_value(json_object_get(s, "plan")),
         json_is_string(tfv) ? json_string_value(tfv) : "unknown",
         json_is_string(fv) ? json_string_value(fv) : "unknown");
  cli_show("nodes: %lld, edges: %lld", (long long)json_integer_value(json_object_get(s, "nodes")),
         (long long)json_integer_value(json_object_get(s, "edges")));
  print_counts("nodes by kind", json_object_get(s, "nodes_by_kind"));
  print_counts("edges by kind", json_object_get(s, "edges_by_kind"));
  print_counts("resources by action", json_object_get(s, "resources_by_action"));
  print_counts("resources by region", json_object_get(s, "resources_by_region"));
  print_counts("resources by type", json_object_get(s, "resources_by_type"));
  if (json_object_size(json_object_get(s, "data_sources_by_type")))
    print_counts("data sources by type", json_object_get(s, "data_sources_by_type"));
  json_t *refs = json_object_get(s, "references");
  json_t *list = json_object_get(s, "unresolved_references");
  cli_show("references (one per instance): %lld resolved, %lld unresolved",
         (long long)json_integer_value(json_object_get(refs, "resolved")),
         (long long)json_integer_value(json_object_get(refs, "unresolved")));
  size_t i;
  json_t *v;
  if (json_array_size(list))
    cli_show("unresolved references (%zu in the configuration):", json_array_size(list));
  json_array_foreach(list, i, v) {
    const char *label = json_string_value(json_object_get(v, "label"));
    cli_show("  %s%s%s -> %s: %s", json_string_value(json_object_get(v, "config_address")),
           *label ? " " : "", label, json_string_value(json_object_get(v, "reference")),
           json_string_value(json_object_get(v, "reason")));
  }
  cli_show("regions of provider configurations:");
  json_array_foreach(json_object_get(s, "provider_regions"), i, v)
    cli_show("  %-30s %-16s %s%s", json_string_value(json_object_get(v, "provider")),
           json_string_value(json_object_get(v, "region")),
           json_string_value(json_object_get(v, "source")),
           json_integer_value(json_object_get(v, "resources")) == 0 &&
                   json_is_integer(json_object_get(v, "resources"))
               ? " (no resource uses it)"
               : "");
  print_resolution(json_object_get(s, "region_resolution"));
  list = json_object_get(s, "unknown_regions");
  if (json_array_size(list)) cli_show("resources whose region is unknown:");
  json_array_foreach(list, i, v)
    cli_show("  %s: %s", json_string_value(json_object_get(v, "address")),
           json_string_value(json_object_get(v, "why")));
  long long added = json_integer_value(json_object_get(s, "tf_graph_edges_added"));
  if (added) cli_show("edges added from terraform graph: %lld", added);
  long long deposed = json_integer_value(json_object_get(s, "deposed_objects_skipped"));
  if (deposed) cli_show("deposed objects left out: %lld", deposed);
}

static int run(const cli_args *a) {
  const char *format = cli_opt(a, "format");
  pg_graph *g = NULL;
  int rc = cli_load(a->pos[0], cli_opt(a, "tf-graph"), &g);
  if (rc != EXIT_OK) return rc;
  json_t *s = gather(g);
  if (!s) {
    fprintf(stderr, "plangraph: out of memory\n");
    rc = EXIT_BAD;
  } else if (format && strcmp(format, "json") == 0) {
    json_dumpf(s, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    putchar('\n');
  } else {
    print_text(s);
  }
  json_decref(s);
  pg_graph_free(g);
  return rc;
}

const cli_command cmd_stats = {
    "stats", "PLAN [options]", "counts, reference resolution, and how regions were found",
    "Counts nodes by kind, managed resources by type, region and action, data\n"
    "sources by type, and edges by kind; says how many references were\n"
    "resolved and lists each one that was not (with the resource that holds\n"
    "it and why); says how every provider's region was found (and which one\n"
    "no resource uses), and why any resource's region is unknown.",
    options, 1, 1, run};
