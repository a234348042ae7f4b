/* The graph's private layout, shared by the build stages and the
 * exporters. src/load.c is the one place that writes the stage order (read
 * plan -> configuration -> nodes -> regions -> references -> values ->
 * secrets -> tf graph -> regions from evidence -> finish); the declarations below follow it. Node and edge payloads sit in arrays indexed by
 * igraph vertex and edge ids; strings are interned in the graph's arena. */
#ifndef PG_GRAPH_IMPL_H
#define PG_GRAPH_IMPL_H

#include <igraph.h>
#include <jansson.h>

#include "base/arena.h"
#include "base/hash.h"
#include "base/jscan.h"
#include "plangraph/graph.h"
#include "base/strtab.h"

typedef struct node {
  pg_node_kind kind;
  pg_action action;
  pg_index_kind index_kind;
  int64_t index_number;
  const char *address;        /* interned */
  const char *type;           /* interned */
  const char *name;           /* interned */
  const char *module;         /* module instance address, interned */
  const char *index_string;   /* decoded for_each key */
  const char *config_address; /* interned */
  const char *region;         /* interned; "unknown" until resolved */
  const char *region_source;  /* how, or why not */
  int region_secret;          /* region comes from a sensitive value: unknown */
  int region_by_provider;     /* region is its provider configuration's */
  int region_written;         /* a provider's region read from the sources'
                                 text: data read while planning may
                                 contradict it (infer.c), and its region
                                 edge waits until then */
  int region_from_env;        /* a provider whose region argument is null
                                 (a variable left null): as if unset, the
                                 environment's region at run time */
  const char *region_tie;     /* the same-region reference, or assumed
                                 attribute, its region was inferred over
                                 (infer.c), or NULL */
  int regionless;             /* made by a provider that has no regions */
  pg_node_id provider;        /* provider node, or -1 */
  pg_node_id parent;          /* containing module node, or -1 (root) */
  pg_node_id next_type;       /* index chains, -1 terminated */
  pg_node_id next_region;
  pg_node_id next_config;
  pg_node_id next_base;        /* next instance of the same base address */
  jslice values;              /* after (before for deletions) */
  jslice unknown;             /* after_unknown */
  jslice sensitive;           /* after_sensitive (before_sensitive) */
  const char *id_value;       /* known id, for value edges */
  const char *arn_value;      /* known arn */
  const char *own_region;     /* a known region_argument value (regions.h), or NULL */
  json_t *config;             /* resource block in configuration (borrowed) */
  struct cfg_module *cfg;     /* configuration module it belongs to */
  const char *src_file;       /* .tf file of its block (interned), or NULL */
  unsigned src_line;          /* line of the block header; 0 when none */
  const char *src_ignores;    /* its plangraph:ignore= comments, or NULL */
} node;

typedef struct edge {
  pg_node_id from;
  pg_node_id to;
  pg_edge_kind kind;
  const char *label;          /* interned, or NULL */
  int ambiguous;              /* see pg_edge_info.ambiguous */
} edge;

/* A module in the configuration tree (one per module call path). */
typedef struct cfg_module {
  const char *address;        /* module.a.module.b, "" for root */
  json_t *obj;                /* {resources, module_calls, outputs, variables} */
  json_t *call;               /* the module_calls entry in the parent */
  const char *call_name;      /* NULL for root */
  struct cfg_module *parent;  /* NULL for root */
  struct cfg_module *next;    /* all modules, in a list */
  const char *dir;            /* its source directory (sources.c), or NULL */
  int dir_done;               /* dir has been worked out */
} cfg_module;

/* A holder of a known id or arn, chained per value string. */
typedef struct value_holder {
  pg_node_id node;
  int32_t next;               /* next holder of the same value, or -1 */
} value_holder;

/* A reference held under `label` that leads nowhere the plan can tell
 * (open_refs.c). */
typedef struct open_ref {
  pg_node_id node;
  const char *label;          /* interned */
} open_ref;

typedef struct pg_secret {
  const char *text;
  size_t len;                 /* kept: it is searched for in every value string */
  const char *origin;         /* where the plan marks it: "var.NAME", or an
                                 address and attribute path (never secret) */
} pg_secret;

/* Instance counts asked while references are resolved (refkeys.c): by a
 * block's first instance (plus 1, so that a zeroed entry is empty) and
 * module instance, direct-mapped. */
