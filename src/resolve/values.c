/* Values: `value` edges, where a known attribute value of one node equals
 * the known id or arn of another (existing resources, data sources) or is
 * a literal ARN that a planned resource's identifying attributes make
 * (arns.h), and
 * the rendering of a node's planned values with terraform's sensitive and
 * unknown marks applied. */
#include "resolve/marks.h"
#include "resolve/arns.h"
#include "base/vec.h"
#include "resolve/secrets.h"
#include "resolve/values.h"
#include "graph/graph_impl.h"

#include <stdlib.h>
#include <string.h>

#include "plangraph/export.h"

/* Ids this short ("1", "app") match too much by chance. */
#define MIN_ID_LEN 4
/* A value held by more nodes than this (a region name that every
 * data.aws_region instance holds, an account id) identifies none of them:
 * it links to nothing. Two to this many holders are candidates, and each
 * edge to one is marked ambiguous. This keeps value edges linear in the
 * plan: at most this many per (resource, attribute, string). */
#define MAX_CANDIDATES 8

/* The distinct holders of e but node `self` (a node holding the value it
 * names is no candidate), counted up to MAX_CANDIDATES + 2 (holders of one
 * node are chained next to each other). */
static size_t holder_count(const pg_graph *g, const str_entry *e, pg_node_id self) {
  size_t n = 0;
  pg_node_id last = -1;
  for (int32_t h = e->first_value; h >= 0 && n <= MAX_CANDIDATES + 1; h = g->holders[h].next)
    if (g->holders[h].node != last && g->holders[h].node != self) {
      last = g->holders[h].node;
      n++;
    }
  return n;
}

static int add_holder(pg_graph *g, const char *value, pg_node_id id) {
  if (!value || strlen(value) < MIN_ID_LEN) return PG_OK;
  str_entry *e = strtab_intern(&g->strs, value, strlen(value));
  if (!e) return PG_ERR_NOMEM;
  /* Once a value names too many nodes, more holders change nothing. */
  if (e->first_value >= 0 && (g->holders[e->first_value].node == id ||
                              holder_count(g, e, -1) > MAX_CANDIDATES + 1))
    return PG_OK;
  if (VEC_RESERVE_FIRST(g->holders, g->cap_holders, g->n_holders + 1, 64) < 0)
    return PG_ERR_NOMEM;
  g->holders[g->n_holders] = (value_holder){id, e->first_value};
  e->first_value = (int32_t)g->n_holders++;
  return PG_OK;
}

typedef struct walk {
  build *b;
  pg_node_id from;
  char path[512];
  size_t plen;
} walk;

/* Types whose `arn` is not their own but what they target (an event
 * target's bus, queue or function): walked as a link, never held. */
static const char *const foreign_arn_types[] = {"aws_cloudwatch_event_target", NULL};

static int foreign_arn(const node *n) {
  for (size_t i = 0; n->type && foreign_arn_types[i]; i++)
    if (strcmp(n->type, foreign_arn_types[i]) == 0) return 1;
  return 0;
}

static int skip_key(const walk *w, jslice key, unsigned depth) {
  /* Tags and descriptions are free text, and a node's own id and arn are
   * not links. */
  if (depth == 0 && js_raw_eq(key, "id")) return 1;
  if (depth == 0 && js_raw_eq(key, "arn")) return !foreign_arn(&w->b->g->nodes[w->from]);
  return js_raw_eq(key, "tags") || js_raw_eq(key, "tags_all") ||
         js_raw_eq(key, "description");
}

static int link_holders(walk *w, const str_entry *e, const char **label) {
  pg_graph *g = w->b->g;
  if (!e || e->first_value < 0) return PG_OK;
  size_t n = holder_count(g, e, w->from);
  if (n > MAX_CANDIDATES) return PG_OK;
  if (!*label && !(*label = g_intern(g, w->path, w->plen))) return PG_ERR_NOMEM;
  for (int32_t h = e->first_value; h >= 0; h = g->holders[h].next) {
    int added = g_add_edge(g, w->from, g->holders[h].node, PG_EDGE_VALUE, *label);
    if (added < 0) return PG_ERR_NOMEM;
    /* One of several candidates: the value names the set, not each. */
    if (added && n > 1) g->edges[g->n_edges - 1].ambiguous = 1;
  }
  return PG_OK;
}

