/* The built-in functions' implementations, one small function per row of
 * the table in builtins.h, and the dispatch array made from the same rows.
 * Each takes evaluated arguments; unknown arguments give unknown results,
 * except for the functions that ask about knowledge itself (known, unknown,
 * default). */
#include "base/bytes.h"
#include "base/cidr.h"
#include "base/vec.h"
#include "query/builtins.h"
#include "query/paths.h"
#include "query/vgroup.h"
#include "resolve/marks.h"

#include <ctype.h>
#include <fnmatch.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every implementation has this signature: a[] holds the n_args values the
 * checker let through (within the row's arity). */
#define BUILTIN(f)                                                                        \
  static qvalue f(qfunc_ctx *fx __attribute__((unused)), qvalue *a,                       \
                  size_t n_args __attribute__((unused)))

/* A built-in that may not look at a sensitive value: says why (the
 * evaluator fails with it, naming where the call is) and gives null. */
/* Counted in the evaluation's arena: the evaluator ends in out of memory. */
static qvalue no_memory(qfunc_ctx *fx) { return fx->mem->failed++, qv_null(); }

static qvalue refuse(qfunc_ctx *fx, const char *why) {
  fx->refused = why;
  return qv_null();
}

static qvalue list_value(qlist *l) {
  qvalue v = {QV_LIST, 0, 0, {0}};
  if (!l) return qv_null();
  v.u.list = l;
  return v;
}

/* ---- nodes and edges --------------------------------------------------- */

/* The node a function asks about: 1 with *info filled, 0 for a value
 * that is not a node of the graph. */
static int node_of(const qfunc_ctx *fx, qvalue v, pg_node_info *info) {
  return v.kind == QV_NODE && pg_graph_node(fx->g, v.u.node, info) == PG_OK;
}

static int edge_of(const qfunc_ctx *fx, qvalue v, pg_edge_info *e) {
  return v.kind == QV_EDGE && pg_graph_edge(fx->g, v.u.edge, e) == PG_OK;
}

static qvalue text_or_null(const char *s) { return s ? qv_cstr(s) : qv_null(); }

/* "(region unknown: why)", in the result arena; a bare unknown when out
 * of memory. */
static qvalue unknown_region(qfunc_ctx *fx, const pg_node_info *info) {
  const char *why = info->region_source ? info->region_source : "";
  size_t n = strlen(why) + 32;
  char *s = arena_alloc(fx->mem, n);
  if (!s) return qv_unknown();
  snprintf(s, n, "(region unknown: %s)", why);
  return qv_unknown_why(s);
}

/* A region name passes through, so region(region(x)) is region(x). An
 * unknown region is an unknown value, not a region named "unknown": it
 * compares unknown and never equals another unknown region. A node of a
 * provider with no regions (random_password) has none: null, as a
 * module's. */
BUILTIN(fn_region) {
  pg_node_info info;
  if (a[0].kind == QV_STR) return a[0];
  if (!node_of(fx, a[0], &info) || info.kind == PG_NODE_MODULE || info.regionless)
    return qv_null();
  if (info.kind == PG_NODE_REGION) return qv_cstr(info.name);
  if (info.region && strcmp(info.region, "unknown") == 0) {
    fx->unknown_regions++;
    qvalue v = unknown_region(fx, &info);
    v.sensitive = (uint8_t)!!info.region_sensitive;  /* from a sensitive value */
    return v;
  }
  return text_or_null(info.region);
}

/* Two nodes on one provider configuration and no region argument of
 * their own are in its region, whatever it turns out to be: a key and the
 * database that names it, both of a provider whose region is a local
 * value, are in one region though region() of each is unknown. */
BUILTIN(fn_same_region) {
  pg_node_info x, y;
  if (!node_of(fx, a[0], &x) || !node_of(fx, a[1], &y)) return qv_null();
  if (x.regionless || y.regionless) return qv_bool(0);  /* in no region: in none with it */
  if (x.region_sensitive || y.region_sensitive) {
    qvalue v = qv_unknown();
    v.sensitive = 1;
    return v;
  }
  int xk = x.region && strcmp(x.region, "unknown") != 0;
  int yk = y.region && strcmp(y.region, "unknown") != 0;
  if (xk && yk) return qv_bool(strcmp(x.region, y.region) == 0);
  if (x.region_by_provider && y.region_by_provider && x.provider >= 0 && x.provider == y.provider)
    return qv_bool(1);
  if (!x.region || !y.region) return qv_null();
  fx->unknown_regions++;
  return unknown_region(fx, xk ? &y : &x);
}

BUILTIN(fn_region_tie) {
  pg_node_info info;
  return node_of(fx, a[0], &info) ? text_or_null(info.region_tie) : qv_null();
}

BUILTIN(fn_type) {
  pg_node_info info;
  return node_of(fx, a[0], &info) ? text_or_null(info.type) : qv_null();
}

BUILTIN(fn_name) {
  pg_node_info info;
  return node_of(fx, a[0], &info) ? text_or_null(info.name) : qv_null();
}

BUILTIN(fn_address) {
  pg_node_info info;
  return node_of(fx, a[0], &info) ? qv_cstr(info.address) : qv_null();
}

BUILTIN(fn_module) {
  pg_node_info info;
  if (!node_of(fx, a[0], &info)) return qv_null();
  return qv_cstr(info.module ? info.module : "");
}

BUILTIN(fn_action) {
  pg_node_info info;
  return node_of(fx, a[0], &info) ? text_or_null(pg_action_name(info.action)) : qv_null();
}

BUILTIN(fn_kind) {
  pg_node_info info;
  return node_of(fx, a[0], &info) ? qv_cstr(pg_node_kind_name(info.kind)) : qv_null();
}

BUILTIN(fn_index) {
  pg_node_info info;
  if (!node_of(fx, a[0], &info)) return qv_null();
  if (info.index_kind == PG_INDEX_NUMBER) return qv_num((double)info.index_number);
  if (info.index_kind == PG_INDEX_STRING) return qv_cstr(info.index_string);
  return qv_null();
}

BUILTIN(fn_provider) {
  pg_node_info info;
  return node_of(fx, a[0], &info) && info.provider >= 0 ? qv_node(info.provider) : qv_null();
}

BUILTIN(fn_present) {
  pg_node_info info;
  if (!node_of(fx, a[0], &info)) return qv_null();
  return qv_bool(pg_action_present(info.action));
}

/* An argument left unset is computed by the provider, and planned as known
 * only after apply: this tells it from one an expression sets. */
BUILTIN(fn_configured) {
  pg_node_info info;
  if (!node_of(fx, a[0], &info) || a[1].kind != QV_STR) return qv_null();
  char name[256];
  if (a[1].u.str.len >= sizeof name) return qv_bool(0);
  memcpy(name, a[1].u.str.s, a[1].u.str.len);
  name[a[1].u.str.len] = '\0';
  int set = pg_graph_node_sets(fx->g, a[0].u.node, name);
  return set < 0 ? qv_unknown() : qv_bool(set);
}

/* How a block sets an argument, to compare two blocks' settings (two
 * provider configurations that set the same credentials are of one
 * account) without showing either: always sensitive, since a provider's
 * access_key or secret_key written as a constant is a secret plan JSON
 * does not mark. */
BUILTIN(fn_setting) {
  pg_node_info info;
  if (!node_of(fx, a[0], &info) || a[1].kind != QV_STR) return qv_null();
  char name[256], *text = NULL;
  if (a[1].u.str.len >= sizeof name) return qv_null();
  memcpy(name, a[1].u.str.s, a[1].u.str.len);
  name[a[1].u.str.len] = '\0';
  int rc = pg_graph_node_setting(fx->g, a[0].u.node, name, &text);
  if (rc == PG_ERR_NOT_FOUND) return qv_unknown();
  if (rc != PG_OK) return no_memory(fx);
  qvalue v = qv_from_json_text(fx->mem, fx->g, text, strlen(text));
  free(text);
  return qv_marked(v, QV_SENS_PLAN);
}

/* Two provider configurations that set every credential argument alike
 * are of one account. Comparing two blocks' settings with setting() gives
 * a sensitive answer, which then hides every message built on it; this
 * one tells only whether two blocks of the plan agree, and a query cannot
 * hold a setting against a guess of its own. */
BUILTIN(fn_same_setting) {
  pg_node_info info;
  if (a[0].kind != QV_STR || !node_of(fx, a[1], &info) || !node_of(fx, a[2], &info))
    return qv_null();
  char name[256], *x = NULL, *y = NULL;
  if (a[0].u.str.len >= sizeof name) return qv_null();
  memcpy(name, a[0].u.str.s, a[0].u.str.len);
  name[a[0].u.str.len] = '\0';
  int rx = pg_graph_node_setting(fx->g, a[1].u.node, name, &x);
  int ry = rx == PG_OK ? pg_graph_node_setting(fx->g, a[2].u.node, name, &y) : rx;
  qvalue v = rx == PG_ERR_NOT_FOUND || ry == PG_ERR_NOT_FOUND ? qv_unknown()
             : rx != PG_OK || ry != PG_OK                     ? no_memory(fx)
                                                              : qv_bool(strcmp(x, y) == 0);
  free(x);
  free(y);
  return v;
}

BUILTIN(fn_references) {
  pg_node_info info;
  if (!node_of(fx, a[0], &info) || a[1].kind != QV_STR) return qv_null();
  char name[256];
  if (a[1].u.str.len >= sizeof name) return list_value(qv_list_new(fx->mem, 0));
  memcpy(name, a[1].u.str.s, a[1].u.str.len);
  name[a[1].u.str.len] = '\0';
  if (pg_graph_node_sets(fx->g, a[0].u.node, name) < 0) return qv_unknown();
  size_t n = 0;
  while (pg_graph_node_reference(fx->g, a[0].u.node, name, n)) n++;
  qlist *l = qv_list_new(fx->mem, n);
  if (!l) return no_memory(fx);
  for (size_t i = 0; i < n; i++)
    l->items[i] = qv_cstr(pg_graph_node_reference(fx->g, a[0].u.node, name, i));
  return list_value(l);
}

/* What a resource runs beside its API calls: plan JSON records each
 * provisioner's type, and what its command reads, nothing of what it
 * does. */
BUILTIN(fn_provisioners) {
  pg_node_info info;
  if (!node_of(fx, a[0], &info)) return qv_null();
  size_t n = 0;
  while (pg_graph_node_provisioner(fx->g, a[0].u.node, n)) n++;
  qlist *l = qv_list_new(fx->mem, n);
  if (!l) return no_memory(fx);
  for (size_t i = 0; i < n; i++)
    l->items[i] = qv_cstr(pg_graph_node_provisioner(fx->g, a[0].u.node, i));
  return list_value(l);
}

/* Where a pattern's edge may be missing (pattern_anchor.c treats such a
 * step as unknown): a query names the attributes in its own words. */
BUILTIN(fn_open_labels) {
  pg_node_info info;
  if (!node_of(fx, a[0], &info)) return qv_null();
  const char *const *labels;
  size_t n = pg_graph_open_labels(fx->g, a[0].u.node, &labels);
  qlist *l = qv_list_new(fx->mem, n);
  if (!l) return no_memory(fx);
  for (size_t i = 0; i < n; i++) l->items[i] = qv_cstr(labels[i]);
  return list_value(l);
}

BUILTIN(fn_label) {
  pg_edge_info e;
  return edge_of(fx, a[0], &e) ? text_or_null(e.label) : qv_null();
}

BUILTIN(fn_ambiguous) {
  pg_edge_info e;
  return edge_of(fx, a[0], &e) ? qv_bool(e.ambiguous != 0) : qv_null();
}

BUILTIN(fn_edge_kind) {
  pg_edge_info e;
  return edge_of(fx, a[0], &e) ? qv_cstr(pg_edge_kind_name(e.kind)) : qv_null();
}

BUILTIN(fn_source) {
  pg_edge_info e;
  return edge_of(fx, a[0], &e) ? qv_node(e.from) : qv_null();
}

BUILTIN(fn_target) {
  pg_edge_info e;
  return edge_of(fx, a[0], &e) ? qv_node(e.to) : qv_null();
}

/* A provider configuration declares intent when it is a root-module
 * provider block, or when a present managed resource or a data source
 * uses it (a module's per-region configurations used by nothing do not). */
static int provider_in_use(const pg_graph *g, pg_node_id p, const pg_node_info *pinfo) {
  if (!pinfo->module || !*pinfo->module) return 1;
  const pg_edge_id *ids;
  size_t n = pg_graph_in_edges(g, p, &ids);
  for (size_t i = 0; i < n; i++) {
    pg_edge_info e;
    pg_node_info from;
    if (pg_graph_edge(g, ids[i], &e) != PG_OK || e.kind != PG_EDGE_PROVIDER) continue;
    pg_graph_node(g, e.from, &from);
    if (from.kind == PG_NODE_DATA ||
        (from.kind == PG_NODE_RESOURCE && pg_action_present(from.action)))
      return 1;
  }
  return 0;
}

/* Regions with a present managed resource, plus the region of every
 * provider configuration in use (provider_in_use); sorted, computed once. */
static qvalue scope_regions(qfunc_ctx *fx) {
  if (fx->scope.kind == QV_LIST) return fx->scope;
  const pg_graph *g = fx->g;
  size_t n = pg_graph_region_count(g), k = 0;
  qlist *l = qv_list_new(fx->cache, n);
  if (!l) return no_memory(fx);
  for (size_t i = 0; i < n; i++) {
    const char *r = pg_graph_region_name(g, i);
    int in_scope = 0;
    for (pg_node_id id = pg_graph_first_in_region(g, r); id >= 0 && !in_scope;
         id = pg_graph_next_in_region(g, id)) {
      pg_node_info info;
      pg_graph_node(g, id, &info);
      in_scope = info.kind == PG_NODE_RESOURCE && pg_action_present(info.action);
    }
    for (size_t j = 0; j < fx->n_providers && !in_scope; j++) {
      pg_node_info info;
      pg_graph_node(g, fx->providers[j], &info);
      in_scope = info.region && strcmp(info.region, r) == 0 &&
                 provider_in_use(g, fx->providers[j], &info);
    }
    if (in_scope) l->items[k++] = qv_cstr(r);
  }
  l->n = k;
  fx->scope = list_value(l);
  return fx->scope;
}

BUILTIN(fn_regions) {
  size_t n = pg_graph_region_count(fx->g);
  qlist *l = qv_list_new(fx->mem, n);
  if (!l) return qv_null();
  for (size_t i = 0; i < n; i++) l->items[i] = qv_cstr(pg_graph_region_name(fx->g, i));
  return list_value(l);
}

BUILTIN(fn_paths) {
  qvalue v = a[0], glob = a[1];
  if (v.kind == QV_UNKNOWN || glob.kind == QV_UNKNOWN) return qv_unknown();
  if (glob.kind != QV_STR) return qv_null();
  char *g = arena_strndup(fx->mem, glob.u.str.s, glob.u.str.len);
  return g ? qpaths(fx, v, g) : no_memory(fx);
}

/* get(x, "rule[0].kms_key_id"): the inverse of paths(). */
BUILTIN(fn_get) {
  qvalue v = a[0], path = a[1];
  if (path.kind != QV_STR) return qv_null();
  const char *p = arena_strndup(fx->mem, path.u.str.s, path.u.str.len);
  if (!p) return qv_null();  /* a copy ends where the string does (trim_suffix) */
  const char *end = p + path.u.str.len;
  while (p < end) {
    if (v.kind == QV_UNKNOWN) return v;
    if (*p == '.') p++;
    if (*p == '[') {
      char *close;
      unsigned long i = strtoul(p + 1, &close, 10);
      if (*close != ']') return qv_null();
      v = qv_index(fx->mem, fx->g, v, qv_num((double)i));
      p = close + 1;
      continue;
    }
    const char *seg = p;
    while (p < end && *p != '.' && *p != '[') p++;
    char *key = arena_strndup(fx->mem, seg, (size_t)(p - seg));
    if (!key) return qv_null();
    v = qv_field_memo(fx->mem, fx->g, fx->fields, v, key);
  }
  return v;
}

/* ---- strings ----------------------------------------------------------- */

static qvalue case_fn(qfunc_ctx *fx, qvalue s, int upper) {
  if (s.kind != QV_STR) return s.kind == QV_UNKNOWN ? s : qv_null();
  char *out = arena_alloc(fx->mem, s.u.str.len + 1);
  if (!out) return qv_null();
  for (size_t i = 0; i < s.u.str.len; i++)
    out[i] = (char)(upper ? toupper((unsigned char)s.u.str.s[i])
                          : tolower((unsigned char)s.u.str.s[i]));
  qvalue v = {QV_STR, s.sensitive, 0, {0}};
  v.u.str.s = out;
  v.u.str.len = s.u.str.len;
  return v;
}

static qvalue affix_fn(qvalue s, qvalue x, int suffix) {
  if (s.kind == QV_UNKNOWN || x.kind == QV_UNKNOWN) return qv_unknown();
  if (s.kind != QV_STR || x.kind != QV_STR || x.u.str.len > s.u.str.len) return qv_bool(0);
  const char *at = suffix ? s.u.str.s + s.u.str.len - x.u.str.len : s.u.str.s;
  return qv_bool(memcmp(at, x.u.str.s, x.u.str.len) == 0);
}

/* trim_prefix / trim_suffix: a slice of the same text, marks kept. */
static qvalue trim_fn(qvalue s, qvalue x, int suffix) {
  if (s.kind == QV_UNKNOWN || x.kind == QV_UNKNOWN) return qv_unknown();
  if (s.kind != QV_STR || x.kind != QV_STR) return s;
  qvalue has = affix_fn(s, x, suffix);
  if (!has.u.b) return s;
  s.u.str.len -= x.u.str.len;
  if (!suffix) s.u.str.s += x.u.str.len;
  return s;
}

BUILTIN(fn_split) {
  qvalue s = a[0], sep = a[1];
  if (s.kind == QV_UNKNOWN || sep.kind == QV_UNKNOWN) return qv_unknown();
  if (s.kind != QV_STR || sep.kind != QV_STR || !sep.u.str.len) return qv_null();
  size_t n = 1;
  for (size_t i = 0; i + sep.u.str.len <= s.u.str.len; i++)
    if (memcmp(s.u.str.s + i, sep.u.str.s, sep.u.str.len) == 0) {
      n++;
      i += sep.u.str.len - 1;
    }
  qlist *l = qv_list_new(fx->mem, n);
  if (!l) return qv_null();
  size_t start = 0, k = 0;
  for (size_t i = 0; i <= s.u.str.len; i++) {
    int at_sep = i + sep.u.str.len <= s.u.str.len &&
                 memcmp(s.u.str.s + i, sep.u.str.s, sep.u.str.len) == 0;
    if (at_sep || i == s.u.str.len) {
      l->items[k++] = qv_marked(qv_str(fx->mem, s.u.str.s + start, i - start), s.sensitive);
      if (i == s.u.str.len) break;
      i += sep.u.str.len - 1;
      start = i + 1;
    }
  }
  l->n = k;
  return qv_marked(list_value(l), s.sensitive);
}

BUILTIN(fn_join) {
  qvalue l = a[0], sep = a[1];
  if (l.kind == QV_UNKNOWN) return l;
  l = qv_as_list(fx->mem, l);
  if (l.kind != QV_LIST || sep.kind != QV_STR) return qv_null();
  strbuf b = SB_GROWING;
  int sens = l.sensitive;
  for (size_t i = 0; i < l.u.list->n; i++) {
    if (l.u.list->items[i].kind == QV_UNKNOWN) {
      sb_release(&b);
      return qv_unknown();
    }
    if (i) sb_addn(&b, sep.u.str.s, sep.u.str.len);
    qv_render(&b, fx->g, l.u.list->items[i], 0);
  }
  if (b.full) return sb_release(&b), no_memory(fx);
  qvalue v = qv_str(fx->mem, b.buf ? b.buf : "", b.len);
  sb_release(&b);
  return qv_marked(v, sens);
}

/* ---- lists ------------------------------------------------------------- */

/* The list argument of a list function: 1 with *l the list, or 0 with *l
 * the function's result (unknown stays unknown, a non-list gives null). */
static int list_arg(qfunc_ctx *fx, qvalue v, qvalue *l) {
  if (v.kind == QV_UNKNOWN) return *l = v, 0;
  *l = qv_as_list(fx->mem, v);
  if (l->kind != QV_LIST) return *l = qv_null(), 0;
  return 1;
}

BUILTIN(fn_distinct) {
  qvalue l;
  if (!list_arg(fx, a[0], &l)) return l;
  size_t n = l.u.list->n;
  qlist *out = qv_list_new(fx->mem, n);
  size_t *leader = arena_alloc(fx->mem, (n ? n : 1) * sizeof *leader);
  if (!out || !leader) return qv_null();
  for (size_t i = 0; i < n; i++)
    if (qv_deep_sensitive(l.u.list->items[i]))
      return refuse(fx, "a distinct() element depends on a sensitive value; what is grouped "
                        "by may not");
  if (vgroup_leaders(fx->g, l.u.list->items, n, leader) < 0) return no_memory(fx);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (leader[i] == i) out->items[k++] = l.u.list->items[i];
  out->n = k;
  out->partial = l.u.list->partial;
  return qv_marked(list_value(out), l.sensitive);
}

/* group([[key, value], ...]): [[key, [value, ...]], ...], keys in first-seen
 * order, in linear time; an element that is not a pair is left out. A key
 * whose equality is unknown (known after apply, from no one source) makes a
 * group of its own whose members are undecided (more may belong). */
BUILTIN(fn_group) {
  qvalue l;
  if (!list_arg(fx, a[0], &l)) return l;
  size_t n = l.u.list->n, m = 0;
  qvalue *keys = arena_alloc(fx->mem, (n ? n : 1) * sizeof *keys);
  size_t *from = arena_alloc(fx->mem, (n ? n : 1) * sizeof *from);
  size_t *leader = arena_alloc(fx->mem, (n ? n : 1) * sizeof *leader);
  size_t *size = arena_alloc(fx->mem, (n ? n : 1) * sizeof *size);
  qlist **members = arena_alloc(fx->mem, (n ? n : 1) * sizeof *members);
  if (!keys || !from || !leader || !size || !members) return qv_null();
  for (size_t i = 0; i < n; i++) {
    qvalue p = l.u.list->items[i];
    if (p.kind != QV_LIST || p.u.list->n != 2) continue;
    keys[m] = qv_marked(p.u.list->items[0], p.sensitive);
    if (qv_deep_sensitive(keys[m]))
      return refuse(fx, "a group() key depends on a sensitive value; what is grouped by "
                        "may not");
    from[m++] = i;
  }
  if (vgroup_leaders(fx->g, keys, m, leader) < 0) return no_memory(fx);
  size_t groups = 0;
  for (size_t i = 0; i < m; i++) size[i] = 0;
  for (size_t i = 0; i < m; i++) groups += leader[i] == i, size[leader[i]]++;
  qlist *out = qv_list_new(fx->mem, groups);
  if (!out) return qv_null();
  size_t g = 0;
  for (size_t i = 0; i < m; i++) {
    if (leader[i] != i) continue;
    qlist *pair = qv_list_new(fx->mem, 2);
    members[i] = qv_list_new(fx->mem, size[i]);
    if (!pair || !members[i]) return qv_null();
    members[i]->n = 0;
    members[i]->partial = qv_equal(fx->g, keys[i], keys[i]) != 1;
    pair->items[0] = keys[i];
    pair->items[1] = list_value(members[i]);
    out->items[g++] = list_value(pair);
  }
  for (size_t i = 0; i < m; i++) {
    qlist *dst = members[leader[i]];
    qvalue p = l.u.list->items[from[i]];
    dst->items[dst->n++] = qv_marked(p.u.list->items[1], p.sensitive);
  }
  out->partial = l.u.list->partial;
  if (!(out->index = vgroup_index_build(fx->mem, fx->g, out))) return qv_null();
  return qv_marked(list_value(out), l.sensitive);
}

/* lookup(pairs, key): the value of the pair whose key equals key; null when
 * none does, unknown when the answer hangs on an unknown (the key, a pair's
 * key, or the list's membership). On group()'s result it is a hash look-up,
 * on any other list of pairs a scan. */
BUILTIN(fn_lookup) {
  qvalue l, key = a[1];
  if (!list_arg(fx, a[0], &l)) return l;
  int sens = l.sensitive | key.sensitive, undecided = 0;
  if (qv_equal(fx->g, key, key) != 1) return qv_marked(qv_unknown(), sens);
  const qlist *pairs = l.u.list;
  long at = -1;
  if (pairs->index) {
    at = vgroup_index_find(pairs->index, fx->g, pairs, key, &undecided);
  } else {
    for (size_t i = 0; i < pairs->n && at < 0; i++) {
      qvalue p = pairs->items[i];
      if (p.kind != QV_LIST || p.u.list->n != 2) continue;
      int e = qv_equal(fx->g, p.u.list->items[0], key);
      if (e == 1) at = (long)i;
      if (e < 0) undecided = 1;
    }
  }
  if (at >= 0) {
    qvalue p = pairs->items[at];
    return qv_marked(p.u.list->items[1], sens | p.sensitive);
  }
  return qv_marked(undecided || pairs->partial ? qv_unknown() : qv_null(), sens);
}

static int value_order(const void *a, const void *b) {
  const qvalue *x = a, *y = b;
  int ok, c = qv_compare(*x, *y, &ok);
  if (ok) return c;
  return (int)x->kind - (int)y->kind;
}

BUILTIN(fn_sort) {
  qvalue l;
  if (!list_arg(fx, a[0], &l)) return l;
  for (size_t i = 0; i < l.u.list->n; i++)
    if (qv_deep_sensitive(l.u.list->items[i]))
      return refuse(fx, "a sort() element depends on a sensitive value; an order may not");
  qlist *out = qv_list_new(fx->mem, l.u.list->n);
  if (!out) return qv_null();
  if (l.u.list->n) memcpy(out->items, l.u.list->items, l.u.list->n * sizeof *out->items);
  qsort(out->items, out->n, sizeof *out->items, value_order);
  out->partial = l.u.list->partial;
  return qv_marked(list_value(out), l.sensitive);
}

BUILTIN(fn_flatten) {
  qvalue l;
  if (!list_arg(fx, a[0], &l)) return l;
  size_t n = 0;
  for (size_t i = 0; i < l.u.list->n; i++) {
    qvalue e = l.u.list->items[i];
    if (e.kind == QV_UNKNOWN) return qv_unknown();
    n += e.kind == QV_LIST ? e.u.list->n : 1;
  }
  qlist *out = qv_list_new(fx->mem, n);
  if (!out) return qv_null();
  size_t k = 0;
  for (size_t i = 0; i < l.u.list->n; i++) {
    qvalue e = l.u.list->items[i];
    if (e.kind == QV_LIST)
      for (size_t j = 0; j < e.u.list->n; j++)
        out->items[k++] = qv_marked(e.u.list->items[j], e.sensitive);
    else
      out->items[k++] = e;
    out->partial |= e.kind == QV_LIST && e.u.list->partial;
  }
  out->partial |= l.u.list->partial;
  return qv_marked(list_value(out), l.sensitive);
}

BUILTIN(fn_sum) {
  qvalue l;
  if (!list_arg(fx, a[0], &l)) return l;
  if (l.u.list->partial) return qv_unknown();
  double s = 0;
  int sens = l.sensitive;
  for (size_t i = 0; i < l.u.list->n; i++) {
    qvalue e = l.u.list->items[i];
    if (e.kind == QV_UNKNOWN) return qv_unknown();
    if (e.kind == QV_NUM && e.u.num_text) return qv_null();  /* no double sum */
    if (e.kind == QV_NUM) s += e.u.num;
    sens |= e.sensitive;
  }
  return qv_marked(qv_num(s), sens);
}

/* ---- networks ---------------------------------------------------------- */

BUILTIN(fn_cidr_contains) {
  if (a[0].kind == QV_UNKNOWN || a[1].kind == QV_UNKNOWN) return qv_unknown();
  if (a[0].kind != QV_STR || a[1].kind != QV_STR) return qv_bool(0);
  return qv_bool(cidr_holds(a[0].u.str.s, a[0].u.str.len, a[1].u.str.s, a[1].u.str.len));
}

/* The document a string holds, as the plan's values are read; null for
 * text that is not JSON. A sensitive string is not opened: its fields
 * would carry no mark, so the result is unknown (and marked). */
BUILTIN(fn_json_decode) {
  if (a[0].kind == QV_UNKNOWN) return a[0];
  if (a[0].kind != QV_STR) return qv_null();
  if (a[0].sensitive) return qv_marked(qv_unknown_why("(sensitive: not decoded)"), QV_SENS_DERIVED);
  return qv_from_json_text(fx->mem, fx->g, a[0].u.str.s, a[0].u.str.len);
}

/* ---- knowledge and conversions ----------------------------------------- */

BUILTIN(fn_scope_regions) {
  if (n_args == 1 && a[0].kind == QV_LIST && a[0].u.list->n) return a[0];
  return scope_regions(fx);
}

BUILTIN(fn_known) { return qv_bool(a[0].kind != QV_UNKNOWN); }
BUILTIN(fn_unknown) { return qv_bool(a[0].kind == QV_UNKNOWN); }

/* Unknown, keeping an unknown argument's reason (and sensitivity) so that
 * a message can say what is not known; undecided('text') gives that text
 * as the subject's reason (not when it is sensitive: a reason is shown). */
BUILTIN(fn_undecided) {
  if (n_args == 1 && a[0].kind == QV_UNKNOWN) return a[0];
  qvalue v = qv_unknown();
  if (n_args == 1) v.sensitive = a[0].sensitive;
  if (n_args == 1 && a[0].kind == QV_STR && !a[0].sensitive && a[0].u.str.len) {
    fx->why = a[0].u.str.s;
    fx->why_len = a[0].u.str.len;
  }
  return v;
}
BUILTIN(fn_sensitive) { return qv_bool(a[0].sensitive); }

BUILTIN(fn_is_null) {
  if (a[0].kind == QV_LIST && a[0].u.list->partial && a[0].u.list->n == 0) return qv_unknown();
  return qv_bool(a[0].kind == QV_NULL || (a[0].kind == QV_LIST && a[0].u.list->n == 0));
}

BUILTIN(fn_default) { return a[0].kind == QV_NULL || a[0].kind == QV_UNKNOWN ? a[1] : a[0]; }

BUILTIN(fn_keys) {
  return qv_keys(fx->mem, a[0].kind == QV_NODE ? qv_node_values(fx->mem, fx->g, a[0].u.node)
                                               : a[0]);
}

BUILTIN(fn_lower) { return case_fn(fx, a[0], 0); }
BUILTIN(fn_upper) { return case_fn(fx, a[0], 1); }
BUILTIN(fn_starts_with) { return affix_fn(a[0], a[1], 0); }
BUILTIN(fn_ends_with) { return affix_fn(a[0], a[1], 1); }
BUILTIN(fn_trim_prefix) { return trim_fn(a[0], a[1], 0); }
BUILTIN(fn_trim_suffix) { return trim_fn(a[0], a[1], 1); }

/* A substring of a string, or an element of a list (unknown when an
 * element's equality is). */
BUILTIN(fn_contains) {
  if (a[0].kind == QV_UNKNOWN || a[1].kind == QV_UNKNOWN) return qv_unknown();
  if (a[0].kind == QV_STR) {
    if (a[1].kind != QV_STR) return qv_bool(0);
    return qv_bool(bytes_contain(a[0].u.str.s, a[0].u.str.len, a[1].u.str.s, a[1].u.str.len));
  }
  qvalue l = qv_as_list(fx->mem, a[0]);
  int unknown = l.kind == QV_LIST && l.u.list->partial;
  for (size_t i = 0; l.kind == QV_LIST && i < l.u.list->n; i++) {
    int e = qv_equal(fx->g, l.u.list->items[i], a[1]);
    if (e == 1) return qv_bool(1);
    if (e < 0) unknown = 1;
  }
  return unknown ? qv_unknown() : qv_bool(0);
}

BUILTIN(fn_length) {
  qvalue v = a[0];
  if (v.kind == QV_UNKNOWN) return v;
  if (v.kind == QV_STR)
    return qv_marked(qv_num((double)qv_char_count(v.u.str.s, v.u.str.len)), v.sensitive);
  if (v.kind == QV_JSON) v = qv_keys(fx->mem, v);
  v = qv_as_list(fx->mem, v);
  if (v.kind == QV_LIST && v.u.list->partial) return qv_unknown();
  return v.kind == QV_LIST ? qv_num((double)v.u.list->n) : qv_null();
}

BUILTIN(fn_string) {
  if (a[0].kind == QV_UNKNOWN || a[0].kind == QV_STR) return a[0];
  strbuf b = SB_GROWING;
  qv_render(&b, fx->g, a[0], 0);
  if (b.full) return sb_release(&b), no_memory(fx);
  qvalue v = qv_str(fx->mem, b.buf ? b.buf : "", b.len);
  sb_release(&b);
  return qv_marked(v, a[0].sensitive);
}

BUILTIN(fn_number) {
  qvalue v = a[0];
  if (v.kind == QV_UNKNOWN || v.kind == QV_NUM) return v;
  if (v.kind != QV_STR || !v.u.str.len || v.u.str.len > 60) return qv_null();
  return qv_marked(qv_num_parse(fx->mem, v.u.str.s, v.u.str.len), v.sensitive);
}

BUILTIN(fn_count) {
  if (a[0].kind == QV_UNKNOWN) return a[0];
  qvalue l = qv_as_list(fx->mem, a[0]);
  if (l.kind == QV_LIST && l.u.list->partial) return qv_unknown();
  return l.kind == QV_LIST ? qv_num((double)l.u.list->n) : qv_null();
}

BUILTIN(fn_glob) {
  if (a[0].kind == QV_UNKNOWN || a[1].kind == QV_UNKNOWN) return qv_unknown();
  if (a[0].kind != QV_STR || a[1].kind != QV_STR) return qv_bool(0);
  char *s = arena_strndup(fx->mem, a[0].u.str.s, a[0].u.str.len);
  char *p = arena_strndup(fx->mem, a[1].u.str.s, a[1].u.str.len);
  return qv_bool(s && p && fnmatch(p, s, 0) == 0);
}

/* ---- dispatch ---------------------------------------------------------- */

typedef qvalue (*qfunc_impl)(qfunc_ctx *fx, qvalue *a, size_t n);

/* Made from the rows of builtins.h: a row whose implementation is missing
 * names an undeclared function and does not compile. */
static const qfunc_impl impls[F_COUNT_] = {
#define X(id, name, mn, mx, ret, a1, a2, impl, doc) [id] = impl,
    PG_FUNCS(X)
#undef X
};

/* Terraform's rule: a result computed from a sensitive argument is
 * sensitive (QV_SENS_DERIVED). A test, text or number (contains, join, sum ...) tells of
 * every element it looked at, so a sensitive value anywhere inside an
 * argument marks it; a list (split, keys, sort ...), a count, a length,
 * is_null, known or unknown tells only of the argument itself, and the
 * elements it returns keep their own marks (a network block whose subnets
 * are sensitive is known, and saying so tells nothing of the subnets).
 * sensitive() asks about the mark, not the value. */
static int args_marked(int fn, const qvalue *a, size_t n) {
  if (fn == F_SENSITIVE) return 0;
  /* Null or known: what terraform's plan shows of a marked attribute. */
  if ((fn == F_IS_NULL || fn == F_KNOWN || fn == F_UNKNOWN) && a[0].sensitive == QV_SENS_PLAN)
    return 0;
  vtype r = qfuncs[fn].result;
  int deep = (r == VT_BOOL || r == VT_STRING || r == VT_NUMBER) && fn != F_COUNT &&
             fn != F_LENGTH && fn != F_IS_NULL && fn != F_KNOWN && fn != F_UNKNOWN;
  for (size_t i = 0; i < n; i++)
    if (deep ? qv_deep_sensitive(a[i]) : a[i].sensitive) return 1;
  return 0;
}

qvalue qfunc_call(qfunc_ctx *fx, int fn, qvalue *a, size_t n) {
  if (fn < 0 || fn >= F_COUNT_) return qv_null();
  return qv_derived(impls[fn](fx, a, n), args_marked(fn, a, n));
}
