/* Terraform's collection functions and format(), for the expressions
 * hclexpr.c evaluates: the forms real code picks a region from a map or
 * list of regions with (`one([for r in var.regions : r.name if r.dr])`,
 * `values(var.regions)[0]`, `format("%s-1", var.geo)`). Each takes the
 * arguments' values (NULL: unknown, the reason already said) and gives a
 * new reference, or NULL with the reason said.
 *
 * Terraform orders a map's keys, and a set of strings, lexically (by
 * code point, as strcmp orders UTF-8); a set of other values has an order
 * plangraph cannot know, so toset() and setsubtract() of them are not
 * evaluated. */
#include <stdlib.h>

#include "resolve/hclexpr_impl.h"

static int any_unknown(json_t **a, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!a[i]) return 1;
  return 0;
}

static int by_string(const void *x, const void *y) {
  return strcmp(json_string_value(*(json_t *const *)x), json_string_value(*(json_t *const *)y));
}

static int all_strings(const json_t *l) {
  size_t i;
  json_t *e;
  json_array_foreach(l, i, e) if (!json_is_string(e)) return 0;
  return 1;
}

/* The strings of list l, sorted, without repeats when unique is set. */
static json_t *sorted_strings(const json_t *l, int unique) {
  size_t n = json_array_size(l);
  json_t **v = malloc((n ? n : 1) * sizeof *v);
  json_t *out = v ? json_array() : NULL;
  for (size_t i = 0; i < n && v; i++) v[i] = json_array_get(l, i);
  if (v) qsort(v, n, sizeof *v, by_string);
  for (size_t i = 0; out && i < n; i++) {
    if (unique && i && strcmp(json_string_value(v[i]), json_string_value(v[i - 1])) == 0)
      continue;
    if (json_array_append(out, v[i]) != 0) {
      json_decref(out);
      out = NULL;
    }
  }
  free(v);
  return out;
}

static json_t *need_list(px *p, json_t *v, const char *fn) {
  if (json_is_array(v)) return v;
  hx_say(p, "%s() of a value that is no list", fn);
  return NULL;
}

static json_t *need_map(px *p, json_t *v, const char *fn) {
  if (json_is_object(v)) return v;
  hx_say(p, "%s() of a value that is no map", fn);
  return NULL;
}

/* A map's keys, sorted. */
static json_t *sorted_keys(const json_t *m) {
  json_t *keys = json_array();
  const char *k;
  json_t *v;
  json_object_foreach((json_t *)m, k, v) {
    if (keys && json_array_append_new(keys, json_string(k)) != 0) {
      json_decref(keys);
      keys = NULL;
    }
  }
  json_t *out = keys ? sorted_strings(keys, 0) : NULL;
  json_decref(keys);
  return out;
}

json_t *hx_fn_keys(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n) || !need_map(p, a[0], "keys")) return NULL;
  return sorted_keys(a[0]);
}

/* values(MAP): the members' values, in the order of their keys. */
json_t *hx_fn_values(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n) || !need_map(p, a[0], "values")) return NULL;
  json_t *keys = sorted_keys(a[0]), *out = keys ? json_array() : NULL;
  size_t i;
  json_t *k;
  json_array_foreach(keys, i, k) {
    if (out && json_array_append(out, json_object_get(a[0], json_string_value(k))) != 0) {
      json_decref(out);
      out = NULL;
    }
  }
  json_decref(keys);
  return out;
}

/* one(LIST): null when empty, its element when it has one; more is an
 * error terraform raises (try() catches it). */
json_t *hx_fn_one(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n) || !need_list(p, a[0], "one")) return NULL;
  if (json_array_size(a[0]) == 0) return json_null();
  if (json_array_size(a[0]) == 1) return json_incref(json_array_get(a[0], 0));
  hx_say(p, "one() of a list of more than one element");
  p->erred = 1;
  return NULL;
}

/* The list's strings sorted (without repeats when unique): sort() and
 * toset(), which terraform orders so for strings only. */
static json_t *strings_sorted(px *p, json_t **a, size_t n, const char *fn, int unique) {
  if (any_unknown(a, n) || !need_list(p, a[0], fn)) return NULL;
  if (!all_strings(a[0])) {
    hx_say(p, "%s() of a list with a value that is no string, whose order plangraph does not know",
           fn);
    return NULL;
  }
  return sorted_strings(a[0], unique);
}

json_t *hx_fn_sort(px *p, json_t **a, size_t n) { return strings_sorted(p, a, n, "sort", 0); }

/* toset(LIST): of strings, sorted and without repeats, the order
 * terraform then iterates it in. */
json_t *hx_fn_toset(px *p, json_t **a, size_t n) { return strings_sorted(p, a, n, "toset", 1); }

json_t *hx_fn_tolist(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n) || !need_list(p, a[0], "tolist")) return NULL;
  return json_incref(a[0]);
}

static int list_has(const json_t *l, size_t upto, const json_t *v) {
  for (size_t i = 0; i < upto; i++)
    if (json_equal(json_array_get(l, i), (json_t *)v)) return 1;
  return 0;
}

/* Whether element i (e) of list l stays: distinct(), compact() and
 * setsubtract() (other: the list subtracted) differ only there. */