/* A string equal to a known id or arn, or an ARN whose key (arns.h) is a
 * planned resource's, links to that resource. */
static int on_string(walk *w, jslice raw) {
  pg_graph *g = w->b->g;
  if (raw.n < MIN_ID_LEN || memchr(raw.p, '\\', raw.n)) return PG_OK;
  const char *label = NULL;
  int rc = link_holders(w, strtab_find(&g->strs, raw.p, raw.n), &label);
  char key[ARNS_KEY_MAX];
  size_t kn = rc == PG_OK ? arns_of_text(raw.p, raw.n, key) : 0;
  if (kn) rc = link_holders(w, strtab_find(&g->strs, key, kn), &label);
  return rc;
}

static int walk_value(walk *w, jscan *s, unsigned depth) {
  int kind = js_peek_kind(s);
  if (kind == JS_STRING) {
    jslice raw;
    if (js_string(s, &raw) < 0) return PG_ERR_PARSE;
    return on_string(w, raw);
  }
  if (kind == JS_ARRAY) {
    js_iter it;
    js_arr_open(s, &it);
    int r;
    while ((r = js_arr_next(s, &it)) > 0) {
      int rc = walk_value(w, s, depth + 1);
      if (rc != PG_OK) return rc;
    }
    return r < 0 ? PG_ERR_PARSE : PG_OK;
  }
  if (kind == JS_OBJECT) {
    js_iter it;
    jslice key;
    js_obj_open(s, &it);
    int r;
    while ((r = js_obj_next(s, &it, &key)) > 0) {
      if (skip_key(w, key, depth) || w->plen + key.n + 2 >= sizeof w->path) {
        if (js_skip(s, NULL) < 0) return PG_ERR_PARSE;
        continue;
      }
      size_t saved = w->plen;
      if (w->plen) w->path[w->plen++] = '.';
      memcpy(w->path + w->plen, key.p, key.n);
      w->plen += key.n;
      int rc = walk_value(w, s, depth + 1);
      w->plen = saved;
      if (rc != PG_OK) return rc;
    }
    return r < 0 ? PG_ERR_PARSE : PG_OK;
  }
  return js_skip(s, NULL) < 0 ? PG_ERR_PARSE : PG_OK;
}

int values_link(build *b) {
  pg_graph *g = b->g;
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if (n->kind != PG_NODE_RESOURCE && n->kind != PG_NODE_DATA) continue;
    char key[ARNS_KEY_MAX];
    if (add_holder(g, n->id_value, (pg_node_id)i) != PG_OK ||
        (!foreign_arn(n) && add_holder(g, n->arn_value, (pg_node_id)i) != PG_OK) ||
        (arns_of_node(g, n, key) && add_holder(g, key, (pg_node_id)i) != PG_OK))
      return PG_ERR_NOMEM;
  }
  if (g->n_holders == 0) return PG_OK; /* nothing to name: no value edges */
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if ((n->kind != PG_NODE_RESOURCE && n->kind != PG_NODE_DATA) || !n->values.p)
      continue;
    walk w = {.b = b, .from = (pg_node_id)i};
    jscan s;
    size_t start = (size_t)(n->values.p - g->text);
    js_init(&s, g->text, start, start + n->values.n);
    int rc = walk_value(&w, &s, 0);
    if (rc == PG_ERR_PARSE) return b_scan_error(b, &s, n->address);
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

/* ---- known nulls --------------------------------------------------------- */

