/* Configuration: the plan's `configuration` section (small next to the
 * values, so it is held as a jansson tree, built by jtree.c) as a tree of
 * modules, with each module and resource block reachable by its config
 * address in O(1). */
#include "graph/graph_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *join_address(const char *prefix, const char *a, const char *b) {
  size_t n = strlen(prefix) + strlen(a) + (b ? strlen(b) : 0) + 4;
  char *s = malloc(n);
  if (!s) return NULL;
  if (b)
    snprintf(s, n, "%s%s%s.%s", prefix, *prefix ? "." : "", a, b);
  else
    snprintf(s, n, "%s%s%s", prefix, *prefix ? "." : "", a);
  return s;
}

static int register_resources(pg_graph *g, cfg_module *m) {
  json_t *res = json_object_get(m->obj, "resources");
  if (!json_is_array(res)) return PG_OK;
  size_t i;
  json_t *r;
  json_array_foreach(res, i, r) {
    const char *addr = json_string_value(json_object_get(r, "address"));
    if (!addr) continue;
    char *full = join_address(m->address, addr, NULL);
    if (!full) return PG_ERR_NOMEM;
    str_entry *e = strtab_intern(&g->strs, full, strlen(full));
    free(full);
    if (!e) return PG_ERR_NOMEM;
    if (!e->cfg_resource) e->cfg_resource = r;
  }
  return PG_OK;
}

static int add_module(pg_graph *g, cfg_module *parent, const char *call_name,
                      json_t *call, json_t *obj, unsigned depth) {
  if (depth > 64) return PG_OK; /* deeper module nesting is not real */
  cfg_module *m = arena_alloc(&g->arena, sizeof *m);
  if (!m) return PG_ERR_NOMEM;
  m->obj = obj;
  m->call = call;
  m->parent = parent;
  m->call_name = call_name ? g_intern_cstr(g, call_name) : NULL;
  if (parent) {
    char *a = join_address(parent->address, "module", call_name);
    if (!a) return PG_ERR_NOMEM;
    m->address = g_intern_cstr(g, a);
    free(a);
  } else {
    m->address = g_intern_cstr(g, "");
  }
  if (!m->address) return PG_ERR_NOMEM;
  m->next = g->cfg_all;
  g->cfg_all = m;
  if (!parent) g->cfg_root = m;
  str_entry *e = strtab_intern(&g->strs, m->address, strlen(m->address));
  if (!e) return PG_ERR_NOMEM;
  if (!e->cfg_module) e->cfg_module = m;
  int rc = register_resources(g, m);
  if (rc != PG_OK) return rc;
  json_t *calls = json_object_get(obj, "module_calls");
  const char *name;
  json_t *c;
  json_object_foreach(calls, name, c) {
    json_t *child = json_object_get(c, "module");
    if (!json_is_object(child)) continue;
    rc = add_module(g, m, name, c, child, depth + 1);
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

static json_t *load_section(build *b, jslice sec, const char *name, int *rc) {
  *rc = PG_OK;
  return sec.p ? jtree_build(b, sec, name, rc) : NULL;
}

int config_load(build *b) {
  pg_graph *g = b->g;
  int rc;
  g->variables = load_section(b, g->sec_variables, "variables", &rc);
  if (rc != PG_OK) return rc;
  g->configuration = load_section(b, g->sec_configuration, "configuration", &rc);
  if (rc != PG_OK) return rc;
  json_t *root = json_object_get(g->configuration, "root_module");
  if (!json_is_object(root)) return PG_OK;
  return add_module(g, NULL, NULL, NULL, root, 0);
}

cfg_module *config_module(const pg_graph *g, const char *address) {
  const str_entry *e = strtab_find(&g->strs, address, strlen(address));
  return e ? e->cfg_module : NULL;
}

json_t *config_resource_at(const pg_graph *g, const char *config_address) {
  const str_entry *e = strtab_find(&g->strs, config_address, strlen(config_address));
  return e ? e->cfg_resource : NULL;
}
