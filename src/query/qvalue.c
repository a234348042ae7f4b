/* Query values: construction, lazy access into planned values (slices of
 * the plan text read with the JSON scanner), truth, equality, ordering and
 * rendering. See qvalue.h for the model. */
#include "base/jsonesc.h"
#include "resolve/marks.h"
#include "resolve/secrets.h"
#include "query/qvalue.h"
#include "query/qast.h"
#include "base/utf8.h"
#include "base/decnum.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

qvalue qv_str(arena *a, const char *s, size_t len) {
  qvalue v = {QV_STR, 0, 0, {0}};
  char *copy = arena_strndup(a, s, len);
  v.u.str.s = copy ? copy : "";
  v.u.str.len = copy ? len : 0;
  return v;
}

qvalue qv_num_text(arena *a, const char *text, size_t len) {
  double d;
  qvalue v = qv_num(0);
  if (dec_fits_double(text, len, &d)) {
    v.u.num = d;
    return v;
  }
  char *copy = arena_strndup(a, text, len);
  if (!copy) return qv_null();
  v.u.num = d;
  v.u.num_text = copy;
  return v;
}

qvalue qv_num_parse(arena *a, const char *s, size_t n) {
  char buf[64], *end;
  if (n >= sizeof buf) return qv_null();
  memcpy(buf, s, n);
  buf[n] = '\0';
  if (dec_scan(buf, n) == n) return qv_num_text(a, buf, n);
  double d = strtod(buf, &end);
  return *end || !isfinite(d) ? qv_null() : qv_num(d);
}

qvalue qv_negate(arena *a, qvalue v) {
  const char *t = v.u.num_text;
  char *s = t ? arena_alloc(a, strlen(t) + 2) : NULL;
  if (t && !s) return qv_null();
  if (s && *t == '-') strcpy(s, t + 1);
  else if (s) s[0] = '-', strcpy(s + 1, t);
  return qv_num_exact(-v.u.num, s);
}

/* Compares two numbers exactly when either is held as text. */
static int num_compare(qvalue a, qvalue b) {
  if (!a.u.num_text && !b.u.num_text)
    return a.u.num < b.u.num ? -1 : a.u.num > b.u.num ? 1 : 0;
  char ta[DEC_DOUBLE_TEXT], tb[DEC_DOUBLE_TEXT];
  const char *x = a.u.num_text, *y = b.u.num_text;
  /* A double beyond every text is an infinity from arithmetic. */
  if (!x && !isfinite(a.u.num)) return isnan(a.u.num) ? 0 : a.u.num < 0 ? -1 : 1;
  if (!y && !isfinite(b.u.num)) return isnan(b.u.num) ? 0 : b.u.num < 0 ? 1 : -1;
  size_t xn = x ? strlen(x) : dec_double_text(a.u.num, ta);
  size_t yn = y ? strlen(y) : dec_double_text(b.u.num, tb);
  return dec_compare(x ? x : ta, xn, y ? y : tb, yn);
}

qlist *qv_list_new(arena *a, size_t n) {
  qlist *l = arena_alloc(a, sizeof *l + n * sizeof l->items[0]);
  if (l) {
    l->n = n;
    l->partial = 0;
    l->names = NULL;
    l->index = NULL;
  }
  return l;
}

int qv_is_literal(const struct qnode *n) {
  switch (n->kind) {
  case N_NUMBER:
  case N_STRING:
  case N_BOOL:
  case N_NULL: return 1;
  case N_LIST: return n->constant != NULL;
  default: return 0;
  }
}

qvalue qv_literal(const struct qnode *n) {
  qvalue v = qv_null();
  switch (n->kind) {
  case N_NUMBER: return qv_num_exact(n->num, n->str);
  case N_STRING:
    v.kind = QV_STR;
    v.u.str.s = n->str;
    v.u.str.len = n->len;
    return v;
  case N_BOOL: return qv_bool(n->num != 0);
  case N_LIST:
    if (!n->constant) return v;
    v.kind = QV_LIST;
    v.u.list = n->constant;
    return v;
  default: return v;
  }
}

