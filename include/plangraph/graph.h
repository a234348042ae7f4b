/* The typed dependency graph of a Terraform plan: what it holds, how to load
 * it, and how to look things up in it. Graphs are opaque; every string a
 * graph hands out is owned by it and lives until pg_graph_free. */
#ifndef PLANGRAPH_GRAPH_H
#define PLANGRAPH_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "plangraph/diag.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pg_graph pg_graph;
typedef int32_t pg_node_id;   /* a vertex id; -1 means none */
typedef int32_t pg_edge_id;   /* an edge id; -1 means none */

typedef enum pg_node_kind {
  PG_NODE_RESOURCE,  /* a managed resource instance */
  PG_NODE_DATA,      /* a data source instance */
  PG_NODE_PROVIDER,  /* a provider configuration */
  PG_NODE_REGION,    /* a region some provider or resource is in */
  PG_NODE_MODULE     /* a module instance */
} pg_node_kind;

typedef enum pg_edge_kind {
  PG_EDGE_REFERENCE,  /* a configuration expression refers to the target */
  PG_EDGE_VALUE,      /* a known value equals the target's known id or arn */
  PG_EDGE_DEPENDS_ON, /* depends_on, or an edge added from terraform graph */
  PG_EDGE_PROVIDER,   /* resource -> its provider configuration */
  PG_EDGE_REGION,     /* provider (or resource with its own region) -> region */
  PG_EDGE_MODULE      /* module -> what it contains */
} pg_edge_kind;

typedef enum pg_action {
  PG_ACTION_NONE,     /* not a resource */
  PG_ACTION_CREATE,
  PG_ACTION_UPDATE,
  PG_ACTION_DELETE,
  PG_ACTION_REPLACE,
  PG_ACTION_NOOP,
  PG_ACTION_READ,
  PG_ACTION_FORGET    /* removed from state without being destroyed */
} pg_action;

typedef enum pg_index_kind {
  PG_INDEX_NONE,      /* no count or for_each */
  PG_INDEX_NUMBER,    /* count index */
  PG_INDEX_STRING     /* for_each key */
} pg_index_kind;

/* A read-only view of one node. Strings are owned by the graph; a field
 * that does not apply to the node's kind is NULL (or PG_INDEX_NONE). */
typedef struct pg_node_info {
  pg_node_kind kind;
  const char *address;        /* as terraform writes it; provider.KEY, region.NAME */
  const char *type;           /* resource type; provider name for providers */
  const char *name;           /* resource name; alias, region or call name */
  const char *module;         /* module instance address, "" for the root */
  pg_index_kind index_kind;
  int64_t index_number;
  const char *index_string;
  const char *config_address; /* address without instance keys */
  pg_node_id provider;        /* provider configuration node, or -1 */
  const char *region;         /* region name, or "unknown" */
  const char *region_source;  /* how the region was found, or why not */
  /* The region comes from a sensitive value (a sensitive `region` argument
   * or variable): region is "unknown" and region() is a sensitive value. */
  int region_sensitive;
  /* The region is the provider configuration's (the node sets no region
   * of its own): two such nodes of one provider share a region, known or
   * not. */
  int region_by_provider;
  /* The region was inferred over a same-region reference (a provider that
   * takes its region from the environment, holding a subnet group that a
   * cluster of a known region names by db_subnet_group_name), or taken from
   * what the configuration asks of it (an alarm's literal action, a health
   * check's cloudwatch_alarm_region): that attribute; else NULL. It is
   * then assumed, not shown, to be right. */
  const char *region_tie;
  /* Made by a provider that has no regions (terraform_data, random_*,
   * null_resource, time_sleep, tls_*...: anything not of the AWS
   * providers), or that provider's configuration: region is "unknown",
   * but no region will ever be known, and region() is null. */
  int regionless;
  pg_action action;
  /* The block's .tf file (the source directory joined with its path) and
   * header line, when pg_load_options.source_dir was given and the block
   * was found there; else NULL and 0. */
  const char *file;
  unsigned line;
  /* The `# plangraph:ignore=QUERY-ID reason` comments above the block, one
   * "QUERY-ID reason" a line, or NULL. */
  const char *ignores;
} pg_node_info;

typedef struct pg_edge_info {
  pg_node_id from;
  pg_node_id to;
  pg_edge_kind kind;
  const char *label;          /* attribute path, or NULL */
  /* The reference names one instance of the target (a module call's
   * instances, through the call's node), and the plan cannot tell which:
   * the target is the set of candidates, not each of them. */
  int ambiguous;
} pg_edge_info;

/* A reference that the plan's configuration names but that does not lead to
 * any node (a local value, an object with no instances, ...). */
typedef enum pg_unresolved_kind {
  PG_UNRESOLVED_OTHER,        /* see the reason */
  PG_UNRESOLVED_LOCAL         /* a local value: a terraform graph can fill it */
} pg_unresolved_kind;

