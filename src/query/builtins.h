/* Built-in functions of the query language. One X-macro row per function
 * gives its id, name, arity, result and argument types (the checker reads
 * them from builtins_table.c), the C function that implements it
 * (builtins.c makes the dispatch array from the same rows, so a row without
 * an implementation does not compile) and a one-line description (read by
 * `plangraph list-functions` and the docs table made from it). */
#ifndef PG_BUILTINS_H
#define PG_BUILTINS_H

#include "query/qast.h"
#include "query/qvalue.h"

/* X(id, name, min_args, max_args, result, arg1, arg2, impl, doc): arg1 and
 * arg2 are the types of the first two arguments (VT_ANY when unused). */
#define PG_FUNCS(X)                                                                            \
  X(F_REGION, "region", 1, 1, VT_STRING, VT_ANY, VT_ANY, fn_region,                            \
    "region of a resource, data source or provider; a region node's name; unknown (with the "   \
    "reason) where the plan cannot tell it; null for a node of a provider that has no regions " \
    "(terraform_data, random_*: not AWS)")                                                      \
  X(F_SAME_REGION, "same_region", 2, 2, VT_BOOL, VT_NODE, VT_NODE, fn_same_region,             \
    "whether two nodes are in one region: their known regions are equal, or both take it from " \
    "one provider configuration whose region is unknown; else unknown when either region is; "  \
    "false when either is of a provider with no regions")                                       \
  X(F_REGION_TIE, "region_tie", 1, 1, VT_STRING, VT_NODE, VT_ANY, fn_region_tie,             \
    "the attribute a node's region was inferred over (its provider takes the region from the " \
    "environment or a local): a same-region reference, or an alarm action or health check "    \
    "alarm region that names it; or null: that attribute is assumed right, not shown to be")   \
  X(F_TYPE, "type", 1, 1, VT_STRING, VT_NODE, VT_ANY, fn_type, "resource type")                \
  X(F_NAME, "name", 1, 1, VT_STRING, VT_NODE, VT_ANY, fn_name, "resource name")                \
  X(F_ADDRESS, "address", 1, 1, VT_STRING, VT_NODE, VT_ANY, fn_address, "address in the plan") \
  X(F_MODULE, "module", 1, 1, VT_STRING, VT_NODE, VT_ANY, fn_module,                           \
    "module instance address, \"\" for the root module")                                       \
  X(F_ACTION, "action", 1, 1, VT_STRING, VT_NODE, VT_ANY, fn_action,                           \
    "planned action: create, update, delete, replace, no-op, read, forget")                    \
  X(F_KIND, "kind", 1, 1, VT_STRING, VT_NODE, VT_ANY, fn_kind,                                 \
    "node kind: resource, data, provider, region, module")                                     \
  X(F_INDEX, "index", 1, 1, VT_ANY, VT_NODE, VT_ANY, fn_index,                                 \
    "count index or for_each key, null without either")                                        \
  X(F_PROVIDER, "provider", 1, 1, VT_NODE, VT_NODE, VT_ANY, fn_provider,                       \
    "provider configuration node of a resource")                                               \
  X(F_PRESENT, "present", 1, 1, VT_BOOL, VT_NODE, VT_ANY, fn_present,                          \
    "the node stays after apply (its action is not delete or forget)")                         \
  X(F_CONFIGURED, "configured", 2, 2, VT_BOOL, VT_NODE, VT_STRING, fn_configured,              \
    "the resource's (or provider configuration's) block sets the argument (an expression or " \
    "a written-out block; plan JSON records no dynamic block): a top-level one, or one in "   \
    "nested blocks by a dotted path (`'rule.destination.bucket'`: set in any of the blocks "  \
    "written; a part of digits, `'rule.0.destination.bucket'`, picks one); unknown without a " \
    "configuration")                                                                           \
  X(F_SETTING, "setting", 2, 2, VT_ANY, VT_NODE, VT_STRING, fn_setting,                       \
    "how the block sets the top-level argument ({module, expression}: a constant or the "      \
    "references it reads; null when unset), to compare two blocks' settings; always "          \
    "sensitive (a provider's constant access_key is a secret plan JSON does not mark); "       \
    "unknown without a configuration")                                                         \
  X(F_SAME_SETTING, "same_setting", 3, 3, VT_BOOL, VT_STRING, VT_NODE, fn_same_setting,       \
    "whether two blocks set the top-level argument alike (as setting() shows it: the same "    \
    "constant, or the same references in one module; both unset too); not sensitive, since "  \
    "it compares two blocks of the plan with each other, never with a value a query writes; " \
    "unknown without a configuration")                                                         \
  X(F_REFERENCES, "references", 2, 2, VT_LIST, VT_NODE, VT_STRING, fn_references,             \
    "the references of the argument in the resource's configuration, as terraform lists "     \
    "them (\"aws_lb.web.dns_name\", then \"aws_lb.web\"); a dotted path, as configured() takes " \
    "it, gives those of every nested block written, in order; [] when unset; unknown without " \
    "a configuration")                                                                         \
  X(F_PROVISIONERS, "provisioners", 1, 1, VT_LIST, VT_NODE, VT_ANY, fn_provisioners,         \
    "the types of the resource's provisioners, as written (\"local-exec\", \"remote-exec\", "    \
    "\"file\"); [] when none or without a configuration")                                         \
  X(F_OPEN_LABELS, "open_labels", 1, 1, VT_LIST, VT_NODE, VT_ANY, fn_open_labels,            \
    "attribute paths under which the node reads a value the plan does not describe (a local "  \
    "value no terraform graph resolved), so an edge may be missing there; [] when none")       \
  X(F_LABEL, "label", 1, 1, VT_STRING, VT_EDGE, VT_ANY, fn_label, "attribute path of an edge") \
  X(F_EDGE_KIND, "edge_kind", 1, 1, VT_STRING, VT_EDGE, VT_ANY, fn_edge_kind, "kind of an edge")\
  X(F_SOURCE, "source", 1, 1, VT_NODE, VT_EDGE, VT_ANY, fn_source, "node an edge leaves")      \
  X(F_TARGET, "target", 1, 1, VT_NODE, VT_EDGE, VT_ANY, fn_target, "node an edge reaches")     \
  X(F_AMBIGUOUS, "ambiguous", 1, 1, VT_BOOL, VT_EDGE, VT_ANY, fn_ambiguous,                    \
    "the edge reaches one of several objects, and the plan does not say which (explain marks " \
    "it)")                                                                                     \
  X(F_SCOPE_REGIONS, "scope_regions", 0, 1, VT_LIST, VT_LIST, VT_ANY, fn_scope_regions,        \
    "regions with a present managed resource or a provider in use (a root-module provider "    \
    "block, or one a present resource or a data source uses); the argument instead when it "   \
    "is a non-empty list")                                                                     \
  X(F_REGIONS, "regions", 0, 0, VT_LIST, VT_ANY, VT_ANY, fn_regions, "every region in the graph")\
  X(F_KNOWN, "known", 1, 1, VT_BOOL, VT_ANY, VT_ANY, fn_known, "the value is known before apply")\
  X(F_UNKNOWN, "unknown", 1, 1, VT_BOOL, VT_ANY, VT_ANY, fn_unknown,                           \
    "the value is known only after apply")                                                     \
  X(F_UNDECIDED, "undecided", 0, 1, VT_BOOL, VT_ANY, VT_ANY, fn_undecided,                     \
    "an unknown truth value: what a check says when the plan cannot decide (with an "          \
    "unknown argument, its reason; with a string, that text as the reason)")                   \
  X(F_IS_NULL, "is_null", 1, 1, VT_BOOL, VT_ANY, VT_ANY, fn_is_null,                           \
    "the value is null or an empty list (false when unknown)")                                 \
  X(F_SENSITIVE, "sensitive", 1, 1, VT_BOOL, VT_ANY, VT_ANY, fn_sensitive,                     \
    "the plan marks the value sensitive")                                                      \
  X(F_DEFAULT, "default", 2, 2, VT_ANY, VT_ANY, VT_ANY, fn_default,                            \
    "the first argument unless it is null or unknown, else the second")                        \
  X(F_KEYS, "keys", 1, 1, VT_LIST, VT_ANY, VT_ANY, fn_keys,                                    \
    "attribute names of a node's values or of an object")                                      \
  X(F_PATHS, "paths", 2, 2, VT_LIST, VT_ANY, VT_STRING, fn_paths,                              \
    "paths (rule[0].kms_key_id) of the known, non-null leaves that match a glob")              \
  X(F_GET, "get", 2, 2, VT_ANY, VT_ANY, VT_STRING, fn_get, "the value at a path from paths()") \
  X(F_LOWER, "lower", 1, 1, VT_STRING, VT_STRING, VT_ANY, fn_lower, "lower case")              \
  X(F_UPPER, "upper", 1, 1, VT_STRING, VT_STRING, VT_ANY, fn_upper, "upper case")              \
  X(F_STARTS_WITH, "starts_with", 2, 2, VT_BOOL, VT_STRING, VT_STRING, fn_starts_with, "prefix test")\
  X(F_ENDS_WITH, "ends_with", 2, 2, VT_BOOL, VT_STRING, VT_STRING, fn_ends_with, "suffix test")\
  X(F_TRIM_PREFIX, "trim_prefix", 2, 2, VT_STRING, VT_STRING, VT_STRING, fn_trim_prefix,       \
    "the string without a leading prefix (unchanged without it)")                              \
  X(F_TRIM_SUFFIX, "trim_suffix", 2, 2, VT_STRING, VT_STRING, VT_STRING, fn_trim_suffix,       \
    "the string without a trailing suffix (unchanged without it)")                             \
  X(F_CONTAINS, "contains", 2, 2, VT_BOOL, VT_ANY, VT_ANY, fn_contains,                        \
    "a string holds a substring, or a list holds a value")                                     \
  X(F_SPLIT, "split", 2, 2, VT_LIST, VT_STRING, VT_STRING, fn_split, "split at a separator")   \
  X(F_JOIN, "join", 2, 2, VT_STRING, VT_LIST, VT_STRING, fn_join, "join with a separator")     \
  X(F_LENGTH, "length", 1, 1, VT_NUMBER, VT_ANY, VT_ANY, fn_length,                            \
    "characters of a string, elements of a list")                                              \
  X(F_STRING, "string", 1, 1, VT_STRING, VT_ANY, VT_ANY, fn_string, "a value as text")         \
  X(F_NUMBER, "number", 1, 1, VT_ANY, VT_ANY, VT_ANY, fn_number,                               \
    "a number, or a string that holds one; null otherwise")                                    \
  X(F_COUNT, "count", 1, 1, VT_NUMBER, VT_LIST, VT_ANY, fn_count, "elements of a list")        \
  X(F_DISTINCT, "distinct", 1, 1, VT_LIST, VT_LIST, VT_ANY, fn_distinct, "a list without repeats")\
  X(F_GROUP, "group", 1, 1, VT_LIST, VT_LIST, VT_ANY, fn_group,                                  \
    "[[key, value], ...] grouped: [[key, [values]], ...] in first-seen order, in linear time")  \
  X(F_LOOKUP, "lookup", 2, 2, VT_ANY, VT_LIST, VT_ANY, fn_lookup,                                \
    "the value of the [key, value] pair whose key equals the second argument, else null; on a group() result in constant time")\
  X(F_SORT, "sort", 1, 1, VT_LIST, VT_LIST, VT_ANY, fn_sort, "numbers and strings in order")   \
  X(F_FLATTEN, "flatten", 1, 1, VT_LIST, VT_LIST, VT_ANY, fn_flatten, "lists of lists made one")\
  X(F_SUM, "sum", 1, 1, VT_NUMBER, VT_LIST, VT_ANY, fn_sum, "sum of the numbers in a list")    \
  X(F_CIDR_CONTAINS, "cidr_contains", 2, 2, VT_BOOL, VT_STRING, VT_STRING, fn_cidr_contains,   \
    "the first CIDR block holds the second CIDR block or address (IPv4, IPv6)")                \
  X(F_GLOB, "glob", 2, 2, VT_BOOL, VT_STRING, VT_STRING, fn_glob,                              \
    "the first argument matches a shell glob (db.t*)")                                         \
  X(F_JSON_DECODE, "json_decode", 1, 1, VT_ANY, VT_STRING, VT_ANY, fn_json_decode,             \
    "the JSON document a string holds (an IAM policy's text); null if none; a secret is not opened")