const char *qv_kind_name(qv_kind k) {
  static const char *const names[] = {"null", "bool", "number", "string", "list",
                                      "node", "edge", "object", "unknown", "record"};
  return (unsigned)k <= QV_RECORD ? names[k] : "?";
}

static qvalue from_slices(arena *a, const pg_graph *g, jslice v, jslice u, jslice s);

static qvalue array_to_list(arena *a, const pg_graph *g, jslice v, jslice u, jslice s) {
  size_t n = 0;
  jscan sc;
  js_iter it;
  js_init(&sc, v.p, 0, v.n);
  if (js_arr_open(&sc, &it) < 0) return qv_null();
  while (js_arr_next(&sc, &it) == 1) {
    if (js_skip(&sc, NULL) < 0) return qv_null();
    n++;
  }
  qlist *l = qv_list_new(a, n);
  if (!l) return qv_null();
  js_elems es;
  jslice e;
  marks_iter ui, si;
  js_elems_init(&es, v);
  marks_iter_init(&ui, u);
  marks_iter_init(&si, s);
  for (size_t i = 0; i < n && js_elems_next(&es, &e); i++) {
    jslice ue = marks_iter_next(&ui);
    l->items[i] = from_slices(a, g, e, ue, marks_iter_next(&si));
  }
  qvalue out = {QV_LIST, 0, 0, {0}};
  out.u.list = l;
  return out;
}

/* One position of planned values with its marks. A string that holds a
 * secret the plan marks elsewhere is sensitive here too (secrets.c). */
static qvalue from_slices(arena *a, const pg_graph *g, jslice v, jslice u, jslice s) {
  int sensitive = marks_all(s);
  qvalue out;
  if (marks_all(u)) {
    out = qv_unknown();
  } else {
    switch (js_slice_kind(v)) {
    case JS_OBJECT: {
      qjson *j = arena_alloc(a, sizeof *j);
      if (!j) return qv_null();
      j->v = v;
      j->u = u;
      j->s = s;
      j->g = g;
      out.kind = QV_JSON;
      out.u.json = j;
      break;
    }
    case JS_ARRAY:
      out = array_to_list(a, g, v, u, s);
      break;
    case JS_STRING: {
      jscan sc;
      jslice raw;
      js_init(&sc, v.p, 0, v.n);
      js_string(&sc, &raw);
      size_t len = js_decoded_len(raw);
      char *buf = arena_alloc(a, len + 1);
      if (!buf) return qv_null();
      js_decode(raw, buf);
      out.kind = QV_STR;
      out.u.str.s = buf;
      out.u.str.len = len;
      if (g && g_holds_secret(g, buf, len)) sensitive = 1;
      break;
    }
    case JS_NUMBER:
      out = qv_num_text(a, v.p, v.n);
      break;
    case JS_TRUE: out = qv_bool(1); break;
    case JS_FALSE: out = qv_bool(0); break;
    default: out = qv_null(); break;
    }
  }
  out.sensitive = (uint8_t)sensitive;
  return out;
}

/* A JSON document held in a string (an IAM policy's text): validated, then
 * read as planned values are, with no unknown or sensitive marks of its
 * own. The text is copied into the arena, which the value may point into. */
qvalue qv_from_json_text(arena *a, const pg_graph *g, const char *text, size_t len) {
  char *copy = arena_alloc(a, len + 1);
  if (!copy) return qv_null();
  memcpy(copy, text, len);
  copy[len] = '\0';
  jscan sc;
  jslice doc;
  js_init(&sc, copy, 0, len);
  if (js_skip(&sc, &doc) < 0 || js_peek_kind(&sc) != JS_END) return qv_null();
  jslice none = {NULL, 0};
  return from_slices(a, g, doc, none, none);
}

qvalue qv_node_values(arena *a, const pg_graph *g, pg_node_id id) {
  pg_values_text t;
  if (pg_graph_node_values(g, id, &t) != PG_OK || !t.values_len) return qv_null();
  jslice v = {t.values, t.values_len}, u = {t.unknown, t.unknown_len},
         s = {t.sensitive, t.sensitive_len};
  return from_slices(a, g, v, u, s);
}

