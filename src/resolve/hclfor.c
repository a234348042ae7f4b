/* Terraform's `for` expressions, read by the expression reader
 * (hclexpr.c): `[for s in var.sites : s.region]`,
 * `{ for k, v in var.sites : k => v.region if v.enabled }`, the way a map
 * of sites becomes the map of regions that provider blocks index
 * (`region = local.regions["dr"]`). The reader works on the text, so the
 * body is read again for each element, with the names bound to the
 * element; for a collection that is empty or not known it is read once,
 * with no values, only to find where it ends. A grouping (`...`) is not
 * understood. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/hclexpr_impl.h"

int hx_is_for(px *p) {
  hx_blanks(p);
  return strncmp(p->s + p->i, "for", 3) == 0 && (p->s[p->i + 3] == ' ' || p->s[p->i + 3] == '\t');
}

json_t *hx_bound(const px *p, const char *s, size_t n, int *found) {
  for (size_t i = p->n_bound; i-- > 0;)
    if (p->bound_len[i] == n && strncmp(p->bound[i], s, n) == 0) {
      *found = 1;
      return p->bound_value[i];
    }
  *found = 0;
  return NULL;
}

/* The word w at the cursor, as a whole word: skips it, 1; else 0. */
static int keyword(px *p, const char *w) {
  hx_blanks(p);
  size_t n = strlen(w);
  if (strncmp(p->s + p->i, w, n) != 0 || hx_ident_char(p->s[p->i + n], 0)) return 0;
  p->i += n;
  return 1;
}

typedef struct for_head {
  const char *name[2];  /* the key or index (when two), then the element */
  size_t len[2];
  int n;
  size_t body;          /* where the body starts */
  char close;           /* ']' makes a list, '}' an object */
} for_head;

static int read_names(px *p, for_head *h) {
  for (h->n = 0; h->n < 2;) {
    hx_blanks(p);
    size_t n = hx_ident_len(p->s + p->i);
    if (!n) return 0;
    h->name[h->n] = p->s + p->i;
    h->len[h->n++] = n;
    p->i += n;
    hx_blanks(p);
    if (p->s[p->i] != ',') break;
    p->i++;
  }
  return keyword(p, "in");
}

static void bind(px *p, const char *name, size_t len, json_t *v) {
  p->bound[p->n_bound] = name;
  p->bound_len[p->n_bound] = len;
  p->bound_value[p->n_bound++] = v;
}

/* out gets key => val (an object) or val (a list): 0, or -1 when the key
 * is no string terraform would take, or repeats (an error). */
static int put(px *p, json_t *out, json_t *key, json_t *val) {
  if (json_is_array(out)) return json_array_append(out, val) == 0 ? 0 : -1;
  char digits[32];
  const char *k = json_string_value(key);
  if (json_is_integer(key)) {
    snprintf(digits, sizeof digits, "%" JSON_INTEGER_FORMAT, json_integer_value(key));
    k = digits;
  }
  if (!k) return hx_say(p, "a for expression's key that is no string"), -1;
  if (json_object_get(out, k)) {
    hx_say(p, "a for expression makes the key \"%s\" twice", k);
    p->erred = 1;
    return -1;
  }
  return json_object_set(out, k, val) == 0 ? 0 : -1;
}

/* One reading of the body, the names bound to k and v (NULL: only read
 * past, into no out): 0, or -1 when its value is not known (said) or the
 * form is not understood. */
