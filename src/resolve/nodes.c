/* Nodes: one per resource and data-source instance (from resource_changes,
 * or planned_values when a plan has none), one per data source read during
 * planning (prior_state), and one per module instance, with module edges. */
#include "graph/graph_impl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan/address.h"
#include "resolve/arns.h"

/* One resource instance as either plan representation describes it. All
 * slices point into the plan text. */
typedef struct entry {
  jslice address, module_address, mode, type, name, index, deposed;
  int index_kind;               /* JS_NUMBER, JS_STRING or 0 */
  pg_action action;
  jslice values, unknown, sensitive;
  jslice id, arn, region;       /* top-level string values, if known */
} entry;

/* ---- reading one entry ------------------------------------------------- */

/* Reports a wrong JSON type at PATH.KEY. */
static int type_error(build *b, jscan *s, const char *path, const char *key,
                      const char *expected) {
  char full[512];
  snprintf(full, sizeof full, "%s%s%s", path, key ? "." : "", key ? key : "");
  return b_error_at(b, PG_ERR_PARSE, s->pos, full, "expected %s, found %s", expected,
                    js_kind_name(js_peek_kind(s)));
}

static int take_string(build *b, jscan *s, jslice *out, const char *path,
                       const char *key) {
  int k = js_peek_kind(s);
  if (k == JS_NULL) return js_skip(s, NULL) < 0 ? b_scan_error(b, s, path) : PG_OK;
  if (k != JS_STRING) return type_error(b, s, path, key, "a string");
  return js_string(s, out) < 0 ? b_scan_error(b, s, path) : PG_OK;
}

/* Reads a values object, noting the top-level id, arn and region strings. */
static int take_values(build *b, jscan *s, entry *e, const char *path) {
  js_peek_kind(s);
  size_t start = s->pos;
  if (js_peek_kind(s) != JS_OBJECT) {
    if (js_skip(s, &e->values) < 0) return b_scan_error(b, s, path);
    return PG_OK;
  }
  js_iter it;
  jslice key;
  int r;
  /* endpoint_group_region is an endpoint group's region (regions.h). */
  static const char *const known[] = {"id", "arn", "region", "endpoint_group_region", NULL};
  unsigned seen = 0;
  js_obj_open(s, &it);
  while ((r = js_obj_next(s, &it, &key)) > 0) {
    if (b_key_once(b, s, key, known, &seen, path) != PG_OK) return PG_ERR_PARSE;
    jslice *slot = NULL;
    if (key.n == 2 && memcmp(key.p, "id", 2) == 0) slot = &e->id;
    else if (key.n == 3 && memcmp(key.p, "arn", 3) == 0) slot = &e->arn;
    else if (js_raw_eq(key, "region") || js_raw_eq(key, "endpoint_group_region")) slot = &e->region;
    if (slot && js_peek_kind(s) == JS_STRING) {
      if (js_string(s, slot) < 0) break;
    } else if (js_skip(s, NULL) < 0) {
      break;
    }
  }
  if (r != 0 || s->failed) return b_scan_error(b, s, path);
  e->values = (jslice){s->buf + start, s->pos - start};
  return PG_OK;
}

static pg_action action_of(jslice *words, size_t n) {
  int create = 0, del = 0, forget = 0;
  for (size_t i = 0; i < n; i++) {
    if (js_raw_eq(words[i], "create")) create = 1;
    else if (js_raw_eq(words[i], "delete")) del = 1;
    else if (js_raw_eq(words[i], "forget")) forget = 1;
    else if (js_raw_eq(words[i], "update")) return PG_ACTION_UPDATE;
    else if (js_raw_eq(words[i], "read")) return PG_ACTION_READ;
    else if (js_raw_eq(words[i], "no-op")) return PG_ACTION_NOOP;
  }
  if (create && (del || forget)) return PG_ACTION_REPLACE;
  if (create) return PG_ACTION_CREATE;
  if (del) return PG_ACTION_DELETE;
  if (forget) return PG_ACTION_FORGET;
  return PG_ACTION_NOOP;
}