/* ---- access ------------------------------------------------------------ */

static qvalue field_of(arena *a, const pg_graph *g, field_memo *memo, qvalue v, const char *key);

static qvalue list_map_field(arena *a, const pg_graph *g, field_memo *memo, qvalue v,
                             const char *key) {
  size_t total = 0;
  qlist *in = v.u.list;
  qvalue *tmp = in->n ? arena_alloc(a, in->n * sizeof *tmp) : NULL;
  if (in->n && !tmp) return qv_null();
  int unknown = 0;
  for (size_t i = 0; i < in->n; i++) {
    tmp[i] = field_of(a, g, memo, in->items[i], key);
    if (tmp[i].kind == QV_UNKNOWN) unknown = 1;
    total += tmp[i].kind == QV_LIST ? tmp[i].u.list->n : 1;
  }
  if (unknown && in->n == 1) return tmp[0];
  qlist *out = qv_list_new(a, total);
  if (!out) return qv_null();
  size_t k = 0;
  for (size_t i = 0; i < in->n; i++) {
    if (tmp[i].kind == QV_LIST) {
      for (size_t j = 0; j < tmp[i].u.list->n; j++) {
        out->items[k] = tmp[i].u.list->items[j];
        out->items[k++].sensitive |= tmp[i].sensitive;
      }
    } else {
      out->items[k++] = tmp[i];
    }
  }
  qvalue r = {QV_LIST, v.sensitive, 0, {0}};
  r.u.list = out;
  return r;
}

/* Where an unknown attribute of node id comes from: the one node its
 * reference edges under that label lead to (none when there are several,
 * an ambiguous one, or an open reference that may name another). The
 * value then renders as "(known after apply: KEY from ADDRESS)". */
static qvalue unknown_origin(arena *a, const pg_graph *g, pg_node_id id, const char *key) {
  const char *const *open;
  size_t n_open = pg_graph_open_labels(g, id, &open);
  for (size_t i = 0; i < n_open; i++)
    if (strcmp(open[i], key) == 0) return qv_unknown();
  const pg_edge_id *ids;
  size_t n = pg_graph_out_edges(g, id, &ids);
  pg_node_id from = -1;
  for (size_t i = 0; i < n; i++) {
    pg_edge_info e;
    if (pg_graph_edge(g, ids[i], &e) != PG_OK || e.kind != PG_EDGE_REFERENCE || !e.label ||
        strcmp(e.label, key) != 0)
      continue;
    if (e.ambiguous || (from >= 0 && from != e.to)) return qv_unknown();
    from = e.to;
  }
  pg_node_info info;
  if (from < 0 || pg_graph_node(g, from, &info) != PG_OK) return qv_unknown();
  size_t len = strlen(key) + strlen(info.address) + 32;
  char *why = arena_alloc(a, len);
  if (!why) return qv_unknown();
  snprintf(why, len, "(known after apply: %s from %s)", key, info.address);
  qvalue out = qv_unknown_why(why);
  out.origin = from + 1;
  return out;
}

/* Member key of object obj, through memo's kept members when it has one. */
static jslice member_of(field_memo *memo, jslice obj, const char *key) {
  jslice out;
  if (!field_memo_member(memo, obj, key, &out)) js_member(obj, key, &out);
  return out;
}

/* The marks at member key of an object's marks (unknown or sensitive). */
static jslice marks_of(field_memo *memo, jslice marks, const char *key) {
  if (marks_all(marks)) return marks_member(marks, key);
  /* Most values hold no sensitive mark: none to look up. */
  if (marks_none(marks)) return (jslice){NULL, 0};
  return member_of(memo, marks, key);
}

/* Member key of an object from the plan: its value and marks. */
static field_slices json_member(field_memo *memo, const qjson *j, const char *key) {
  field_slices at = {member_of(memo, j->v, key), marks_of(memo, j->u, key),
                     marks_of(memo, j->s, key)};
  return at;
}

