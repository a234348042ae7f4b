/* Instance keys of references: which instances an index step names, and
 * the dynamic keys that give back an index terraform's reference lists
 * drop (see refkeys.h). */
#include "resolve/refkeys.h"
#include "base/strbuf.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

/* Whether s is the decimal form terraform gives number v ("0", "-3"). */
static int is_decimal_of(const char *s, int64_t v) {
  char buf[24];
  snprintf(buf, sizeof buf, "%" PRId64, v);
  return strcmp(s, buf) == 0;
}

/* Whether instance n is the one index step k names. Terraform converts an
 * index to the collection's key type: aws_subnet.public[0] is the
 * for_each instance keyed "0" (`{ for i, c in list : i => c }` keys by
 * number), and a count instance may be named ["0"]. */
int refkey_matches(const node *n, const addr_step *k) {
  if (!k) return 1;
  if (k->kind == STEP_NUM)
    return n->index_kind == PG_INDEX_NUMBER   ? n->index_number == k->num
           : n->index_kind == PG_INDEX_STRING ? is_decimal_of(n->index_string, k->num)
                                              : 0;
  if (k->kind == STEP_STR)
    return n->index_kind == PG_INDEX_STRING   ? strcmp(n->index_string, k->key) == 0
           : n->index_kind == PG_INDEX_NUMBER ? is_decimal_of(k->key, n->index_number)
                                              : 0;
  return 1;
}

int refkey_same_index(const node *a, const node *b) {
  if (a->index_kind != b->index_kind) return 0;
  if (a->index_kind == PG_INDEX_NUMBER) return a->index_number == b->index_number;
  return a->index_kind == PG_INDEX_STRING && strcmp(a->index_string, b->index_string) == 0;
}

/* The memo's entry for a block by its first instance and module, counting
 * it with count() on a miss: every instance of a block asks the same, and
 * walking the block each time would be quadratic in its size. */
static size_t memo_count(pg_graph *g, pg_node_id first, const char *module,
                         size_t (*count)(const pg_graph *, pg_node_id, const char *)) {
  if (first < 0) return 0;
  count_memo *m = &g->instance_counts[((size_t)first * 31u + (uintptr_t)module / 8u) % PG_COUNT_MEMO];
  if (m->first_plus1 != first + 1 || m->module != module)
    *m = (count_memo){first + 1, module, count(g, first, module)};
  return m->count;
}

/* A module's instances count (module.vpc[count.index]), its call's node
 * (link_ambiguous in refs.c: no key) does not. */
static size_t base_instances(const pg_graph *g, pg_node_id first, const char *module) {
  (void)module;
  size_t n = 0;
  for (pg_node_id id = first; id >= 0; id = g->nodes[id].next_base)
    if (g->nodes[id].kind != PG_NODE_MODULE || g->nodes[id].index_kind != PG_INDEX_NONE) n++;
  return n;
}

static size_t config_instances(const pg_graph *g, pg_node_id first, const char *module) {
  size_t n = 0;
  for (pg_node_id id = first; id >= 0; id = g->nodes[id].next_config)
    if (g->nodes[id].module == module) n++;
  return n;
}

int refkey_counts_match(pg_graph *g, const node *holder, pg_node_id first_target) {
  pg_node_id first_holder = pg_graph_first_of_config(g, holder->config_address);
  const char *module = holder->module;
  return memo_count(g, first_target, NULL, base_instances) ==
         memo_count(g, first_holder, module, config_instances);
}

/* Drops a reference when a longer one in the same list extends it
 * ("aws_vpc.a" next to "aws_vpc.a.id"): terraform lists both. */
int refkey_covered(json_t *refs, const char *r) {
  size_t n = strlen(r), i;
  json_t *v;
  json_array_foreach(refs, i, v) {
    const char *o = json_string_value(v);
    if (o && strlen(o) > n && strncmp(o, r, n) == 0 && (o[n] == '.' || o[n] == '['))
      return 1;
  }
  return 0;
}