typedef int (*keep_fn)(const json_t *l, size_t i, const json_t *e, const json_t *other);

static int first_of_its_value(const json_t *l, size_t i, const json_t *e, const json_t *other) {
  (void)other;
  return !list_has(l, i, e);
}

static int not_empty(const json_t *l, size_t i, const json_t *e, const json_t *other) {
  (void)l;
  (void)i;
  (void)other;
  return !json_is_null(e) && !(json_is_string(e) && json_string_length(e) == 0);
}

static int not_in_other(const json_t *l, size_t i, const json_t *e, const json_t *other) {
  (void)l;
  (void)i;
  return !list_has(other, json_array_size(other), e);
}

/* The elements of l that keep keeps, in order. */
static json_t *kept(const json_t *l, keep_fn keep, const json_t *other) {
  json_t *out = json_array();
  size_t i;
  json_t *e;
  json_array_foreach(l, i, e) {
    if (out && keep(l, i, e, other) && json_array_append(out, e) != 0) {
      json_decref(out);
      out = NULL;
    }
  }
  return out;
}

/* distinct(LIST): the first of each value, in order. */
json_t *hx_fn_distinct(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n) || !need_list(p, a[0], "distinct")) return NULL;
  return kept(a[0], first_of_its_value, NULL);
}

/* compact(LIST): without its empty strings and nulls. */
json_t *hx_fn_compact(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n) || !need_list(p, a[0], "compact")) return NULL;
  return kept(a[0], not_empty, NULL);
}

/* setsubtract(A, B): A's strings that B lacks, as a set (sorted). */
json_t *hx_fn_setsubtract(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n) || !need_list(p, a[0], "setsubtract") ||
      !need_list(p, a[1], "setsubtract"))
    return NULL;
  if (!all_strings(a[0])) {
    hx_say(p, "setsubtract() of values that are no strings, whose order plangraph does not know");
    return NULL;
  }
  json_t *left = kept(a[0], not_in_other, a[1]);
  json_t *out = left ? sorted_strings(left, 1) : NULL;
  json_decref(left);
  return out;
}

/* Appends v to out, the elements of nested lists in its place. */
static int flatten_into(json_t *out, json_t *v, unsigned depth) {
  if (!json_is_array(v)) return json_array_append(out, v);
  if (depth > DEPTH_MAX) return -1;
  size_t i;
  json_t *e;
  json_array_foreach(v, i, e) if (flatten_into(out, e, depth + 1) != 0) return -1;
  return 0;
}

json_t *hx_fn_flatten(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n) || !need_list(p, a[0], "flatten")) return NULL;
  json_t *out = json_array();
  if (out && flatten_into(out, a[0], 0) != 0) {
    json_decref(out);
    hx_say(p, "flatten() of lists nested too deep");
    return NULL;
  }
  return out;
}

json_t *hx_fn_concat(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n)) return NULL;
  json_t *out = json_array();
  for (size_t i = 0; out && i < n; i++) {
    if (!need_list(p, a[i], "concat") || json_array_extend(out, a[i]) != 0) {
      json_decref(out);
      out = NULL;
    }
  }
  return out;
}

/* One format() verb's text for v into buf: %s of a string, number or
 * bool, %d of an integer, %v of any of these. 0 when v does not suit or
 * the text does not fit. */
static int verb_text(char verb, const json_t *v, char *buf, size_t cap) {
  int rc = -1;
  if (json_is_integer(v))
    rc = snprintf(buf, cap, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
  else if (verb == 'd')
    rc = -1;
  else if (json_is_string(v))
    rc = snprintf(buf, cap, "%s", json_string_value(v));
  else if (json_is_boolean(v))
    rc = snprintf(buf, cap, "%s", json_is_true(v) ? "true" : "false");
  return rc >= 0 && (size_t)rc < cap;
}

/* format(SPEC, ARGS...) with the verbs %s, %d, %v and %%, each verb taking
 * the next argument (explicit argument indexes and widths are not read). */
json_t *hx_fn_format(px *p, json_t **a, size_t n) {
  if (any_unknown(a, n)) return NULL;
  const char *f = json_string_value(a[0]);
  if (!f) {
    hx_say(p, "format() of a specification that is no string");
    return NULL;
  }
  char out[REF_MAX], part[REF_MAX];
  size_t len = 0, next = 1;
  for (; *f; f++) {
    const char *add = f;
    size_t add_len = 1;
    if (*f == '%' && f[1] == '%') {
      f++;
    } else if (*f == '%') {
      char verb = *++f;
      if (!strchr("sdv", verb) || !verb || next >= n || !verb_text(verb, a[next], part, sizeof part)) {
        hx_say(p, "format() with a verb other than %%s, %%d, %%v or %%%%, or too few or unsuitable arguments");
        return NULL;
      }
      next++;
      add = part;
      add_len = strlen(part);
    }
    if (len + add_len >= sizeof out) {
      hx_say(p, "format() makes a long string");
      return NULL;
    }
    memcpy(out + len, add, add_len);
    len += add_len;
  }
  if (next != n) {
    hx_say(p, "format() with more arguments than verbs");
    return NULL;
  }
  return json_stringn(out, len);
}