/* Attribute key of node id: the member of its planned values (found once
 * per memo), and an unknown one with where it comes from. */
static qvalue node_field(arena *a, const pg_graph *g, field_memo *memo, pg_node_id id,
                         const char *key) {
  size_t len = strlen(key);
  field_slices at;
  qvalue out;
  if (field_memo_find(memo, id, key, len, &at)) {
    /* A node marked sensitive whole has at.s all marked: sensitive again. */
    out = from_slices(a, g, at.v, at.u, at.s);
  } else {
    qvalue values = qv_node_values(a, g, id);
    if (values.kind == QV_JSON) {
      at = json_member(memo, values.u.json, key);
      field_memo_put(memo, id, key, len, &at);
      out = from_slices(a, values.u.json->g, at.v, at.u, at.s);
      out.sensitive |= values.sensitive;
    } else {
      out = field_of(a, g, memo, values, key);
    }
  }
  if (out.kind == QV_UNKNOWN) {
    uint8_t sens = out.sensitive;
    out = unknown_origin(a, g, id, key);
    out.sensitive = sens;
  }
  return out;
}

static qvalue field_of(arena *a, const pg_graph *g, field_memo *memo, qvalue v, const char *key) {
  qvalue out;
  switch (v.kind) {
  case QV_UNKNOWN:
    out = qv_unknown();
    break;
  case QV_JSON: {
    field_slices at = json_member(memo, v.u.json, key);
    out = from_slices(a, v.u.json->g, at.v, at.u, at.s);
    break;
  }
  case QV_NODE:
    out = node_field(a, g, memo, v.u.node, key);
    break;
  case QV_LIST:
    out = list_map_field(a, g, memo, v, key);
    break;
  case QV_RECORD:
    out = qv_null();
    for (size_t i = 0; i < v.u.list->n; i++)
      if (strcmp(v.u.list->names[i], key) == 0) out = v.u.list->items[i];
    break;
  default:
    out = qv_null();
  }
  out.sensitive |= v.sensitive;
  return out;
}

qvalue qv_field(arena *a, const pg_graph *g, qvalue v, const char *key) {
  return field_of(a, g, NULL, v, key);
}

qvalue qv_field_memo(arena *a, const pg_graph *g, field_memo *memo, qvalue v, const char *key) {
  return field_of(a, g, memo, v, key);
}

/* The bytes of the UTF-8 character at s[0, avail): 1 to 4, or 0 for a
 * byte that starts none (it counts as one character on its own). */
static size_t char_bytes(const char *s, size_t avail) {
  return utf8_decode((const unsigned char *)s, avail, NULL);
}

size_t qv_char_count(const char *s, size_t len) {
  size_t n = 0;
  for (size_t off = 0; off < len; n++) {
    size_t k = char_bytes(s + off, len - off);
    off += k ? k : 1;
  }
  return n;
}

/* Character k of s (negative: from the end), null past either end; a byte
 * that is not UTF-8 reads as U+FFFD, so no value made here is invalid. */
static qvalue char_at(arena *a, const char *s, size_t len, double k) {
  if (k < 0) k += (double)qv_char_count(s, len);
  if (k < 0 || k >= (double)len) return qv_null();
  size_t off = 0, want = (size_t)k;
  for (size_t n = 0; off < len; n++) {
    size_t b = char_bytes(s + off, len - off);
    if (n == want) return b ? qv_str(a, s + off, b) : qv_str(a, "\xEF\xBF\xBD", 3);
    off += b ? b : 1;
  }
  return qv_null();
}

qvalue qv_index(arena *a, const pg_graph *g, qvalue v, qvalue i) {
  qvalue out = qv_null();
  if (v.kind == QV_UNKNOWN || i.kind == QV_UNKNOWN) return qv_unknown();
  if (v.kind == QV_NODE) v = qv_node_values(a, g, v.u.node);
  if (v.kind == QV_LIST && i.kind == QV_NUM && isfinite(i.u.num)) {
    double k = floor(i.u.num);
    if (k < 0) k += (double)v.u.list->n;
    if (k >= 0 && k < (double)v.u.list->n) out = v.u.list->items[(size_t)k];
  } else if (v.kind == QV_JSON && i.kind == QV_STR) {
    char *key = arena_strndup(a, i.u.str.s, i.u.str.len);
    if (key) out = qv_field(a, g, v, key);
  } else if (v.kind == QV_STR && i.kind == QV_NUM && isfinite(i.u.num)) {
    out = char_at(a, v.u.str.s, v.u.str.len, floor(i.u.num));
  }
  out.sensitive |= v.sensitive | (i.sensitive ? QV_SENS_DERIVED : 0);
  return out;
}