dynkey refkey_dynamic(json_t *refs, const each_scope *each) {
  dynkey k = {0, PG_INDEX_NONE, 0, NULL, -1};
  k.ok = each_dynamic_key(refs, each, &k.kind, &k.num, &k.str);
  if (each) k.holder = each->holder;
  return k;
}

int refkey_names_dynamic(json_t *refs) {
  size_t i;
  json_t *v;
  json_array_foreach(refs, i, v) {
    const char *r = json_string_value(v);
    if (r && (strcmp(r, "count.index") == 0 || strcmp(r, "each.key") == 0 ||
              strncmp(r, "each.value", 10) == 0))
      return 1;
  }
  return 0;
}

/* module.CALL, TYPE.NAME or data.TYPE.NAME with nothing after it: what
 * terraform lists for an object indexed by a dynamic key. 1 or 0, or
 * ADDR_NOMEM. */
static int bare_object(const char *r) {
  static const char *const not_objects[] = {"var", "local", "each", "count", "self",
                                            "path", "terraform", "ephemeral", NULL};
  addr_steps st;
  int parsed = addr_parse(r, strlen(r), &st);
  if (parsed < 0) return parsed == ADDR_NOMEM ? ADDR_NOMEM : 0;
  int ok = 1;
  for (size_t i = 0; i < st.count; i++) ok &= st.steps[i].kind == STEP_NAME;
  if (st.count == 3) ok &= step_is(&st.steps[0], "data");
  else if (st.count == 2) {
    for (size_t i = 0; not_objects[i]; i++) ok &= !step_is(&st.steps[0], not_objects[i]);
    ok &= !step_is(&st.steps[0], "data");
  } else {
    ok = 0;
  }
  addr_steps_free(&st);
  return ok;
}

/* r with the dynamic key's index written back ("module.stack" ->
 * `module.stack["a"]`) when r is a bare object that has that instance in
 * module instance inst; r itself otherwise; NULL when memory ran out. */
const char *refkey_with_key(pg_graph *g, const char *inst, dynkey k, const char *r, char *buf,
                            size_t cap) {
  if (!k.ok || (k.kind == PG_INDEX_STRING && strpbrk(k.str, "\"\\"))) return r;
  int bare = bare_object(r);
  if (bare == ADDR_NOMEM) return NULL;
  if (!bare) return r;
  char base[1024];
  strbuf bb;
  sb_init(&bb, base, sizeof base);
  sb_add(&bb, inst);
  sb_dot(&bb);
  sb_add(&bb, r);
  int found = 0;
  for (pg_node_id id = g_first_of_base(g, base); id >= 0 && !found; id = g->nodes[id].next_base) {
    const node *n = &g->nodes[id];
    found = n->index_kind == k.kind &&
            (k.kind == PG_INDEX_NUMBER ? n->index_number == k.num
                                       : strcmp(n->index_string, k.str) == 0);
  }
  if (!found) return r;
  /* count.index into a block of another count: `attach[count.index + 1]`
   * reads the same in plan JSON, so the index is not the holder's own. */
  if (k.kind == PG_INDEX_NUMBER && k.holder >= 0 &&
      !refkey_counts_match(g, &g->nodes[k.holder], g_first_of_base(g, base)))
    return r;
  if (k.kind == PG_INDEX_NUMBER) snprintf(buf, cap, "%s[%lld]", r, (long long)k.num);
  else snprintf(buf, cap, "%s[\"%s\"]", r, k.str);
  return buf;
}

const char *refkey_var_with_key(dynkey k, const char *r, char *buf, size_t cap) {
  if (!k.ok || k.kind != PG_INDEX_STRING || strpbrk(k.str, "\"\\")) return r;
  if (strncmp(r, "var.", 4) != 0 || !r[4] || strpbrk(r + 4, ".[")) return r;
  int n = snprintf(buf, cap, "%s[\"%s\"]", r, k.str);
  return n > 0 && (size_t)n < cap ? buf : r;
}

int refkey_is_each_value(const char *r) {
  return strncmp(r, "each.value", 10) == 0 && (r[10] == '\0' || r[10] == '.' || r[10] == '[');
}
