/* Values: `value` edges, where a known attribute value of one node equals
 * the known id or arn of another (existing resources, data sources), is
 * a literal ARN that a planned resource's identifying attributes make
 * (arns.h), or is a planned resource's identifier under the attribute
 * that names such resources (namekeys.h), and
 * the rendering of a node's planned values with terraform's sensitive and
 * unknown marks applied. */
#include "resolve/marks.h"
#include "resolve/arns.h"
#include "resolve/namekeys.h"
#include "base/jsonesc.h"
#include "base/vec.h"
#include "resolve/secrets.h"
#include "resolve/values.h"
#include "graph/graph_impl.h"
#include "base/strbuf.h"

#include <stdio.h>
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

/* An `arn` that is not the node's own but what it targets (arns.h) is
 * walked as a link, never held. */
static int foreign_arn(const node *n) { return arns_foreign(n->type); }

static int skip_key(const walk *w, jslice key, unsigned depth) {
  /* Tags and descriptions are free text, and a node's own id and arn are
   * not links. */
  if (depth == 0 && js_raw_eq(key, "id")) return 1;
  if (depth == 0 && js_raw_eq(key, "arn")) return !foreign_arn(&w->b->g->nodes[w->from]);
  return js_raw_eq(key, "tags") || js_raw_eq(key, "tags_all") ||
         js_raw_eq(key, "description");
}

/* Links w's node to the holders of e. skip_self: not to itself (a
 * global cluster holds the identifier it names itself by). */
static int link_holders(walk *w, const str_entry *e, const char **label, int skip_self) {
  pg_graph *g = w->b->g;
  if (!e || e->first_value < 0) return PG_OK;
  size_t n = holder_count(g, e, w->from);
  if (n > MAX_CANDIDATES || (skip_self && n == 0)) return PG_OK;
  if (!*label && !(*label = g_intern(g, w->path, w->plen))) return PG_ERR_NOMEM;
  for (int32_t h = e->first_value; h >= 0; h = g->holders[h].next) {
    if (skip_self && g->holders[h].node == w->from) continue;
    int added = g_add_edge(g, w->from, g->holders[h].node, PG_EDGE_VALUE, *label);
    if (added < 0) return PG_ERR_NOMEM;
    /* One of several candidates: the value names the set, not each. */
    if (added && n > 1) g->edges[g->n_edges - 1].ambiguous = 1;
  }
  return PG_OK;
}

/* A string equal to a known id or arn, an ARN whose key (arns.h) is a
 * planned resource's, or an identifier under the attribute that names
 * such resources (namekeys.h) links to that resource. */