static int null_at(jslice v, jslice unk, const char *path, unsigned depth) {
  if (marks_all(unk) || depth > 32) return 0;
  int kind = js_slice_kind(v);
  if (kind == JS_ARRAY) {
    jslice e;
    for (size_t i = 0; js_element(v, i, &e); i++)
      if (!null_at(e, marks_element(unk, i), path, depth + 1)) return 0;
    return 1;
  }
  if (!*path) return kind == JS_NULL;
  if (kind != JS_OBJECT) return 0;
  char key[256];
  size_t n = strcspn(path, ".");
  if (n >= sizeof key) return 0;
  memcpy(key, path, n);
  key[n] = '\0';
  jslice m;
  if (!js_member(v, key, &m)) return 0;
  return null_at(m, marks_member(unk, key), path[n] ? path + n + 1 : path + n, depth + 1);
}

int values_planned_null(const node *n, const char *path) {
  return n->values.p && *path && null_at(n->values, n->unknown, path, 0);
}

/* ---- rendering ---------------------------------------------------------- */

static json_t *load_slice(const char *p, size_t n) {
  if (!p || !n) return NULL;
  return json_loadb(p, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
}

static json_t *placeholder(marks_kind k) { return json_string(marks_placeholder(k, 0)); }

/* Adds to out every member of the unknown marks that is `true` and absent
 * from the values v: attributes terraform will only know after apply. */
typedef struct unknown_members {
  json_t *v, *out;
  int rc;
} unknown_members;

static int add_unknown_member(void *ctx, const marks_leaf *leaf) {
  unknown_members *u = ctx;
  const marks_step *st = &leaf->path[0];
  if (leaf->depth != 1 || !st->key.p) return 0;
  char *k = malloc(js_decoded_len(st->key) + 1);
  if (!k) return u->rc = -1;
  js_decode(st->key, k);
  if (!json_object_get(u->v, k)) json_object_set_new(u->out, k, placeholder(MARKS_UNKNOWN));
  free(k);
  return 0;
}

/* Returns a new value: v with marks applied. sens and unk are the parallel
 * mark slices. */
static json_t *apply_marks(const pg_graph *g, json_t *v, jslice sens, jslice unk,
                           unsigned depth) {
  if (marks_all(sens)) return placeholder(MARKS_SENSITIVE);
  if (json_is_string(v) && g_holds_secret(g, json_string_value(v), json_string_length(v)))
    return placeholder(MARKS_SENSITIVE);
  if (marks_all(unk)) return placeholder(MARKS_UNKNOWN);
  if (depth > 64) return json_string("(too deep)");
  if (json_is_object(v) || js_slice_kind(unk) == JS_OBJECT) {
    json_t *out = json_object();
    const char *k;
    json_t *x;
    json_object_foreach(v, k, x) {
      json_object_set_new(out, k, apply_marks(g, x, marks_member(sens, k),
                                              marks_member(unk, k), depth + 1));
    }
    unknown_members u = {v, out, 0};
    if (js_slice_kind(unk) == JS_OBJECT) marks_visit(unk, (jslice){NULL, 0}, 1, add_unknown_member, &u);
    return out;
  }
  if (json_is_array(v)) {
    json_t *out = json_array();
    size_t i;
    json_t *x;
    json_array_foreach(v, i, x) {
      json_array_append_new(out, apply_marks(g, x, marks_element(sens, i),
                                             marks_element(unk, i), depth + 1));
    }
    return out;
  }
  return v ? json_incref(v) : json_null();
}

char *pg_node_values_render(const pg_graph *g, pg_node_id id) {
  pg_values_text t;
  if (pg_graph_node_values(g, id, &t) != PG_OK) return NULL;
  json_t *v = load_slice(t.values, t.values_len);
  jslice s = {t.sensitive, t.sensitive_len}, u = {t.unknown, t.unknown_len};
  json_t *out = apply_marks(g, v, s, u, 0);
  char *text = out ? json_dumps(out, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                         JSON_ENCODE_ANY) : NULL;
  json_decref(out);
  json_decref(v);
  return text;
}
