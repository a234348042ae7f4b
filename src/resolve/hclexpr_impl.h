/* The expression reader's state and the steps its parts share
 * (hclexpr.c reads the grammar, hclfor.c its `for` expressions). Private
 * to src/resolve/hclexpr*.c. */
#ifndef PG_HCLEXPR_IMPL_H
#define PG_HCLEXPR_IMPL_H

#include <jansson.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "resolve/hclexpr.h"

#define DEPTH_MAX 32
#define REF_MAX 256
#define WHY_MAX 256
#define ARGS_MAX 8
#define INEXACT_MAX 32
/* Names a `for` expression binds at once, nested ones counted. */
#define BOUND_MAX 8
/* Readings of `for` bodies one evaluation may make: nested ones over long
 * lists multiply, and a region expression needs a few dozen. */
#define FOR_READINGS_MAX 100000

typedef struct px {
  /* The grammar's top rule (hclexpr.c's), which hclfor.c reads a body
   * with: through the state, so that the files depend one way. */
  json_t *(*expr)(struct px *p);
  /* Its operand of a condition (hclexpr.c's `equal`), which hclcond.c
   * reads a condition's test with. */
  json_t *(*operand)(struct px *p);
  const char *s;
  size_t i;
  hclexpr_lookup lookup;
  hclexpr_read read;  /* NULL: file() is unknown */
  void *ctx;
  char *why;        /* where the reason of the latest unknown goes */
  size_t why_len;
  int bad;          /* a form not understood: the reason is in why */
  int plain;        /* only literals, constructors and references are
                       understood (hclexpr_structure) */
  int erred;        /* an error terraform would raise (no such key or
                       element), which try() catches; else NULL is unknown */
  /* Values a lookup gave that are not exact (a variable's), and what was
   * taken from them: a part missing from one may be one its variable's
   * type adds (an optional() default), so it is unknown, not an error.
   * Past INEXACT_MAX every value counts as one. */
  const json_t *inexact[INEXACT_MAX];
  size_t n_inexact;
  unsigned depth;
  unsigned char arg_erred[ARGS_MAX];  /* of each argument of the call made */
  /* The names `for` expressions bind (borrowed from s, not NUL-ended) and
   * their values (borrowed from the collection: NULL while the body is
   * only read past, for an empty or unknown one), innermost last. */
  const char *bound[BOUND_MAX];
  size_t bound_len[BOUND_MAX];
  json_t *bound_value[BOUND_MAX];
  size_t n_bound;
  unsigned long readings;  /* of `for` bodies so far */
} px;

static inline void hx_say(px *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline void hx_say(px *p, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(p->why, p->why_len, fmt, ap);
  va_end(ap);
}

/* A form not understood: the whole expression is not evaluated. */
static inline json_t *hx_not_understood(px *p, const char *what) {
  if (!p->bad) hx_say(p, "%s, which plangraph does not evaluate", what);
  p->bad = 1;
  return NULL;
}

/* A form plain text (hclexpr_structure) does not have: drop (the value
 * read so far) is freed. */
static inline json_t *hx_refuse(px *p, json_t *drop, const char *what) {
  json_decref(drop);
  return hx_not_understood(p, what);
}

/* v as a condition: 1 or 0, terraform converting "true" and "false"; -1
 * for anything else (or unknown). */
static inline int hx_as_bool(json_t *v) {
  if (json_is_boolean(v)) return json_is_true(v);
  const char *t = json_string_value(v);
  if (t && strcmp(t, "true") == 0) return 1;
  if (t && strcmp(t, "false") == 0) return 0;
  return -1;
}

static inline void hx_blanks(px *p) {
  while (p->s[p->i] == ' ' || p->s[p->i] == '\t') p->i++;
}

static inline int hx_ident_char(char c, int first) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         (!first && ((c >= '0' && c <= '9') || c == '-'));
}

static inline size_t hx_ident_len(const char *s) {
  size_t n = 0;
  if (!hx_ident_char(s[0], 1)) return 0;
  while (hx_ident_char(s[n], n == 0)) n++;
  return n;
}

/* Terraform's collection functions and format() (hclcoll.c): each over
 * the call's n argument values (NULL: unknown), a new reference or NULL
 * with the reason said. */
json_t *hx_fn_keys(px *p, json_t **a, size_t n);
json_t *hx_fn_values(px *p, json_t **a, size_t n);
json_t *hx_fn_one(px *p, json_t **a, size_t n);
json_t *hx_fn_sort(px *p, json_t **a, size_t n);
json_t *hx_fn_tolist(px *p, json_t **a, size_t n);
json_t *hx_fn_toset(px *p, json_t **a, size_t n);
json_t *hx_fn_distinct(px *p, json_t **a, size_t n);
json_t *hx_fn_setsubtract(px *p, json_t **a, size_t n);
json_t *hx_fn_flatten(px *p, json_t **a, size_t n);
json_t *hx_fn_concat(px *p, json_t **a, size_t n);
json_t *hx_fn_compact(px *p, json_t **a, size_t n);
json_t *hx_fn_format(px *p, json_t **a, size_t n);

/* substr and replace (hclstring.c), file, jsondecode and yamldecode
 * (hcldecode.c), as the above. */
json_t *hx_fn_substr(px *p, json_t **a, size_t n);
json_t *hx_fn_replace(px *p, json_t **a, size_t n);
json_t *hx_fn_file(px *p, json_t **a, size_t n);
json_t *hx_fn_jsondecode(px *p, json_t **a, size_t n);
json_t *hx_fn_yamldecode(px *p, json_t **a, size_t n);

/* A `for` expression (cursor at "for", inside the bracket `close` ends,
 * ']' or '}'): its value, the cursor past the bracket; NULL when unknown
 * or not understood. hx_is_for: whether one starts at the cursor. */
int hx_is_for(px *p);
json_t *hx_for(px *p, char close);

/* hclcond.c: a lookup that gives no value and records nothing (reading
 * text past); whether `C ? A : B` starts at the cursor (C in any form
 * understood), read past with no lookup; and, in plain text, such a
 * condition read: {HCLEXPR_ALTERNATIVES: [A, B]}, or NULL (p->bad). */
json_t *hx_no_value(void *ctx, const char *ref, char *why, size_t why_len, int *how);
int hx_condition_ahead(px *p);
json_t *hx_alternatives(px *p);
/* The value a name bound by an enclosing `for` has (borrowed; NULL, with
 * *found set, while the body is only read past), the name n bytes at s. */
json_t *hx_bound(const px *p, const char *s, size_t n, int *found);

#endif