static int take_actions(build *b, jscan *s, entry *e, const char *path) {
  jslice words[4];
  size_t n = 0;
  js_iter it;
  if (js_peek_kind(s) != JS_ARRAY) return type_error(b, s, path, "change.actions", "an array");
  js_arr_open(s, &it);
  int r;
  for (size_t i = 0; (r = js_arr_next(s, &it)) > 0; i++) {
    jslice w = {0};
    char key[48];
    snprintf(key, sizeof key, "change.actions[%zu]", i);
    int rc = take_string(b, s, &w, path, key);
    if (rc != PG_OK) return rc;
    if (n < 4) words[n++] = w;
  }
  if (r < 0) return b_scan_error(b, s, path);
  e->action = action_of(words, n);
  return PG_OK;
}

static int take_change(build *b, jscan *s, entry *e, const char *path) {
  jslice before = {0}, after = {0}, before_s = {0}, after_s = {0}, after_u = {0};
  entry vb = {0}, va = {0};
  js_iter it;
  jslice key;
  int r, rc = PG_OK;
  if (js_peek_kind(s) != JS_OBJECT) return type_error(b, s, path, "change", "an object");
  static const char *const known[] = {"actions", "before", "after", "before_sensitive",
                                      "after_sensitive", "after_unknown", NULL};
  unsigned seen = 0;
  js_obj_open(s, &it);
  while (rc == PG_OK && (r = js_obj_next(s, &it, &key)) > 0) {
    if ((rc = b_key_once(b, s, key, known, &seen, path)) != PG_OK) break;
    if (js_raw_eq(key, "actions")) rc = take_actions(b, s, e, path);
    else if (js_raw_eq(key, "before")) {
      rc = take_values(b, s, &vb, path);
      before = vb.values;
    } else if (js_raw_eq(key, "after")) {
      rc = take_values(b, s, &va, path);
      after = va.values;
    } else {
      jslice *slot = js_raw_eq(key, "before_sensitive") ? &before_s
                   : js_raw_eq(key, "after_sensitive") ? &after_s
                   : js_raw_eq(key, "after_unknown") ? &after_u : NULL;
      if (js_skip(s, slot) < 0) rc = b_scan_error(b, s, path);
    }
  }
  if (rc != PG_OK) return rc;
  if (r < 0) return b_scan_error(b, s, path);
  if (!pg_action_present(e->action)) {
    e->values = before;
    e->sensitive = before_s;
    e->id = vb.id;
    e->arn = vb.arn;
    e->region = vb.region;
  } else {
    e->values = after;
    e->sensitive = after_s;
    e->unknown = after_u;
    /* An id known before a replacement is not the id after it. */
    e->id = va.id.p ? va.id : (e->action == PG_ACTION_REPLACE ? (jslice){0} : vb.id);
    e->arn = va.arn.p ? va.arn : (e->action == PG_ACTION_REPLACE ? (jslice){0} : vb.arn);
    e->region = va.region;
  }
  return PG_OK;
}

/* Reads one resource object of either representation. In the values
 * representation (with_change = 0) values/sensitive_values are inline. */