qvalue qv_as_list(arena *a, qvalue v) {
  if (v.kind == QV_LIST || v.kind == QV_UNKNOWN) return v;
  qvalue out = {QV_LIST, v.sensitive, 0, {0}};
  out.u.list = qv_list_new(a, v.kind == QV_NULL ? 0 : 1);
  if (!out.u.list) return qv_null();
  if (v.kind != QV_NULL) out.u.list->items[0] = v;
  return out;
}

qvalue qv_keys(arena *a, qvalue v) {
  if (v.kind == QV_UNKNOWN) return v;
  if (v.kind != QV_JSON) return qv_as_list(a, qv_null());
  if (js_slice_kind(v.u.json->v) != JS_OBJECT) return qv_null();
  js_members members;
  jslice k, m;
  size_t n = 0;
  js_members_init(&members, v.u.json->v);
  while (js_members_next(&members, &k, &m)) n++;
  qlist *l = qv_list_new(a, n);
  if (!l) return qv_null();
  js_members_init(&members, v.u.json->v);
  for (size_t i = 0; i < n && js_members_next(&members, &k, &m); i++) {
    size_t len = js_decoded_len(k);
    char *buf = arena_alloc(a, len + 1);
    if (!buf) return qv_null();
    js_decode(k, buf);
    l->items[i].kind = QV_STR;
    /* Key names inside a sensitive object are part of the secret. */
    l->items[i].sensitive = v.sensitive;
    l->items[i].u.str.s = buf;
    l->items[i].u.str.len = len;
  }
  qvalue out = {QV_LIST, v.sensitive, 0, {0}};
  out.u.list = l;
  return out;
}

/* ---- truth, equality, order -------------------------------------------- */

static int any_mark(void *ctx, const marks_leaf *leaf) {
  (void)ctx;
  (void)leaf;
  return 1;
}

/* (Called by qv_deep_sensitive for containers, unmarked themselves.) */
int qv_deep_sensitive_inside(qvalue v) {
  switch (v.kind) {
  case QV_LIST:
  case QV_RECORD:
    for (size_t i = 0; i < v.u.list->n; i++)
      if (qv_deep_sensitive(v.u.list->items[i])) return 1;
    return 0;
  case QV_JSON: {
    const qjson *j = v.u.json;
    jslice none = {NULL, 0};
    return (!marks_none(j->s) && marks_visit(j->s, none, SIZE_MAX, any_mark, NULL) != 0) ||
           (j->g && g_holds_secret(j->g, j->v.p, j->v.n));
  }
  default: return 0;
  }
}

int qv_truth(qvalue v) {
  switch (v.kind) {
  case QV_UNKNOWN: return -1;
  case QV_NULL: return 0;
  case QV_BOOL: return v.u.b;
  default: return 1;
  }
}

