/* Terraform's value marks: lookup and the walk over marked positions (see
 * marks.h). */
#include "resolve/marks.h"

#include "base/bytes.h"

static const jslice TRUE_SLICE = {"true", 4};

int marks_all(jslice m) { return js_slice_kind(m) == JS_TRUE; }

int marks_none(jslice m) { return m.n == 0 || !bytes_contain(m.p, m.n, "true", 4); }

jslice marks_member(jslice m, const char *key) {
  jslice out;
  if (marks_all(m)) return TRUE_SLICE;
  js_member(m, key, &out);
  return out;
}

jslice marks_element(jslice m, size_t i) {
  jslice out;
  if (marks_all(m)) return TRUE_SLICE;
  js_element(m, i, &out);
  return out;
}

void marks_iter_init(marks_iter *mi, jslice m) {
  mi->all = marks_all(m);
  js_elems_init(&mi->elems, mi->all ? (jslice){NULL, 0} : m);
}

jslice marks_iter_next(marks_iter *mi) {
  jslice out;
  if (mi->all) return TRUE_SLICE;
  return js_elems_next(&mi->elems, &out) ? out : (jslice){NULL, 0};
}

/* The slice one step down from v along step st (marks or values alike). */
static jslice step_down(jslice v, const marks_step *st) {
  jslice out;
  if (st->key.p) js_member_raw(v, st->key, &out);
  else js_element(v, st->index, &out);
  return out;
}

int marks_at(jslice m, const marks_step *path, size_t n) {
  for (size_t i = 0; i < n && !marks_all(m); i++) m = step_down(m, &path[i]);
  return marks_all(m);
}

/* ---- the walk ----------------------------------------------------------- */

typedef struct walker {
  size_t max_depth;
  marks_leaf_fn fn;
  void *ctx;
  marks_step path[JS_MAX_DEPTH];
} walker;

static int visit(walker *w, jslice m, jslice v, size_t depth);

/* Each member (or element) of container m, with v's matching part. */
static int visit_children(walker *w, jslice m, jslice v, size_t depth, int object) {
  jscan s;
  js_iter it;
  jslice key = {NULL, 0}, child;
  js_init(&s, m.p, 0, m.n);
  if ((object ? js_obj_open(&s, &it) : js_arr_open(&s, &it)) < 0) return 0;
  for (size_t i = 0; object ? js_obj_next(&s, &it, &key) == 1 : js_arr_next(&s, &it) == 1; i++) {
    if (js_skip(&s, &child) < 0) return 0;
    marks_step *st = &w->path[depth];
    *st = (marks_step){object ? key : (jslice){NULL, 0}, i};
    int rc = visit(w, child, step_down(v, st), depth + 1);
    if (rc) return rc;
  }
  return 0;
}

static int visit(walker *w, jslice m, jslice v, size_t depth) {
  int kind = js_slice_kind(m);
  if (kind == JS_TRUE) {
    marks_leaf leaf = {v, w->path, depth};
    return w->fn(w->ctx, &leaf);
  }
  if (depth >= w->max_depth || depth >= JS_MAX_DEPTH) return 0;
  if (kind == JS_OBJECT || kind == JS_ARRAY)
    return visit_children(w, m, v, depth, kind == JS_OBJECT);
  return 0;
}

int marks_visit(jslice m, jslice values, size_t max_depth, marks_leaf_fn fn, void *ctx) {
  walker w; /* path[] is written before it is read: not cleared */
  w.max_depth = max_depth;
  w.fn = fn;
  w.ctx = ctx;
  return visit(&w, m, values, 0);
}

/* ---- rendering ---------------------------------------------------------- */

const char *marks_placeholder(marks_kind k, int quoted) {
  static const char *const text[][2] = {
      [MARKS_SENSITIVE] = {"(sensitive)", "\"(sensitive)\""},
      [MARKS_UNKNOWN] = {"(known after apply)", "\"(known after apply)\""},
  };
  return text[k][quoted ? 1 : 0];
}
