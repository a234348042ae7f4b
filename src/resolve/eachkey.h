/* Instance keys in scope (eachkey.c): which instance a reference with a
 * dynamic key names. `module.stack[each.value.requester]` is listed by
 * terraform as "module.stack", "each.value.requester", "each.value": the
 * index is gone, but the key in scope (the holder's own, or the module
 * instance's for a call's arguments) and the for_each value the plan holds
 * can tell it again. */
#ifndef PG_EACHKEY_H
#define PG_EACHKEY_H

#include "graph/graph_impl.h"

/* The key in scope where an expression is read, and each.value. */
typedef struct each_scope {
  pg_index_kind kind;   /* PG_INDEX_NONE: no key in scope */
  int64_t num;          /* count.index */
  char str[256];        /* each.key */
  json_t *value;        /* each.value when the plan holds it (borrowed), or NULL */
  /* A module call's scope: the references of its for_each expression
   * (borrowed), which each.value in its arguments draws on; else NULL. */
  json_t *for_each_refs;
  /* The resource instance whose own expressions these are, or -1 (a
   * module call's arguments). */
  pg_node_id holder;
} each_scope;

/* The key of a resource instance, for its own expressions. */
void each_scope_of_node(pg_graph *g, const node *n, each_scope *out);
/* The key of module instance inst (of configuration module child), for
 * the arguments its call sets in the parent: PG_OK, or PG_ERR_NOMEM. */
int each_scope_of_call(pg_graph *g, const cfg_module *child, const char *inst,
                       each_scope *out);

/* The one key that a reference list's each.key, count.index or
 * each.value.NAME names in scope e: 1 with *kind and *num or str filled, 0
 * when the list names none or the plan cannot tell it. */
int each_dynamic_key(json_t *refs, const each_scope *e, pg_index_kind *kind, int64_t *num,
                     const char **str);

#endif