int qv_equal(const pg_graph *g, qvalue a, qvalue b) {
  if (a.kind == QV_UNKNOWN && b.kind == QV_UNKNOWN && a.origin && a.origin == b.origin &&
      a.u.str.len == b.u.str.len && a.u.str.s && b.u.str.s &&
      memcmp(a.u.str.s, b.u.str.s, a.u.str.len) == 0)
    return 1;  /* planned from the same source: the same value, whatever it is */
  if (a.kind == QV_UNKNOWN || b.kind == QV_UNKNOWN) return -1;
  if (a.kind != b.kind) return 0;
  switch (a.kind) {
  case QV_NULL: return 1;
  case QV_BOOL: return a.u.b == b.u.b;
  case QV_NUM: return num_compare(a, b) == 0 && (a.u.num_text || b.u.num_text ||
                                                  a.u.num == b.u.num);
  case QV_STR:
    return a.u.str.len == b.u.str.len && memcmp(a.u.str.s, b.u.str.s, a.u.str.len) == 0;
  case QV_NODE: return a.u.node == b.u.node;
  case QV_EDGE: return a.u.edge == b.u.edge;
  case QV_JSON:
    return a.u.json->v.n == b.u.json->v.n &&
           memcmp(a.u.json->v.p, b.u.json->v.p, a.u.json->v.n) == 0;
  case QV_RECORD:
    if (a.u.list->n != b.u.list->n) return 0;
    for (size_t i = 0; i < a.u.list->n; i++)
      if (strcmp(a.u.list->names[i], b.u.list->names[i]) != 0) return 0;
    /* then field by field, as a list */
    __attribute__((fallthrough));
  case QV_LIST: {
    if (a.u.list->partial || b.u.list->partial) return -1;
    if (a.u.list->n != b.u.list->n) return 0;
    int result = 1;
    for (size_t i = 0; i < a.u.list->n; i++) {
      int e = qv_equal(g, a.u.list->items[i], b.u.list->items[i]);
      if (e == 0) return 0;
      if (e < 0) result = -1;
    }
    return result;
  }
  }
  return 0;
}

int qv_compare(qvalue a, qvalue b, int *ok) {
  *ok = 1;
  if (a.kind == QV_NUM && b.kind == QV_NUM) return num_compare(a, b);
  if (a.kind == QV_STR && b.kind == QV_STR) {
    size_t n = a.u.str.len < b.u.str.len ? a.u.str.len : b.u.str.len;
    int c = memcmp(a.u.str.s, b.u.str.s, n);
    if (c) return c;
    return a.u.str.len < b.u.str.len ? -1 : a.u.str.len > b.u.str.len;
  }
  *ok = 0;
  return 0;
}

/* ---- rendering --------------------------------------------------------- */

static int add_cstr(strbuf *b, const char *s) { return sb_add(b, s); }

static int add_json_string(strbuf *b, const char *s, size_t n) {
  if (add_cstr(b, "\"") < 0) return -1;
  for (size_t i = 0; i < n; i++) {
    char buf[8];
    const char *esc = json_escape((unsigned char)s[i], buf);
    if ((esc ? add_cstr(b, esc) : sb_addn(b, s + i, 1)) < 0) return -1;
  }
  return add_cstr(b, "\"");
}

/* A JSON object from the plan, member by member, so that sensitive marks
 * below the top still hide what they mark. */
static int render_object(strbuf *b, const pg_graph *g, const qjson *j, int json) {
  arena tmp;
  arena_init(&tmp);
  js_members members;
  jslice k, m;
  int rc = add_cstr(b, "{");
  if (js_slice_kind(j->v) != JS_OBJECT) rc = -1;
  js_members_init(&members, j->v);
  int first = 1;
  while (rc == 0 && js_members_next(&members, &k, &m)) {
    size_t len = js_decoded_len(k);
    char *key = arena_alloc(&tmp, len + 1);
    if (!key) {
      rc = -1;
      break;
    }
    js_decode(k, key);
    qvalue mv = from_slices(&tmp, j->g, m, marks_member(j->u, key), marks_member(j->s, key));
    if (!first) rc |= add_cstr(b, json ? "," : ", ");
    first = 0;
    rc |= json ? add_json_string(b, key, len) : add_cstr(b, key);
    rc |= add_cstr(b, json ? ":" : ": ");
    rc |= qv_render(b, g, mv, json);
  }
  rc |= add_cstr(b, "}");
  arena_release(&tmp);
  return rc ? -1 : 0;
}