typedef struct pg_unresolved {
  const char *config_address; /* the resource that holds the reference */
  const char *label;          /* attribute path */
  const char *reference;      /* the reference as terraform wrote it */
  const char *reason;         /* why it leads nowhere */
  pg_unresolved_kind kind;    /* what a caller can do about it */
} pg_unresolved;

typedef struct pg_load_options {
  const char *tf_graph_path;  /* output of `terraform graph`, or NULL */
  uint64_t max_input_bytes;   /* 0: the default (PG_DEFAULT_MAX_INPUT) */
  uint64_t max_nodes;         /* 0: the default (PG_DEFAULT_MAX_NODES) */
  /* How long a pipe, FIFO or standard input may go without data (waiting
   * for a writer, or a stalled one) before the load fails; 0: the default
   * (PG_DEFAULT_INPUT_WAIT). Regular files are read without a wait. */
  double input_wait_seconds;
  /* Converts a file in another format (a binary plan file, as `terraform
   * plan -out` writes it) into plan JSON. It gets the path and ctx; on
   * PG_OK *out is a malloc'd buffer of *len bytes with a NUL after them
   * (at most max_bytes), which the library frees. PG_ERR_NOT_FOUND: no
   * converter is available (the library says how to make the JSON);
   * another status: conversion failed, and the callback has added the
   * diagnostic. NULL: such files are refused. Never called for "-". */
  int (*convert)(const char *path, void *ctx, uint64_t max_bytes, char **out,
                 size_t *len, pg_diags *diags);
  void *convert_ctx;
  /* The root module's directory (where terraform plan ran), to find the
   * .tf file and line of each block; local modules by their source,
   * others through .terraform/modules/modules.json. A provider block's
   * region expression is read there too, when it is more than a reference
   * (plan JSON records only what it reads): `var.p == "a" ? "b" : "a"`
   * is evaluated, and a form plangraph does not evaluate leaves the
   * region unknown. NULL: no locations, and regions from the plan alone. */
  const char *source_dir;
} pg_load_options;

#define PG_DEFAULT_MAX_INPUT (8ull << 30)
#define PG_DEFAULT_MAX_NODES 20000000ull
#define PG_DEFAULT_INPUT_WAIT 120.0

/* Reads a plan (`terraform show -json` output) from path, or standard input
 * when path is "-", and builds its graph. A binary plan file is passed to
 * opts->convert when there is one. On failure *out is NULL and diags says
 * why. opts may be NULL. */
PG_API int pg_graph_load(pg_graph **out, const char *path, const pg_load_options *opts,
                  pg_diags *diags);
/* The same from a buffer (copied); name is used in messages. */
PG_API int pg_graph_load_buffer(pg_graph **out, const char *name, const char *data,
                         size_t len, const pg_load_options *opts,
                         pg_diags *diags);
/* Frees the graph; NULL is a no-op. */
PG_API void pg_graph_free(pg_graph *g);

PG_API const char *pg_graph_terraform_version(const pg_graph *g); /* NULL if absent */
PG_API const char *pg_graph_format_version(const pg_graph *g);
PG_API const char *pg_graph_source(const pg_graph *g);           /* file name */

PG_API size_t pg_graph_node_count(const pg_graph *g);
PG_API size_t pg_graph_edge_count(const pg_graph *g);
/* Fills *out for node id; returns PG_OK or PG_ERR_NOT_FOUND. */
PG_API int pg_graph_node(const pg_graph *g, pg_node_id id, pg_node_info *out);
PG_API int pg_graph_edge(const pg_graph *g, pg_edge_id id, pg_edge_info *out);

/* O(1) look-up by exact address (resource, data source, provider.KEY,
 * region.NAME, module address); -1 when absent. */
PG_API pg_node_id pg_graph_find(const pg_graph *g, const char *address);
/* Walks the k nodes of one type, region (resources and data sources only)
 * or config address, in plan order: first, then next until -1. */
PG_API pg_node_id pg_graph_first_of_type(const pg_graph *g, const char *type);
PG_API pg_node_id pg_graph_next_of_type(const pg_graph *g, pg_node_id id);
PG_API pg_node_id pg_graph_first_in_region(const pg_graph *g, const char *region);
PG_API pg_node_id pg_graph_next_in_region(const pg_graph *g, pg_node_id id);
PG_API pg_node_id pg_graph_first_of_config(const pg_graph *g, const char *config_address);
PG_API pg_node_id pg_graph_next_of_config(const pg_graph *g, pg_node_id id);

/* Outgoing and incoming edges of a node: *ids points into the graph. */
/* Open references: the attribute labels under which node id holds a
 * reference the plan does not resolve (a local value, without a
 * `terraform graph -type=plan` to read it through), sorted; what such a
 * reference names is not in the graph. *labels is borrowed. */
PG_API size_t pg_graph_open_labels(const pg_graph *g, pg_node_id id, const char *const **labels);
/* The distinct labels of open references, and for label i the nodes that
 * hold one (sorted, borrowed). */
PG_API size_t pg_graph_open_label_count(const pg_graph *g);
PG_API const char *pg_graph_open_label(const pg_graph *g, size_t i, const pg_node_id **holders,
                                       size_t *n);