#define PG_COUNT_MEMO 64
typedef struct count_memo {
  pg_node_id first_plus1;
  const char *module;
  size_t count;
} count_memo;

struct pg_graph {
  count_memo instance_counts[PG_COUNT_MEMO];
  arena arena;                /* strings, entries, config modules */
  strtab strs;
  char *text;                 /* the plan JSON (owned; never written) */
  size_t text_len;
  size_t text_mapped;         /* text is mapped (input_map), this long; 0: malloc'd */
  size_t text_released;       /* bytes of its pages given back after the build */
  const char *source;         /* file name for messages */
  const char *terraform_version;
  const char *format_version;

  node *nodes; size_t n_nodes, cap_nodes;       /* malloc'd */
  size_t max_nodes;           /* g_add_node refuses more (a load limit) */
  int over_node_limit;        /* set when it did; the load reports it */
  edge *edges; size_t n_edges, cap_edges;       /* malloc'd */
  idset edge_set;             /* edge ids by (from, to, kind, label), for dedup */

  /* Sections of the plan text, found by the reader. */
  jslice sec_resource_changes, sec_planned_values, sec_prior_state,
      sec_configuration, sec_variables;

  json_t *configuration;      /* parsed configuration section, or NULL */
  json_t *variables;          /* parsed variables section, or NULL */
  cfg_module *cfg_root;       /* configuration tree, or NULL */
  cfg_module *cfg_all;        /* every configuration module */

  value_holder *holders; size_t n_holders, cap_holders;

  pg_unresolved *unresolved; size_t n_unresolved, cap_unresolved;
  size_t refs_resolved, refs_unresolved, tf_graph_added, deposed;
  int tf_graph_locals;  /* a `terraform graph -type=plan` DOT was read */
  double load_seconds, build_seconds;  /* reading the plan, building the graph */

  const char **regions; size_t n_regions;     /* sorted */

  /* Open references (open_refs.c): added during the build, indexed at
   * finish by node (open_start, open_node_labels) and by label
   * (open_labels, open_label_start, open_label_nodes). */
  open_ref *open; size_t n_open, cap_open;
  size_t *open_start;
  const char **open_node_labels;
  const char **open_labels; size_t n_open_labels;
  size_t *open_label_start;
  pg_node_id *open_label_nodes;

  /* Strings the plan marks sensitive somewhere (secrets.c), sorted and
   * distinct; the text is interned. */
  pg_secret *secrets; size_t n_secrets, cap_secrets;

  /* Adjacency in CSR form, built at finish. */
  size_t *out_start, *in_start;               /* n_nodes + 1 entries */
  pg_edge_id *out_ids, *in_ids;
  igraph_t ig;
  int ig_ready;

  const char *str_unknown;    /* interned "unknown" */
};

/* Build context: the graph plus where to report problems. */
typedef struct local_ref local_ref;   /* resolve/locals.c */
typedef struct source_scan source_scan;   /* plan/sources.c */
typedef struct build {
  pg_graph *g;
  pg_diags *diags;
  /* References to local values, kept from refs_resolve for tfgraph_apply
   * (resolve/locals.h); freed by locals_release. */
  local_ref *locals; size_t n_locals, cap_locals;
  /* The blocks found in the .tf files, when a source folder is given:
   * scanned before regions (a provider's region expression), attached to
   * nodes last; freed by sources_scan_free. */
  source_scan *scan;
  /* Local values' expressions evaluated so far while following regions
   * (regionchain.c): past REGION_LOCAL_EVALS, no more are, so locals that
   * each read another twice cannot make the chain exponential. */
  unsigned local_evals;
  /* Module arguments' shapes as their text writes them, by "MODULE#ARG"
   * (resolve/varpath.h); freed by varpath_release. */
  json_t *written_args;
} build;

/* graph.c */
const char *g_intern(pg_graph *g, const char *s, size_t len);
const char *g_intern_cstr(pg_graph *g, const char *s);
const char *g_intern_slice(pg_graph *g, jslice raw);   /* decodes escapes */
pg_node_id g_add_node(pg_graph *g, pg_node_kind kind, const char *address);
int g_add_edge(pg_graph *g, pg_node_id from, pg_node_id to, pg_edge_kind kind,
               const char *label);
/* Marks the edges [first, n_edges) that leave `from` ambiguous: each
 * reaches one of the objects, and the plan does not say which. */