int qv_render(strbuf *b, const pg_graph *g, qvalue v, int json) {
  if (v.sensitive) return add_cstr(b, marks_placeholder(MARKS_SENSITIVE, json));
  char num[64];
  switch (v.kind) {
  case QV_NULL: return add_cstr(b, "null");
  case QV_UNKNOWN:
    if (v.u.str.s) return json ? add_json_string(b, v.u.str.s, v.u.str.len) : add_cstr(b, v.u.str.s);
    return add_cstr(b, marks_placeholder(MARKS_UNKNOWN, json));
  case QV_BOOL: return add_cstr(b, v.u.b ? "true" : "false");
  case QV_NUM:
    if (v.u.num_text) return add_cstr(b, v.u.num_text);
    if (!isfinite(v.u.num)) return add_cstr(b, "null");
    /* Whole numbers in full; others as the shortest text that reads back
     * as the same double ("0.1", not "0.10000000000000001"). */
    if (v.u.num == floor(v.u.num) && fabs(v.u.num) < 1e15)
      snprintf(num, sizeof num, "%.0f", v.u.num);
    else
      dec_double_text(v.u.num, num);
    return add_cstr(b, num);
  case QV_STR:
    return json ? add_json_string(b, v.u.str.s, v.u.str.len)
                : sb_addn(b, v.u.str.s, v.u.str.len);
  case QV_NODE: {
    pg_node_info info;
    if (pg_graph_node(g, v.u.node, &info) != PG_OK) return add_cstr(b, "null");
    return json ? add_json_string(b, info.address, strlen(info.address))
                : add_cstr(b, info.address);
  }
  case QV_EDGE: {
    pg_edge_info e;
    pg_node_info from, to;
    if (pg_graph_edge(g, v.u.edge, &e) != PG_OK || pg_graph_node(g, e.from, &from) != PG_OK ||
        pg_graph_node(g, e.to, &to) != PG_OK)
      return add_cstr(b, "null");
    strbuf tmp = SB_GROWING;
    int rc = add_cstr(&tmp, from.address) | add_cstr(&tmp, " -[") |
             add_cstr(&tmp, pg_edge_kind_name(e.kind)) |
             (e.label ? add_cstr(&tmp, " ") | add_cstr(&tmp, e.label) : 0) |
             add_cstr(&tmp, "]-> ") | add_cstr(&tmp, to.address);
    if (rc == 0)
      rc = json ? add_json_string(b, tmp.buf, tmp.len) : sb_addn(b, tmp.buf, tmp.len);
    sb_release(&tmp);
    return rc;
  }
  case QV_LIST: {
    int rc = json ? add_cstr(b, "[") : 0;
    for (size_t i = 0; i < v.u.list->n && rc == 0; i++) {
      if (i) rc = add_cstr(b, json ? "," : ", ");
      if (rc == 0) rc = qv_render(b, g, v.u.list->items[i], json);
    }
    return rc ? rc : json ? add_cstr(b, "]") : 0;
  }
  case QV_JSON:
    return render_object(b, g, v.u.json, json);
  case QV_RECORD: {
    int rc = add_cstr(b, "{");
    for (size_t i = 0; i < v.u.list->n && rc == 0; i++) {
      const char *name = v.u.list->names[i];
      rc = (i ? add_cstr(b, json ? "," : ", ") : 0) |
           (json ? add_json_string(b, name, strlen(name)) : add_cstr(b, name)) |
           add_cstr(b, json ? ":" : ": ");
      if (rc == 0) rc = qv_render(b, g, v.u.list->items[i], json);
    }
    return rc ? rc : add_cstr(b, "}");
  }
  }
  return add_cstr(b, "null");
}

int qv_render_in_parens(strbuf *b, const pg_graph *g, qvalue v) {
  size_t at = b->len;
  int rc = qv_render(b, g, v, 0);
  size_t len = b->len - at;
  /* "(region unknown: ...)" between a template's own parentheses keeps
   * one pair. */
  if (rc < 0 || v.kind != QV_UNKNOWN || at == 0 || len < 2 || b->buf[at - 1] != '(' ||
      b->buf[at] != '(' || b->buf[b->len - 1] != ')')
    return rc;
  memmove(b->buf + at, b->buf + at + 1, len - 2);
  b->len -= 2;
  b->buf[b->len] = '\0';
  return rc;
}
