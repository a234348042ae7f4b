/* A conditional's branches (see branches.h). */
#include "resolve/branches.h"

#include <string.h>

#include "resolve/modvars.h"

/* Whether var.NAME (ref, or something below it) holds a boolean in m: the
 * root's value, a constant argument of the call, or the default of one the
 * call leaves unset. */
static int boolean_input(const pg_graph *g, const cfg_module *m, const char *ref) {
  if (strncmp(ref, "var.", 4) != 0) return 0;
  char name[256];
  size_t n = strcspn(ref + 4, ".[");
  if (n == 0 || n >= sizeof name) return 0;
  memcpy(name, ref + 4, n);
  name[n] = '\0';
  modvar mv;
  modvar_lookup(g, m, name, &mv);
  json_t *v = mv.kind == MODVAR_ROOT       ? mv.value
              : mv.kind == MODVAR_ARGUMENT ? json_object_get(mv.expr, "constant_value")
                                           : json_object_get(mv.decl, "default");
  if (!v && mv.kind == MODVAR_ROOT) v = json_object_get(mv.decl, "default");
  return json_is_boolean(v);
}

static int names_condition(const pg_graph *g, const cfg_module *m, json_t *refs) {
  size_t i;
  json_t *r;
  json_array_foreach(refs, i, r) {
    const char *s = json_string_value(r);
    if (s && boolean_input(g, m, s)) return 1;
  }
  return 0;
}

/* The types among the edges that reach two blocks or more; a handful of
 * types per expression, so a small table keeps this linear. */
#define MAX_TYPES 16
typedef struct type_blocks {
  const char *type, *block;
  int rivals;
} type_blocks;

static size_t rival_types(const pg_graph *g, pg_node_id from, size_t first, type_blocks *tb) {
  size_t n = 0;
  for (size_t e = first; e < g->n_edges; e++) {
    const node *t = &g->nodes[g->edges[e].to];
    if (g->edges[e].from != from || !t->type || !t->config_address ||
        (t->kind != PG_NODE_RESOURCE && t->kind != PG_NODE_DATA))
      continue;
    size_t k = 0;
    while (k < n && tb[k].type != t->type) k++;
    if (k == n) {
      if (n == MAX_TYPES) return 0;  /* too many kinds to be two branches */
      tb[n++] = (type_blocks){t->type, t->config_address, 0};
    } else if (tb[k].block != t->config_address) {
      tb[k].rivals = 1;
    }
  }
  return n;
}

void branches_mark(pg_graph *g, const cfg_module *m, json_t *refs, pg_node_id from, size_t first) {
  if (g->n_edges - first < 2 || !names_condition(g, m, refs)) return;
  type_blocks tb[MAX_TYPES];
  size_t n = rival_types(g, from, first, tb);
  for (size_t e = first; e < g->n_edges; e++) {
    const node *t = &g->nodes[g->edges[e].to];
    if (g->edges[e].from != from) continue;
    for (size_t k = 0; k < n; k++)
      if (tb[k].rivals && tb[k].type == t->type && t->config_address) g->edges[e].ambiguous = 1;
  }
}
