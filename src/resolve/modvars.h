/* Input variables through module calls: what `var.NAME` means inside a
 * configuration module, the one rule both readers of it follow (regions.c
 * to find a provider's region, refs.c to draw reference edges). In the root
 * module it is a root input variable, whose value the plan records; in a
 * called module it is the call's argument, an expression to read in the
 * calling module, or, when the call does not set it, the declaration's
 * default. */
#ifndef PG_MODVARS_H
#define PG_MODVARS_H

#include "graph/graph_impl.h"

typedef enum modvar_kind {
  MODVAR_ROOT,      /* a root input variable: value and decl apply */
  MODVAR_ARGUMENT,  /* set by the module call: expr, read in scope */
  MODVAR_UNSET,     /* the call does not set it: decl's default applies */
} modvar_kind;

/* What var.NAME stands for in one module. Borrowed from the graph's parsed
 * configuration and variables: valid as long as the graph. */
typedef struct modvar {
  modvar_kind kind;
  json_t *decl;       /* the declaration ({default, sensitive, ...}), or NULL */
  json_t *value;      /* ROOT: the plan's variables.NAME.value, or NULL */
  json_t *expr;       /* ARGUMENT: the call's {constant_value}/{references} */
  cfg_module *scope;  /* ARGUMENT: the calling module, where expr is read */
} modvar;

/* Looks var.NAME up in module m (NULL or the root module: a root input). */
void modvar_lookup(const pg_graph *g, const cfg_module *m, const char *name, modvar *out);

/* The module instance that calls instance `inst` ("module.a[0].module.b"
 * gives "module.a[0]", a top-level call gives "" for the root), interned;
 * NULL when out of memory. */
const char *modvar_parent_instance(pg_graph *g, const char *inst);

#endif
