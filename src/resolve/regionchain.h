/* Following a region through the configuration (regionchain.c): from an
 * expression of plan JSON, or text the sources write, to a region's name,
 * or to the reason there is none. */
#ifndef PG_RESOLVE_REGIONCHAIN_H
#define PG_RESOLVE_REGIONCHAIN_H

#include "graph/graph_impl.h"

/* How many steps (variables, module inputs and outputs, locals) a chain
 * may take: past it, "too many hops". */
#define REGION_HOPS 32
/* How many local values a build may evaluate from the sources. */
#define REGION_LOCAL_EVALS 100000

typedef struct region_result {
  const char *region;   /* interned, or NULL when unknown */
  char how[400];        /* the chain that led to it, or why not */
  int sensitive;        /* it comes from a sensitive variable: left unknown */
  int written;          /* it comes from text the sources write (which may
                           have been edited since the plan) */
  int null_value;       /* the value the chain ends at is null: a provider
                           whose region argument is exactly it has none */
} region_result;

/* Appends fmt (with a and c, "" for a NULL c) to r's reason; a chain
 * longer than the buffer is cut. */
void how_append(region_result *r, const char *fmt, const char *a, const char *c);

/* Follows one expression of plan JSON ({constant_value} or {references})
 * in module m, then path into its value (the traversal a caller applied
 * to it), into r. */
void resolve_expr(build *b, json_t *expr, cfg_module *m, region_result *r, unsigned hops,
                  const char *path);

/* The expression the sources write under key (a provider's "aws.dr", a
 * module argument "module.dr#region", an output "module.dr#output.NAME",
 * a local "module.dr#local.NAME"), evaluated in module m, then path taken
 * into its value, into r. expr is the plan's expression of it, whose
 * references the text must read exactly (NULL for a local: plan JSON
 * records none). Returns 0 when there is no such text (no sources, a
 * literal, a bare reference where plan JSON has the expression, or text
 * whose references are not the plan's): the plan's expr decides. */
int text_value(build *b, const char *key, json_t *expr, cfg_module *m, region_result *r,
               unsigned hops, const char *path);

#endif