static int on_string(walk *w, jslice raw) {
  pg_graph *g = w->b->g;
  if (raw.n < MIN_ID_LEN || memchr(raw.p, '\\', raw.n)) return PG_OK;
  const char *label = NULL;
  int rc = link_holders(w, strtab_find(&g->strs, raw.p, raw.n), &label, 0);
  char key[ARNS_KEY_MAX > NAMEKEYS_KEY_MAX ? ARNS_KEY_MAX : NAMEKEYS_KEY_MAX];
  size_t kn = rc == PG_OK ? arns_of_text(raw.p, raw.n, key) : 0;
  if (kn) rc = link_holders(w, strtab_find(&g->strs, key, kn), &label, 0);
  kn = rc == PG_OK ? namekeys_of_value(w->path, w->plen, raw.p, raw.n, key) : 0;
  if (kn) rc = link_holders(w, strtab_find(&g->strs, key, kn), &label, 1);
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
    char key[ARNS_KEY_MAX], name[NAMEKEYS_KEY_MAX];
    if (add_holder(g, n->id_value, (pg_node_id)i) != PG_OK ||
        (!foreign_arn(n) && add_holder(g, n->arn_value, (pg_node_id)i) != PG_OK) ||
        (arns_of_node(g, n, key) && add_holder(g, key, (pg_node_id)i) != PG_OK) ||
        (namekeys_of_node(n, name) && add_holder(g, name, (pg_node_id)i) != PG_OK))
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
    js_elems es;
    jslice e;
    marks_iter ui;
    marks_iter_init(&ui, unk);
    js_elems_init(&es, v);
    while (js_elems_next(&es, &e))
      if (!null_at(e, marks_iter_next(&ui), path, depth + 1)) return 0;
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

/* Planned values are written from the plan text, as jansson would indent
 * them (two spaces, members in plan order), with the marks applied: a
 * number is written as the plan has it, so one beyond 64 bits or beyond
 * double stays exact, and a value jansson could not read is never a
 * reason to drop the rest. */

typedef struct render_ctx {
  const pg_graph *g;
  strbuf *out;
  jslice values;         /* the object whose unknown members are added */
  unsigned depth;        /* indentation of those members */
  size_t written;        /* members written so far */
  int rc;
} render_ctx;

static int indent(strbuf *b, unsigned depth) {
  if (sb_add(b, "\n") < 0) return -1;
  for (unsigned i = 0; i < depth; i++)
    if (sb_add(b, "  ") < 0) return -1;
  return 0;
}

/* s as a JSON string (base/jsonesc.h). */
static int json_text(strbuf *b, const char *s, size_t n) {
  int rc = sb_add(b, "\"");
  for (size_t i = 0; i < n && rc == 0; i++) {
    char buf[8];
    const char *esc = json_escape((unsigned char)s[i], buf);
    rc = esc ? sb_add(b, esc) : sb_addn(b, s + i, 1);
  }
  return rc ? -1 : sb_add(b, "\"");
}

static int render_value(strbuf *b, const pg_graph *g, jslice v, jslice sens, jslice unk,
                        unsigned depth);

/* marks_visit callback: a member that is unknown and absent from the
 * values, written as "(known after apply)". */
static int add_unknown_member(void *ctx, const marks_leaf *leaf) {
  render_ctx *r = ctx;
  const marks_step *st = &leaf->path[0];
  if (leaf->depth != 1 || !st->key.p) return 0;
  jslice m;
  if (js_member_raw(r->values, st->key, &m)) return 0;
  char *k = malloc(js_decoded_len(st->key) + 1);
  if (!k) return r->rc = -1;
  js_decode(st->key, k);
  if (sb_add(r->out, r->written++ ? "," : "") < 0 || indent(r->out, r->depth) < 0 ||
      json_text(r->out, k, js_decoded_len(st->key)) < 0 || sb_add(r->out, ": ") < 0 ||
      sb_add(r->out, marks_placeholder(MARKS_UNKNOWN, 1)) < 0)
    r->rc = -1;
  free(k);
  return r->rc;
}

static int render_object(strbuf *b, const pg_graph *g, jslice v, jslice sens, jslice unk,
                         unsigned depth) {
  render_ctx r = {g, b, v, depth + 1, 0, 0};
  if (sb_add(b, "{") < 0) return -1;
  if (js_slice_kind(v) == JS_OBJECT) {
    js_members members;
    jslice key, m;
    js_members_init(&members, v);
    while (r.rc == 0 && js_members_next(&members, &key, &m)) {
      size_t n = js_decoded_len(key);
      char *k = malloc(n + 1);
      if (!k) return -1;
      js_decode(key, k);
      if (sb_add(b, r.written++ ? "," : "") < 0 || indent(b, depth + 1) < 0 ||
          json_text(b, k, n) < 0 || sb_add(b, ": ") < 0 ||
          render_value(b, g, m, marks_member(sens, k), marks_member(unk, k), depth + 1) < 0)
        r.rc = -1;
      free(k);
    }
  }
  if (r.rc == 0 && js_slice_kind(unk) == JS_OBJECT)
    marks_visit(unk, (jslice){NULL, 0}, 1, add_unknown_member, &r);
  if (r.rc == 0 && r.written && indent(b, depth) < 0) r.rc = -1;
  return r.rc ? -1 : sb_add(b, "}");
}

static int render_array(strbuf *b, const pg_graph *g, jslice v, jslice sens, jslice unk,
                        unsigned depth) {
  js_elems es;
  jslice e;
  marks_iter si, ui;
  marks_iter_init(&si, sens);
  marks_iter_init(&ui, unk);
  js_elems_init(&es, v);
  size_t i = 0;
  int rc = sb_add(b, "[");
  for (; rc == 0 && js_elems_next(&es, &e); i++) {
    jslice esens = marks_iter_next(&si);
    rc = (i ? sb_add(b, ",") : 0) | indent(b, depth + 1) |
         render_value(b, g, e, esens, marks_iter_next(&ui), depth + 1);
  }
  if (rc == 0 && i) rc = indent(b, depth);
  return rc ? -1 : sb_add(b, "]");
}

/* One value with marks applied. sens and unk are the parallel mark slices. */
static int render_value(strbuf *b, const pg_graph *g, jslice v, jslice sens, jslice unk,
                        unsigned depth) {
  if (marks_all(sens)) return sb_add(b, marks_placeholder(MARKS_SENSITIVE, 1));
  int kind = js_slice_kind(v);
  char *text = NULL;
  size_t n = 0;
  if (kind == JS_STRING) {
    jslice raw = {v.p + 1, v.n - 2};
    n = js_decoded_len(raw);
    if (!(text = malloc(n + 1))) return -1;
    js_decode(raw, text);
    if (g_holds_secret(g, text, n)) {
      free(text);
      return sb_add(b, marks_placeholder(MARKS_SENSITIVE, 1));
    }
  }
  int rc;
  if (marks_all(unk)) rc = sb_add(b, marks_placeholder(MARKS_UNKNOWN, 1));
  else if (depth > 64) rc = sb_add(b, "\"(too deep)\"");
  else if (kind == JS_OBJECT || js_slice_kind(unk) == JS_OBJECT)
    rc = render_object(b, g, v, sens, unk, depth);
  else if (kind == JS_ARRAY) rc = render_array(b, g, v, sens, unk, depth);
  else if (kind == JS_STRING) rc = json_text(b, text, n);
  else if (kind == JS_END) rc = sb_add(b, "null");
  else rc = sb_addn(b, v.p, v.n);   /* a number as written, true, false, null */
  free(text);
  return rc;
}

char *pg_node_values_render(const pg_graph *g, pg_node_id id) {
  pg_values_text t;
  if (pg_graph_node_values(g, id, &t) != PG_OK) return NULL;
  jslice v = {t.values, t.values_len}, s = {t.sensitive, t.sensitive_len},
         u = {t.unknown, t.unknown_len};
  strbuf b = SB_GROWING;
  if (render_value(&b, g, v, s, u, 0) < 0 || !b.buf) {
    sb_release(&b);
    return NULL;
  }
  return b.buf;   /* the caller frees it, as before */
}
