/* paths(value, glob): the paths to the leaves of a value that a glob
 * matches ("rule[0].kms_key_id"), walked over planned values' JSON text
 * with their sensitive marks, or over values the query built. */
#include "query/paths.h"
#include "base/bytes.h"
#include "base/vec.h"
#include "resolve/marks.h"

#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct path_walk {
  qfunc_ctx *fx;
  const char *glob;    /* the paths to keep */
  qvalue *found;       /* paths kept, in fx->mem (the array: vec.h, malloc'd) */
  size_t n, cap;
  int failed;          /* out of memory */
} path_walk;

static int add_found(path_walk *w, const char *path, size_t len);

/* Writes "[i]" at out (room for 23 bytes) and returns its length: this
 * runs for every list element of every value walked, where snprintf
 * costs more than the rest of the step. */
static size_t put_index(char *out, size_t i) {
  char digits[20];
  size_t n = 0;
  do digits[n++] = (char)('0' + i % 10); while ((i /= 10) != 0);
  out[0] = '[';
  for (size_t k = 0; k < n; k++) out[1 + k] = digits[n - 1 - k];
  out[n + 1] = ']';
  out[n + 2] = '\0';
  return n + 2;
}

static void walk_leaves(path_walk *w, qvalue v, char *path, size_t len, unsigned depth) {
  if (w->failed || depth > 32 || len > 400) return;
  if (v.kind == QV_NODE) v = qv_marked(qv_node_values(w->fx->mem, w->fx->g, v.u.node), v.sensitive);
  if (v.sensitive) {
    /* Neither its keys nor whether it is null may show: one opaque leaf. */
    if (len && fnmatch(w->glob, path, 0) == 0) add_found(w, path, len);
    return;
  }
  if (v.kind == QV_JSON || v.kind == QV_LIST) {
    qvalue keys = v.kind == QV_JSON ? qv_keys(w->fx->mem, v) : qv_null();
    size_t n = v.kind == QV_JSON ? (keys.kind == QV_LIST ? keys.u.list->n : 0) : v.u.list->n;
    for (size_t i = 0; i < n; i++) {
      char seg[200];
      qvalue child;
      if (v.kind == QV_JSON) {
        const char *key = keys.u.list->items[i].u.str.s;
        snprintf(seg, sizeof seg, "%s%.180s", len ? "." : "", key);
        child = qv_field(w->fx->mem, w->fx->g, v, key);
      } else {
        put_index(seg, i);
        child = qv_marked(v.u.list->items[i], v.sensitive);
      }
      size_t sl = strlen(seg);
      if (len + sl >= 512) continue;
      memcpy(path + len, seg, sl + 1);
      walk_leaves(w, child, path, len + sl, depth + 1);
      path[len] = '\0';
    }
    return;
  }
  if (v.kind == QV_NULL || v.kind == QV_UNKNOWN || !len || fnmatch(w->glob, path, 0) != 0)
    return;
  add_found(w, path, len);
}

static int add_found(path_walk *w, const char *path, size_t len) {
  if (VEC_PUSH(w->found, w->n, w->cap, qv_str(w->fx->mem, path, len)) < 0)
    return w->failed = 1, -1;
  return 0;
}

/* One pass over a JSON slice of planned values with its sensitive marks
 * sens: no allocation except for the paths that match (this runs over
 * every resource of large plans). A marked position is one opaque leaf:
 * neither the keys below it nor whether it is null may show. */
static void walk_slice(path_walk *w, jscan *sc, jslice sens, char *path, size_t len,
                       unsigned depth) {
  if (marks_all(sens)) {
    js_skip(sc, NULL);
    if (!w->failed && len && depth <= 64 && fnmatch(w->glob, path, 0) == 0)
      add_found(w, path, len);
    return;
  }
  int kind = js_peek_kind(sc);
  if (w->failed || depth > 64 || (kind != JS_OBJECT && kind != JS_ARRAY)) {
    js_skip(sc, NULL);
    if (!w->failed && len && kind != JS_NULL && kind != JS_BAD && depth <= 64 &&
        fnmatch(w->glob, path, 0) == 0)
      add_found(w, path, len);
    return;
  }
  js_iter it;
  /* Most values carry no sensitive mark: then none is looked up below. */
  if (marks_none(sens)) sens = (jslice){NULL, 0};
  if (kind == JS_OBJECT) {
    jslice key;
    js_obj_open(sc, &it);
    while (!sc->failed && js_obj_next(sc, &it, &key) == 1) {
      size_t kl = js_decoded_len(key);
      if (len + kl + 2 >= 512) {
        js_skip(sc, NULL);
        continue;
      }
      size_t at = len;
      if (at) path[at++] = '.';
      js_decode(key, path + at);
      walk_slice(w, sc, sens.n ? marks_member(sens, path + at) : sens, path, at + kl, depth + 1);
      path[len] = '\0';
    }
    return;
  }
  js_arr_open(sc, &it);
  marks_iter si;
  marks_iter_init(&si, sens);
  for (size_t i = 0; !sc->failed && js_arr_next(sc, &it) == 1; i++) {
    char seg[24];
    size_t n = put_index(seg, i);
    jslice es = marks_iter_next(&si);
    if (len + n >= 500) {
      js_skip(sc, NULL);
      continue;
    }
    memcpy(path + len, seg, n + 1);
    walk_slice(w, sc, es, path, len + n, depth + 1);
    path[len] = '\0';
  }
}

/* Whether text of planned values without escapes (so a key reads in it as
 * it decodes) may hold a path glob matches: every run of the glob's
 * literal letters must occur in it. Path characters other than key text
 * ('.', '[', ']', the digits of indexes) end a run, so a run always falls
 * within one key. Over a plan's every resource most have no such key,
 * and this memchr scan replaces their walk. */
static int paths_may_match(const char *glob, const char *text, size_t n) {
  if (memchr(text, '\\', n)) return 1;
  const char *p = glob;
  while (*p) {
    size_t len = 0;
    while (p[len] && !strchr("*?[]\\.0123456789", p[len])) len++;
    if (len && !bytes_contain(text, n, p, len)) return 0;
    p += len;
    /* Past a bracket expression fnmatch's rules for ']' and '!' decide
     * what is literal: no more runs are taken from it. */
    if (*p == '[') break;
    if (*p) p++;
  }
  return 1;
}

qvalue qpaths(qfunc_ctx *fx, qvalue v, const char *glob) {
  char path[520] = "";
  path_walk w = {fx, glob, NULL, 0, 0, 0};
  if (v.kind == QV_NODE) v = qv_node_values(fx->mem, fx->g, v.u.node);
  if (v.kind == QV_JSON) {
    jscan sc;
    js_init(&sc, v.u.json->v.p, 0, v.u.json->v.n);
    if (paths_may_match(glob, v.u.json->v.p, v.u.json->v.n))
      walk_slice(&w, &sc, v.u.json->s, path, 0, 0);
  } else {
    walk_leaves(&w, v, path, 0, 0);
  }
  qlist *l = w.failed ? NULL : qv_list_new(fx->mem, w.n);
  if (l && w.n) memcpy(l->items, w.found, w.n * sizeof *l->items);
  free(w.found);
  if (!l) {
    fx->mem->failed++;
    return qv_null();
  }
  qvalue out = {QV_LIST, 0, 0, {0}};
  out.u.list = l;
  return out;
}