typedef enum qfunc_id {
#define X(id, name, mn, mx, ret, a1, a2, impl, doc) id,
  PG_FUNCS(X)
#undef X
  F_COUNT_
} qfunc_id;

/* What the checker and the docs know of a built-in (builtins_table.c). */
typedef struct qfunc_info {
  const char *name;
  unsigned min_args, max_args;
  vtype result;
  vtype args[2];
  const char *doc;
} qfunc_info;

extern const qfunc_info qfuncs[F_COUNT_];

/* Looks a function up by name; -1 when there is none. */
int qfunc_find(const char *name);

/* What a built-in may use: the graph it reads, where its results go and
 * the per-graph memo. Built-ins never see the evaluator; the evaluator
 * keeps one of these and points mem at its current arena before a call.
 * Built-ins report no errors: out of memory gives a null result. */
typedef struct qfunc_ctx {
  const pg_graph *g;            /* the graph (not owned) */
  arena *mem;                   /* where results are allocated (not owned) */
  arena *cache;                 /* per-graph memo storage (not owned) */
  field_memo *fields;           /* node attributes found (not owned) */
  const pg_node_id *providers;  /* provider configuration nodes (not owned) */
  size_t n_providers;
  qvalue scope;                 /* scope_regions() once computed, else null */
  size_t unknown_regions;       /* region() calls that met an unknown region */
  /* Set by a built-in that refuses a sensitive argument (a grouping or
   * ordering key): what may not depend on one; the caller fails with it. */
  const char *refused;
  /* Set by undecided('reason'): why the plan cannot decide (in mem, or the
   * query's text); the caller keeps it as the subject's reason. */
  const char *why;
  size_t why_len;
} qfunc_ctx;

/* Calls built-in fn (a qfunc_id) on n evaluated arguments; the checker has
 * seen that n fits the function's arity (builtins.c). */
qvalue qfunc_call(qfunc_ctx *fx, int fn, qvalue *args, size_t n);

#endif