static int read_entry(build *b, jscan *s, entry *e, int with_change,
                      const char *path) {
  js_iter it;
  jslice key;
  int r, rc = PG_OK;
  memset(e, 0, sizeof *e);
  e->action = PG_ACTION_NOOP;
  if (js_peek_kind(s) != JS_OBJECT) return type_error(b, s, path, NULL, "an object");
  static const char *const known[] = {"address", "module_address", "mode", "type", "name",
                                      "index", "deposed", "change", "values",
                                      "sensitive_values", NULL};
  unsigned seen = 0;
  js_obj_open(s, &it);
  while (rc == PG_OK && (r = js_obj_next(s, &it, &key)) > 0) {
    if ((rc = b_key_once(b, s, key, known, &seen, path)) != PG_OK) break;
    static const char *const names[] = {"address", "module_address", "mode", "type", "name"};
    jslice *slots[] = {&e->address, &e->module_address, &e->mode, &e->type, &e->name};
    jslice *str = NULL;
    const char *name = NULL;
    for (size_t i = 0; i < 5 && !str; i++)
      if (js_raw_eq(key, names[i])) {
        str = slots[i];
        name = names[i];
      }
    if (str) {
      rc = take_string(b, s, str, path, name);
    } else if (js_raw_eq(key, "index")) {
      int k = js_peek_kind(s);
      if (k == JS_NUMBER || k == JS_STRING) e->index_kind = k;
      else if (k != JS_NULL) return type_error(b, s, path, "index", "a number or a string");
      if (js_skip(s, &e->index) < 0) rc = b_scan_error(b, s, path);
    } else if (js_raw_eq(key, "deposed")) {
      if (js_skip(s, &e->deposed) < 0) rc = b_scan_error(b, s, path);
    } else if (with_change && js_raw_eq(key, "change")) {
      rc = take_change(b, s, e, path);
    } else if (!with_change && js_raw_eq(key, "values")) {
      rc = take_values(b, s, e, path);
    } else if (!with_change && js_raw_eq(key, "sensitive_values")) {
      if (js_skip(s, &e->sensitive) < 0) rc = b_scan_error(b, s, path);
    } else if (js_skip(s, NULL) < 0) {
      rc = b_scan_error(b, s, path);
    }
  }
  if (rc != PG_OK) return rc;
  if (r < 0) return b_scan_error(b, s, path);
  return PG_OK;
}

/* ---- module instances --------------------------------------------------- */

/* Deeper module nesting is not real (config.c reads no deeper either). */
#define MAX_MODULE_DEPTH 64

/* Returns the module node for a module instance address ("" is the root:
 * -1), creating it and its ancestors. */
/* The last "module" step, which starts a module's own part; *calls counts
 * them. Each level is a node that holds its whole address: a chain of 10^5
 * calls in one 3 MB address would take gigabytes, so the depth is bounded. */
static size_t last_call(const addr_steps *st, size_t *calls) {
  size_t last = 0;
  *calls = 0;
  for (size_t i = 0; i < st->count; i++)
    if (step_is(&st->steps[i], "module") && i + 1 < st->count &&
        st->steps[i + 1].kind == STEP_NAME) {
      last = i;
      ++*calls;
    }
  return last;
}