PG_API size_t pg_graph_out_edges(const pg_graph *g, pg_node_id id, const pg_edge_id **ids);
PG_API size_t pg_graph_in_edges(const pg_graph *g, pg_node_id id, const pg_edge_id **ids);

/* Region names known to the graph, sorted; "unknown" is not among them. */
PG_API size_t pg_graph_region_count(const pg_graph *g);
PG_API const char *pg_graph_region_name(const pg_graph *g, size_t i);

PG_API size_t pg_graph_unresolved_count(const pg_graph *g);
PG_API const pg_unresolved *pg_graph_unresolved_get(const pg_graph *g, size_t i);
/* Reference resolutions: how many (instance, reference) pairs led to at
 * least one node, and how many led nowhere. */
PG_API void pg_graph_reference_counts(const pg_graph *g, size_t *resolved,
                               size_t *unresolved);
/* Edges added from --tf-graph, and deposed objects left out. */
PG_API size_t pg_graph_tf_graph_added(const pg_graph *g);
/* Whether a `terraform graph -type=plan` DOT (the form that shows local
 * values) was read: an open reference left then is one it could not
 * resolve either. */
PG_API int pg_graph_tf_graph_locals(const pg_graph *g);
PG_API size_t pg_graph_deposed_skipped(const pg_graph *g);
/* How long loading took: reading and parsing the plan, then building the
 * graph (references, values, indexes), in seconds. */
PG_API void pg_graph_timings(const pg_graph *g, double *load_seconds, double *build_seconds);

/* The shortest path along edge directions from one node to another.
 * On PG_OK *nodes (len+1 entries) and *edges (len entries) are malloc'd and
 * the caller frees them; PG_ERR_NOT_FOUND when there is no path. */
PG_API int pg_graph_shortest_path(const pg_graph *g, pg_node_id from, pg_node_id to,
                           pg_node_id **nodes, pg_edge_id **edges, size_t *len);

/* The raw planned values of a resource or data source (after, or before for
 * a deletion) with terraform's unknown and sensitive marks, as JSON text
 * slices owned by the graph; a missing part has len 0. */
typedef struct pg_values_text {
  const char *values;        size_t values_len;
  const char *unknown;       size_t unknown_len;
  const char *sensitive;     size_t sensitive_len;
} pg_values_text;
PG_API int pg_graph_node_values(const pg_graph *g, pg_node_id id, pg_values_text *out);

/* Whether the configuration block of resource or data source id sets the
 * argument `name` (an expression, or a nested block written out): 1 or 0;
 * -1 when the plan holds no configuration for it. `name` is a top-level
 * argument, or a dotted path into nested blocks
 * ("rule.destination.bucket": set in any instance of the blocks; a
 * component of digits picks one instance). An
 * argument left unset is one the provider computes (endpoint_group_region:
 * the provider's region). Plan JSON records no `dynamic` block: a block
 * that only a dynamic block makes reads 0. */
PG_API int pg_graph_node_sets(const pg_graph *g, pg_node_id id, const char *name);
/* How node id's configuration sets the top-level argument `name`, as
 * compact JSON in *out (malloc'd, the caller frees it):
 * {"module": MODULE, "expression": EXPR}, EXPR as plan JSON writes it (a
 * constant_value, or the references it reads); "null" when unset. The
 * module tells apart references of the same text in two modules. PG_OK,
 * PG_ERR_NOT_FOUND when the plan holds no configuration for it, or
 * PG_ERR_NOMEM. The text may hold a value the configuration writes as a
 * constant that plan JSON does not mark (a provider's access_key): a
 * caller keeps it from any output. */
PG_API int pg_graph_node_setting(const pg_graph *g, pg_node_id id, const char *name, char **out);
/* Reference i of the argument `name` in node id's configuration, as
 * terraform lists them (the longest traversal first:
 * "aws_lb.web.dns_name", then "aws_lb.web"); NULL past the last, when the
 * argument is not set, or without a configuration. `name` is a path as
 * pg_graph_node_sets reads it: the references of every instance of the
 * nested blocks, in the order written. Borrowed. */
PG_API const char *pg_graph_node_reference(const pg_graph *g, pg_node_id id, const char *name,
                                           size_t i);

/* The type of provisioner i ("local-exec", "remote-exec", "file") in node
 * id's configuration, in the order written; NULL past the last, or
 * without a configuration. Borrowed. */
PG_API const char *pg_graph_node_provisioner(const pg_graph *g, pg_node_id id, size_t i);

PG_API const char *pg_node_kind_name(pg_node_kind kind);
PG_API const char *pg_edge_kind_name(pg_edge_kind kind);
PG_API const char *pg_action_name(pg_action action);
/* The resource is there after apply: its action neither destroys it nor
 * forgets it (a replaced resource is there, anew). The one test of
 * "present" that queries, inference and lookups share. */
PG_API int pg_action_present(pg_action action);

#ifdef __cplusplus
}
#endif
#endif
