/* Instance keys in scope: the key of the instance an expression belongs to,
 * the for_each value behind each.value where the plan holds it (a literal
 * map, or an input variable whose value or default the plan records), and
 * the key a reference list's dynamic index names. */
#include "resolve/eachkey.h"
#include "resolve/modvars.h"

#include <string.h>

#include "plan/address.h"

/* The value of a for_each expression read in module m, when the plan
 * holds it: a constant, or exactly one input variable. A `for` expression
 * over one variable lists the same single reference and plan JSON cannot
 * tell the two apart: set_value only uses a map that has the instance's
 * key, which a `for` that renames keys fails, but one that keeps the keys
 * and reshapes the values passes (a known limit). */
static json_t *for_each_value(pg_graph *g, json_t *fe, const cfg_module *m) {
  json_t *cv = json_object_get(fe, "constant_value");
  if (cv) return cv;
  json_t *refs = json_object_get(fe, "references");
  const char *r = json_string_value(json_array_get(refs, 0));
  if (json_array_size(refs) != 1 || !r || strncmp(r, "var.", 4) != 0 || strpbrk(r + 4, ".["))
    return NULL;
  modvar mv;
  modvar_lookup(g, m, r + 4, &mv);
  if (mv.kind == MODVAR_ROOT) return mv.value;
  if (mv.kind == MODVAR_ARGUMENT) return json_object_get(mv.expr, "constant_value");
  return json_object_get(mv.decl, "default");
}

static void set_value(each_scope *e, json_t *map) {
  e->value = e->kind == PG_INDEX_STRING && json_is_object(map) ? json_object_get(map, e->str)
                                                               : NULL;
}

void each_scope_of_node(pg_graph *g, const node *n, each_scope *out) {
  memset(out, 0, sizeof *out);
  out->holder = (pg_node_id)(n - g->nodes);
  out->kind = n->index_kind;
  out->num = n->index_number;
  if (n->index_kind == PG_INDEX_STRING) {
    if (strlen(n->index_string) >= sizeof out->str) {
      out->kind = PG_INDEX_NONE;
      return;
    }
    strcpy(out->str, n->index_string);
  }
  if (n->cfg) set_value(out, for_each_value(g, json_object_get(n->config, "for_each_expression"),
                                            n->cfg));
}

int each_scope_of_call(pg_graph *g, const cfg_module *child, const char *inst,
                       each_scope *out) {
  memset(out, 0, sizeof *out);
  out->holder = -1;
  if (!child->parent) return PG_OK;
  addr_steps st;
  int parsed = addr_parse(inst, strlen(inst), &st);
  if (parsed < 0) return parsed == ADDR_NOMEM ? PG_ERR_NOMEM : PG_OK;
  const addr_step *last = st.count ? &st.steps[st.count - 1] : NULL;
  if (last && last->kind == STEP_NUM) {
    out->kind = PG_INDEX_NUMBER;
    out->num = last->num;
  } else if (last && last->kind == STEP_STR && strlen(last->key) < sizeof out->str) {
    out->kind = PG_INDEX_STRING;
    strcpy(out->str, last->key);
  }
  addr_steps_free(&st);
  json_t *fe = json_object_get(child->call, "for_each_expression");
  set_value(out, for_each_value(g, fe, child->parent));
  out->for_each_refs = json_object_get(fe, "references");
  return PG_OK;
}

/* each.value.NAME (NAME alone, no deeper step): the field of each.value. */
static int each_field(const char *r, const each_scope *e, json_t **out) {
  if (strncmp(r, "each.value.", 11) != 0 || !*(r + 11) || strpbrk(r + 11, ".[")) return 0;
  *out = json_object_get(e->value, r + 11);
  return 1;
}

int each_dynamic_key(json_t *refs, const each_scope *e, pg_index_kind *kind, int64_t *num,
                     const char **str) {
  int found = 0;
  size_t i;
  json_t *v;
  if (!e || e->kind == PG_INDEX_NONE) return 0;
  json_array_foreach(refs, i, v) {
    const char *r = json_string_value(v);
    json_t *field = NULL;
    pg_index_kind k = PG_INDEX_NONE;
    int64_t n = 0;
    const char *s = NULL;
    if (!r) continue;
    if (strcmp(r, "count.index") == 0 && e->kind == PG_INDEX_NUMBER) {
      k = PG_INDEX_NUMBER;
      n = e->num;
    } else if (strcmp(r, "each.key") == 0 && e->kind == PG_INDEX_STRING) {
      k = PG_INDEX_STRING;
      s = e->str;
    } else if (each_field(r, e, &field)) {
      if (!json_is_string(field)) return 0; /* each.value.X the plan cannot tell */
      k = PG_INDEX_STRING;
      s = json_string_value(field);
    } else {
      continue;
    }
    /* Two different keys in one expression: which goes where is unknown. */
    if (found && (k != *kind || (k == PG_INDEX_NUMBER ? n != *num : strcmp(s, *str) != 0)))
      return 0;
    found = 1;
    *kind = k;
    *num = n;
    *str = s;
  }
  return found;
}