static pg_node_id ensure_module(build *b, const char *addr, size_t len, int *rc) {
  pg_graph *g = b->g;
  *rc = PG_OK;
  if (len == 0) return -1;
  const char *a = g_intern(g, addr, len);
  if (!a) {
    *rc = PG_ERR_NOMEM;
    return -1;
  }
  pg_node_id id = pg_graph_find(g, a);
  if (id >= 0) return g->nodes[id].kind == PG_NODE_MODULE ? id : -1;
  addr_steps st;
  int parsed = addr_parse(addr, len, &st);
  if (parsed < 0 || st.count < 2 || !step_is(&st.steps[0], "module")) {
    addr_steps_free(&st);
    if (parsed == ADDR_NOMEM) {
      *rc = PG_ERR_NOMEM;
      return -1;
    }
    *rc = b_error_at(b, PG_ERR_PARSE, (size_t)-1, NULL,
                     "module address \"%s\" does not parse", a);
    return -1;
  }
  size_t calls, last = last_call(&st, &calls);
  if (calls > MAX_MODULE_DEPTH) {
    addr_steps_free(&st);
    *rc = b_error_at(b, PG_ERR_PARSE, (size_t)-1, NULL,
                     "module address \"%.200s...\" nests %zu module calls; plangraph "
                     "reads at most %d", a, calls, MAX_MODULE_DEPTH);
    return -1;
  }
  size_t parent_end = last ? st.steps[last - 1].end : 0;
  pg_node_id parent = ensure_module(b, addr, parent_end, rc);
  if (*rc != PG_OK) {
    addr_steps_free(&st);
    return -1;
  }
  char *cfg = addr_config_string(&st, st.count);
  id = g_add_node(g, PG_NODE_MODULE, a);
  if (!cfg || id < 0) {
    free(cfg);
    addr_steps_free(&st);
    *rc = PG_ERR_NOMEM;
    return -1;
  }
  node *n = &g->nodes[id];
  const addr_step *call = &st.steps[last + 1];
  n->name = g_intern(g, call->name, call->len);
  n->type = n->name;
  n->module = parent >= 0 ? g->nodes[parent].address : g_intern_cstr(g, "");
  n->config_address = g_intern_cstr(g, cfg);
  n->cfg = config_module(g, cfg);
  n->parent = parent;
  if (last + 2 < st.count) {
    const addr_step *k = &st.steps[last + 2];
    if (k->kind == STEP_NUM) {
      n->index_kind = PG_INDEX_NUMBER;
      n->index_number = k->num;
    } else if (k->kind == STEP_STR) {
      n->index_kind = PG_INDEX_STRING;
      n->index_string = g_intern_cstr(g, k->key);
    }
  }
  free(cfg);
  addr_steps_free(&st);
  if (!n->name || !n->module || !n->config_address) {
    *rc = PG_ERR_NOMEM;
    return -1;
  }
  if (parent >= 0 && g_add_edge(g, parent, id, PG_EDGE_MODULE, NULL) < 0)
    *rc = PG_ERR_NOMEM;
  return id;
}

/* ---- resource nodes ----------------------------------------------------- */

static int set_index(build *b, node *n, const entry *e, const char *path) {
  pg_graph *g = b->g;
  if (e->index_kind == JS_STRING) {
    jslice raw = {e->index.p + 1, e->index.n - 2};
    n->index_kind = PG_INDEX_STRING;
    n->index_string = g_intern_slice(g, raw);
    return n->index_string ? PG_OK : PG_ERR_NOMEM;
  }
  if (e->index_kind == JS_NUMBER) {
    char tmp[32];
    char *end;
    if (e->index.n >= sizeof tmp)
      return b_error_at(b, PG_ERR_PARSE, (size_t)(e->index.p - g->text), path,
                        "index is not an integer");
    memcpy(tmp, e->index.p, e->index.n);
    tmp[e->index.n] = '\0';
    errno = 0;
    long long v = strtoll(tmp, &end, 10);
    if (*end)
      return b_error_at(b, PG_ERR_PARSE, (size_t)(e->index.p - g->text), path,
                        "index is not an integer");
    if (errno == ERANGE)
      return b_error_at(b, PG_ERR_PARSE, (size_t)(e->index.p - g->text), path,
                        "index %s is beyond 64-bit integers", tmp);
    n->index_kind = PG_INDEX_NUMBER;
    n->index_number = v;
  }
  return PG_OK;
}

/* Module instance address of a resource address: everything before the
 * resource's own type (and data. prefix). *rc becomes PG_ERR_NOMEM when
 * memory ran out. */
static size_t module_prefix_len(const char *addr, size_t len, int *rc) {
  addr_steps st;
  int parsed = addr_parse(addr, len, &st);
  if (parsed == ADDR_NOMEM) *rc = PG_ERR_NOMEM;
  if (parsed < 0) return 0;
  size_t end = 0, i = 0;
  while (i + 1 < st.count && step_is(&st.steps[i], "module") &&
         st.steps[i + 1].kind == STEP_NAME) {
    end = st.steps[i + 1].end;
    i += 2;
    if (i < st.count && st.steps[i].kind != STEP_NAME) end = st.steps[i++].end;
  }
  addr_steps_free(&st);
  return end;
}