void g_mark_ambiguous(pg_graph *g, pg_node_id from, size_t first);
/* Whether the edges [first, n_edges) that leave `from` lead to two nodes
 * or more (of those `keep` accepts, when it is given: keep(g, to, ctx)). */
typedef int (*g_target_filter)(const pg_graph *g, pg_node_id to, const void *ctx);
int g_several_targets(const pg_graph *g, pg_node_id from, size_t first, g_target_filter keep,
                      const void *ctx);
int g_index_configs(pg_graph *g);
/* Adjacency of the edges so far, grouped by source (or by target): the
 * edges of node v are ids[start[v] .. start[v + 1]). Both malloc'd. */
int g_csr(const pg_graph *g, int by_target, size_t **start, pg_edge_id **ids);
/* First instance of a base address: a module instance address plus
 * [data.]TYPE.NAME or module.CALL, without the instance key; -1 if none. */
pg_node_id g_first_of_base(const pg_graph *g, const char *base);
int g_finish(build *b);
/* open_refs.c: node holds a reference under label that the plan does not
 * resolve; g_index_open runs at finish, g_free_open with the graph. */
int g_add_open(pg_graph *g, pg_node_id holder, const char *label);
int g_index_open(pg_graph *g);
void g_free_open(pg_graph *g);
int b_error_at(build *b, int status, size_t offset, const char *path,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));
int b_warn(build *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int b_scan_error(build *b, const jscan *s, const char *path);
/* Fails (PG_ERR_PARSE) when key is one of names (NULL-terminated, at most
 * 32) and was already seen in the object being read; *seen holds a bit per
 * name. The reader calls it at every level it takes fields from, so that a
 * repeated key cannot make plangraph see a different plan than terraform. */
int b_key_once(build *b, const jscan *s, jslice key, const char *const *names,
               unsigned *seen, const char *path);

/* The build stages, in order. Each returns PG_OK or a pg_status. */
int plan_read_sections(build *b);                /* plan_read.c */
int config_load(build *b);                       /* config.c */
/* A validated section as a jansson tree; NULL with *rc set on failure (a
 * diagnostic added). Numbers jansson cannot hold are kept as their text. */
json_t *jtree_build(build *b, jslice sec, const char *section, int *rc);   /* jtree.c */
int nodes_build(build *b);                       /* nodes.c */
int regions_resolve(build *b);                   /* regions.c */
int refs_resolve(build *b);                      /* refs.c */

int values_link(build *b);                       /* values.c */
int secrets_collect(build *b);                   /* secrets.c, see secrets.h */
struct input_limits;
int tfgraph_apply(build *b, const char *path,
                  const struct input_limits *lim);   /* tfgraph.c */
int regions_infer(build *b);                     /* infer.c */
/* plan/sources.c: sources_scan reads the .tf files under dir (the root
 * module) and its modules' directories; sources_locate then sets each
 * block's src_file and src_line; sources_scan_free frees what the scan
 * kept. sources_expr gives an expression as written, with its file and
 * line, or NULL: key is a provider configuration's key for its region
 * ("aws.dr", "module.net:aws"), "MODULE#ARG" for a module call's argument
 * ("module.dr#region") and "MODULE#output.NAME" for a module's output. */
int sources_scan(build *b, const char *dir);
int sources_locate(build *b);
void sources_scan_free(build *b);
const char *sources_expr(const build *b, const char *key, const char **file, unsigned *line);
/* Calls fn(ctx, text) for each expression whose key starts with prefix
 * ("module.net#local.": a module's locals), override files' too; a
 * nonzero return stops and is returned. */
/* Whether the scan found any block (a folder of .tf files). */
int sources_found(const build *b);
typedef int (*sources_expr_fn)(void *ctx, const char *text);
int sources_each_expr(const build *b, const char *prefix, sources_expr_fn fn, void *ctx);
/* The same, with each expression's key ("module.net#local.cidrs"); the
 * keys come in sorted order, so those of one module are together. */
typedef int (*sources_keyed_fn)(void *ctx, const char *key, const char *text);
int sources_each_keyed(const build *b, const char *prefix, sources_keyed_fn fn, void *ctx);
/* file (a path sources_expr gave) from the root module's folder:
 * "main.tf", "modules/dr/main.tf". */
const char *sources_relative(const build *b, const char *file);

/* config.c helpers */
cfg_module *config_module(const pg_graph *g, const char *address);
json_t *config_resource_at(const pg_graph *g, const char *config_address);

#endif