static int body(px *p, const for_head *h, json_t *k, json_t *v, json_t *out) {
  if (p->n_bound + 2 > BOUND_MAX) return hx_not_understood(p, "for expressions nested too deep"), -1;
  if (++p->readings > FOR_READINGS_MAX)
    return hx_not_understood(p, "for expressions that make too many elements"), -1;
  p->i = h->body;
  size_t outer = p->n_bound;
  if (h->n == 2) bind(p, h->name[0], h->len[0], k);
  bind(p, h->name[h->n - 1], h->len[h->n - 1], v);
  json_t *key = NULL, *val = NULL, *cond = NULL;
  if (h->close == '}') {
    key = p->expr(p);
    hx_blanks(p);
    if (!p->bad && strncmp(p->s + p->i, "=>", 2) != 0) hx_not_understood(p, "a for expression's object without =>");
    p->i += p->bad ? 0 : 2;
  }
  if (!p->bad) val = p->expr(p);
  hx_blanks(p);
  if (!p->bad && strncmp(p->s + p->i, "...", 3) == 0) hx_not_understood(p, "a grouping for expression (...)");
  int keep = 1;
  if (!p->bad && keyword(p, "if")) keep = hx_as_bool(cond = p->expr(p));
  hx_blanks(p);
  p->n_bound = outer;
  int rc = p->bad ? -1 : 0;
  if (rc == 0 && out && keep < 0) {
    if (cond) hx_say(p, "the condition of a for expression is not true or false");
    rc = -1;
  } else if (rc == 0 && out && keep) {
    rc = val && (key || h->close == ']') ? put(p, out, key, val) : -1;
  }
  json_decref(key);
  json_decref(val);
  json_decref(cond);
  return rc;
}

static int by_key(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Each element of coll (a list, or a map in the order of its keys, as
 * terraform walks one) through the body into out: 0, or -1. */
static int each_element(px *p, const for_head *h, json_t *coll, json_t *out) {
  int rc = 0;
  if (json_is_array(coll)) {
    for (size_t i = 0; i < json_array_size(coll) && rc == 0; i++) {
      json_t *k = json_integer((json_int_t)i);
      rc = k ? body(p, h, k, json_array_get(coll, i), out) : -1;
      json_decref(k);
    }
    return rc;
  }
  size_t n = json_object_size(coll), at = 0;
  const char **keys = malloc((n ? n : 1) * sizeof *keys);
  if (!keys) return -1;
  const char *name;
  json_t *v;
  json_object_foreach(coll, name, v) keys[at++] = name;
  qsort(keys, n, sizeof *keys, by_key);
  for (size_t i = 0; i < n && rc == 0; i++) {
    json_t *k = json_string(keys[i]);
    rc = k ? body(p, h, k, json_object_get(coll, keys[i]), out) : -1;
    json_decref(k);
  }
  free(keys);
  return rc;
}

/* Reads past the body (of an empty or unknown collection): what it says
 * of names bound to nothing is no reason of this expression's. */
static void read_past(px *p, const for_head *h) {
  char why[WHY_MAX] = "";
  int erred = p->erred;
  if (p->why_len) snprintf(why, sizeof why, "%s", p->why);
  body(p, h, NULL, NULL, NULL);
  if (p->why_len) snprintf(p->why, p->why_len, "%s", why);
  p->erred = erred;
}

json_t *hx_for(px *p, char close) {
  for_head h = {.close = close};
  keyword(p, "for");
  if (!read_names(p, &h)) return hx_not_understood(p, "a for expression it cannot read");
  json_t *coll = p->expr(p);
  hx_blanks(p);
  if (!p->bad && p->s[p->i] != ':') hx_not_understood(p, "a for expression without ':'");
  if (p->bad) return json_decref(coll), NULL;
  h.body = ++p->i;
  int known = json_is_array(coll) || json_is_object(coll);
  if (coll && !known) hx_say(p, "a for expression over a value that is no list or map");
  json_t *out = close == ']' ? json_array() : json_object();
  int rc = out ? 0 : -1;
  /* Each reading of the body ends past it, its value known or not. */
  if (out && known && (json_array_size(coll) || json_object_size(coll)))
    rc = each_element(p, &h, coll, out);
  else
    read_past(p, &h);
  json_decref(coll);
  hx_blanks(p);
  if (!p->bad && p->s[p->i] != close) hx_not_understood(p, "an unclosed for expression");
  if (!p->bad) p->i++;
  if (p->bad || rc != 0 || !known) return json_decref(out), NULL;
  return out;
}