static const char *config_address_of(build *b, pg_node_id parent, int is_data,
                                     const char *type, const char *name) {
  pg_graph *g = b->g;
  const char *mod = parent >= 0 ? g->nodes[parent].config_address : "";
  size_t n = strlen(mod) + strlen(type) + strlen(name) + 16;
  char *s = malloc(n);
  if (!s) return NULL;
  snprintf(s, n, "%s%s%s%s.%s", mod, *mod ? "." : "", is_data ? "data." : "",
           type, name);
  const char *r = g_intern_cstr(g, s);
  free(s);
  return r;
}

/* The entry's "index" names the same instance as its address's key:
 * `aws_vpc.b[1]` with "index": 7 is not a plan terraform writes. An entry
 * with no index (or null) is taken from its address as it is. */
static int index_matches(build *b, const entry *e, const addr_key *key, const char *addr,
                         const char *path) {
  if (!e->index_kind) return PG_OK;
  node probe;
  memset(&probe, 0, sizeof probe);
  int rc = set_index(b, &probe, e, path);
  if (rc != PG_OK) return rc;
  int same = probe.index_kind == PG_INDEX_NUMBER
                 ? key->kind == STEP_NUM && key->num == probe.index_number
                 : key->kind == STEP_STR && strcmp(key->str, probe.index_string) == 0;
  if (same) return PG_OK;
  return b_error_at(b, PG_ERR_PARSE, (size_t)(e->index.p - b->g->text), path,
                    "index %.*s%s does not match the key of its address \"%.200s%s\"",
                    e->index.n > 100 ? 100 : (int)e->index.n, e->index.p,
                    e->index.n > 100 ? "..." : "", addr, strlen(addr) > 200 ? "..." : "");
}

static int add_entry(build *b, const entry *e, const char *path, int only_data) {
  pg_graph *g = b->g;
  if (e->deposed.p) {
    g->deposed++;
    return PG_OK;
  }
  if (!e->address.p || !e->type.p || !e->name.p)
    return b_error_at(b, PG_ERR_PARSE, (size_t)-1, path,
                      "resource has no %s", !e->address.p ? "address"
                                            : !e->type.p ? "type" : "name");
  int is_data = e->mode.p && js_raw_eq(e->mode, "data");
  if (only_data && !is_data) return PG_OK;
  const char *addr = g_intern_slice(g, e->address);
  if (!addr) return PG_ERR_NOMEM;
  if (strlen(addr) != js_decoded_len(e->address))
    return b_error_at(b, PG_ERR_PARSE, (size_t)(e->address.p - g->text), path,
                      "resource address contains a NUL character");
  const char *type = g_intern_slice(g, e->type), *name = g_intern_slice(g, e->name);
  if (!type || !name) return PG_ERR_NOMEM;
  addr_key key;
  int checked = addr_check_resource(addr, strlen(addr), type, name, is_data, &key);
  if (checked == -3) return PG_ERR_NOMEM; /* out of memory is not "does not match" */
  if (checked == -2)
    return b_error_at(b, PG_ERR_PARSE, (size_t)(e->address.p - g->text), path,
                      "resource address \"%.200s%s\" has an index beyond 64-bit integers",
                      addr, strlen(addr) > 200 ? "..." : "");
  if (checked < 0)
    return b_error_at(b, PG_ERR_PARSE, (size_t)(e->address.p - g->text), path,
                      "resource address \"%.200s%s\" does not match its mode, type and "
                      "name: expected [module.NAME[KEY].]...%s%.100s.%.100s[KEY]", addr,
                      strlen(addr) > 200 ? "..." : "", is_data ? "data." : "", type, name);
  int rc = index_matches(b, e, &key, addr, path);
  free(key.str);
  if (rc != PG_OK) return rc;
  if (pg_graph_find(g, addr) >= 0) {
    if (!only_data) b_warn(b, "%s: duplicate resource address %s; kept the first",
                           path, addr);
    return PG_OK;
  }
  pg_node_id parent;
  if (e->module_address.p) {
    const char *m = g_intern_slice(g, e->module_address);
    if (!m) return PG_ERR_NOMEM;
    parent = ensure_module(b, m, strlen(m), &rc);
  } else {
    size_t prefix = module_prefix_len(addr, strlen(addr), &rc);
    if (rc != PG_OK) return rc;
    parent = ensure_module(b, addr, prefix, &rc);
  }
  if (rc != PG_OK) return rc;
  pg_node_id id = g_add_node(g, is_data ? PG_NODE_DATA : PG_NODE_RESOURCE, addr);
  if (id < 0) return PG_ERR_NOMEM;
  node *n = &g->nodes[id];
  n->type = g_intern_slice(g, e->type);
  n->name = g_intern_slice(g, e->name);
  n->parent = parent;
  n->module = parent >= 0 ? g->nodes[parent].address : g_intern_cstr(g, "");
  n->action = e->action;
  n->values = e->values;
  n->unknown = e->unknown;
  n->sensitive = e->sensitive;
  if (!n->type || !n->name || !n->module) return PG_ERR_NOMEM;
  n->config_address = config_address_of(b, parent, is_data, n->type, n->name);
  if (!n->config_address) return PG_ERR_NOMEM;
  n->config = config_resource_at(g, n->config_address);
  n->cfg = parent >= 0 ? g->nodes[parent].cfg : g->cfg_root;
  if (e->id.p && !(n->id_value = g_intern_slice(g, e->id))) return PG_ERR_NOMEM;
  /* An arn that names what the resource acts on is not its own. */
  if (e->arn.p && !arns_foreign(n->type) && !(n->arn_value = g_intern_slice(g, e->arn)))
    return PG_ERR_NOMEM;
  if (e->region.p && !(n->own_region = g_intern_slice(g, e->region)))
    return PG_ERR_NOMEM;
  if ((rc = set_index(b, n, e, path)) != PG_OK) return rc;
  if (parent >= 0 && g_add_edge(g, parent, id, PG_EDGE_MODULE, NULL) < 0)
    return PG_ERR_NOMEM;
  return PG_OK;
}

