/* JSON tree: the plan's small sections (configuration, variables) as
 * jansson trees, built from text the scanner already validated. jansson's
 * own reader refuses what terraform writes freely: integers beyond 64 bits
 * and numbers beyond double (terraform numbers are arbitrary precision,
 * `1e400` is written as 401 digits). Such a number is kept as its text, a
 * JSON string: nothing reads configuration numbers as numbers, and a
 * string attribute would hold exactly that text. A duplicate key is an
 * error at its place, as jansson's JSON_REJECT_DUPLICATES made it. */
#include "graph/graph_impl.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct tree_ctx {
  build *b;
  const char *section;   /* for messages: "configuration", "variables" */
  int rc;
} tree_ctx;

static json_t *fail(tree_ctx *c, int rc) {
  if (c->rc == PG_OK) c->rc = rc;
  return NULL;
}

/* A number jansson can hold as one, else its text. */
static json_t *number(jslice raw) {
  char tmp[64];
  char *text = raw.n < sizeof tmp ? tmp : malloc(raw.n + 1);
  if (!text) return NULL;
  memcpy(text, raw.p, raw.n);
  text[raw.n] = '\0';
  json_t *out;
  errno = 0;
  if (!strpbrk(text, ".eE")) {
    long long v = strtoll(text, NULL, 10);
    out = errno == ERANGE ? json_stringn_nocheck(text, raw.n) : json_integer(v);
  } else {
    double d = strtod(text, NULL);
    out = isfinite(d) ? json_real(d) : json_stringn_nocheck(text, raw.n);
  }
  if (text != tmp) free(text);
  return out;
}

static json_t *string(jslice raw) {
  size_t n = js_decoded_len(raw);
  char *text = malloc(n + 1);
  if (!text) return NULL;
  js_decode(raw, text);
  json_t *out = json_stringn_nocheck(text, n);
  free(text);
  return out;
}

static json_t *value(tree_ctx *c, jscan *s);

static json_t *object(tree_ctx *c, jscan *s) {
  json_t *obj = json_object();
  if (!obj) return fail(c, PG_ERR_NOMEM);
  js_iter it;
  jslice key;
  js_obj_open(s, &it);
  while (c->rc == PG_OK && js_obj_next(s, &it, &key) == 1) {
    size_t n = js_decoded_len(key);
    char *k = malloc(n + 1);
    if (!k) return json_decref(obj), fail(c, PG_ERR_NOMEM);
    js_decode(key, k);
    size_t at = (size_t)(key.p - c->b->g->text);
    if (strlen(k) != n || json_object_get(obj, k)) {
      b_error_at(c->b, PG_ERR_PARSE, at, c->section, strlen(k) != n
                 ? "a NUL character in an object key" : "duplicate object key \"%.100s\"", k);
      free(k);
      json_decref(obj);
      return fail(c, PG_ERR_PARSE);
    }
    json_t *v = value(c, s);
    if (!v || json_object_set_new_nocheck(obj, k, v) < 0) {
      free(k);
      json_decref(obj);
      return fail(c, PG_ERR_NOMEM);
    }
    free(k);
  }
  if (c->rc != PG_OK) json_decref(obj);
  return c->rc == PG_OK ? obj : NULL;
}

static json_t *array(tree_ctx *c, jscan *s) {
  json_t *arr = json_array();
  if (!arr) return fail(c, PG_ERR_NOMEM);
  js_iter it;
  js_arr_open(s, &it);
  while (c->rc == PG_OK && js_arr_next(s, &it) == 1) {
    json_t *v = value(c, s);
    if (!v || json_array_append_new(arr, v) < 0) {
      json_decref(arr);
      return fail(c, PG_ERR_NOMEM);
    }
  }
  if (c->rc != PG_OK) json_decref(arr);
  return c->rc == PG_OK ? arr : NULL;
}

static json_t *value(tree_ctx *c, jscan *s) {
  jslice raw;
  json_t *out;
  switch (js_peek_kind(s)) {
  case JS_OBJECT: return object(c, s);
  case JS_ARRAY: return array(c, s);
  case JS_STRING:
    js_string(s, &raw);
    out = string(raw);
    break;
  case JS_NUMBER:
    js_number(s, &raw);
    out = number(raw);
    break;
  case JS_TRUE: case JS_FALSE: case JS_NULL: {
    int k = js_peek_kind(s);
    js_skip(s, NULL);
    out = k == JS_TRUE ? json_true() : k == JS_FALSE ? json_false() : json_null();
    break;
  }
  default:
    /* The scanner validated the section: only a bug gets here. */
    return fail(c, PG_ERR_INTERNAL);
  }
  return out ? out : fail(c, PG_ERR_NOMEM);
}

json_t *jtree_build(build *b, jslice sec, const char *section, int *rc) {
  tree_ctx c = {b, section, PG_OK};
  jscan s;
  size_t start = (size_t)(sec.p - b->g->text);
  js_init(&s, b->g->text, start, start + sec.n);
  json_t *out = value(&c, &s);
  if (c.rc == PG_OK && s.failed) {
    json_decref(out);
    out = NULL;
    c.rc = b_scan_error(b, &s, section);
  }
  *rc = c.rc;
  return out;
}