/* ---- sections ----------------------------------------------------------- */

static int read_resource_changes(build *b) {
  pg_graph *g = b->g;
  jscan s;
  js_init(&s, g->text, (size_t)(g->sec_resource_changes.p - g->text),
          (size_t)(g->sec_resource_changes.p - g->text) + g->sec_resource_changes.n);
  if (js_peek_kind(&s) != JS_ARRAY) return type_error(b, &s, "resource_changes", NULL, "an array");
  js_iter it;
  js_arr_open(&s, &it);
  size_t i = 0;
  int r;
  char path[64];
  while ((r = js_arr_next(&s, &it)) > 0) {
    snprintf(path, sizeof path, "resource_changes[%zu]", i++);
    entry e;
    int rc = read_entry(b, &s, &e, 1, path);
    if (rc == PG_OK) rc = add_entry(b, &e, path, 0);
    if (rc != PG_OK) return rc;
  }
  return r < 0 ? b_scan_error(b, &s, "resource_changes") : PG_OK;
}

static int read_module_values(build *b, jscan *s, const char *path, int only_data,
                              unsigned depth);

/* Reads an array at PATH whose elements are resources (depth < 0) or
 * child modules (at that depth), naming each PATH[i] in messages. */
static int read_list(build *b, jscan *s, const char *path, int only_data, int depth) {
  if (js_peek_kind(s) != JS_ARRAY) return type_error(b, s, path, NULL, "an array");
  js_iter it;
  js_arr_open(s, &it);
  size_t i = 0;
  int r, rc = PG_OK;
  char *p = malloc(strlen(path) + 32);
  if (!p) return PG_ERR_NOMEM;
  while (rc == PG_OK && (r = js_arr_next(s, &it)) > 0) {
    sprintf(p, "%s[%zu]", path, i++);
    if (depth >= 0) {
      rc = read_module_values(b, s, p, only_data, (unsigned)depth + 1);
    } else {
      entry e;
      rc = read_entry(b, s, &e, 0, p);
      if (rc == PG_OK) rc = add_entry(b, &e, p, only_data);
    }
  }
  free(p);
  if (rc != PG_OK) return rc;
  return r < 0 ? b_scan_error(b, s, path) : PG_OK;
}

/* A module in the values representation: {resources, child_modules}. */
static int read_module_values(build *b, jscan *s, const char *path, int only_data,
                              unsigned depth) {
  if (depth > 64)
    return b_error_at(b, PG_ERR_LIMIT, s->pos, path, "modules nested too deep");
  if (js_peek_kind(s) != JS_OBJECT) return type_error(b, s, path, NULL, "an object");
  js_iter it;
  jslice key;
  int r, rc = PG_OK;
  size_t plen = strlen(path);
  char *p = malloc(plen + 32);
  if (!p) return PG_ERR_NOMEM;
  static const char *const known[] = {"resources", "child_modules", "address", NULL};
  unsigned seen = 0;
  js_obj_open(s, &it);
  while (rc == PG_OK && (r = js_obj_next(s, &it, &key)) > 0) {
    if ((rc = b_key_once(b, s, key, known, &seen, path)) != PG_OK) break;
    if (js_raw_eq(key, "resources")) {
      sprintf(p, "%s.resources", path);
      rc = read_list(b, s, p, only_data, -1);
    } else if (js_raw_eq(key, "child_modules")) {
      sprintf(p, "%s.child_modules", path);
      rc = read_list(b, s, p, only_data, (int)depth);
    } else if (js_skip(s, NULL) < 0) {
      rc = b_scan_error(b, s, path);
    }
  }
  free(p);
  if (rc != PG_OK) return rc;
  return r < 0 ? b_scan_error(b, s, path) : PG_OK;
}

/* Finds `key` in the object at the scanner; leaves the cursor at its value.
 * Returns 1 found, 0 absent, negative status on error. */
static int seek_member(build *b, jscan *s, const char *key, const char *path) {
  if (js_peek_kind(s) != JS_OBJECT) return type_error(b, s, path, NULL, "an object");
  js_iter it;
  jslice k;
  int r;
  js_obj_open(s, &it);
  while ((r = js_obj_next(s, &it, &k)) > 0) {
    if (js_raw_eq(k, key)) return 1;
    if (js_skip(s, NULL) < 0) return b_scan_error(b, s, path);
  }
  return r < 0 ? b_scan_error(b, s, path) : 0;
}

/* Reads VALUES.root_module where VALUES is the given section (prior_state
 * has one more level: prior_state.values.root_module). */
static int read_values_section(build *b, jslice sec, const char *name,
                               int nested, int only_data) {
  pg_graph *g = b->g;
  jscan s;
  size_t start = (size_t)(sec.p - g->text);
  js_init(&s, g->text, start, start + sec.n);
  char path[64];
  snprintf(path, sizeof path, "%s", name);
  if (js_peek_kind(&s) == JS_NULL) return PG_OK;
  if (nested) {
    int r = seek_member(b, &s, "values", path);
    if (r <= 0) return r;
    snprintf(path, sizeof path, "%s.values", name);
    if (js_peek_kind(&s) == JS_NULL) return PG_OK;
  }
  int r = seek_member(b, &s, "root_module", path);
  if (r <= 0) return r;
  strncat(path, ".root_module", sizeof path - strlen(path) - 1);
  return read_module_values(b, &s, path, only_data, 0);
}

int nodes_build(build *b) {
  pg_graph *g = b->g;
  int rc = PG_OK;
  if (g->sec_resource_changes.p)
    rc = read_resource_changes(b);
  else if (g->sec_planned_values.p)
    rc = read_values_section(b, g->sec_planned_values, "planned_values", 0, 0);
  if (rc == PG_OK && g->sec_prior_state.p)
    rc = read_values_section(b, g->sec_prior_state, "prior_state", 1, 1);
  if (rc == PG_OK) rc = g_index_configs(g);
  return rc;
}
