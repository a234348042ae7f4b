/* A few Terraform expressions, evaluated from their text (hclexpr.h).
 * Recursive descent, one function per level of precedence:
 *
 *   expr    := equal ( '?' expr ':' expr )?
 *   equal   := unary ( ('==' | '!=') unary )?
 *   unary   := '!' unary | '-' unary | postfix
 *   postfix := primary ( '[' expr ']' | '.' NAME )*
 *   primary := '(' expr ')' | STRING | INTEGER | true | false | null
 *            | '[' ( expr ( ',' expr )* ','? )? ']'
 *            | '{' ( KEY ('=' | ':') expr ','? )* '}'
 *            | '[' FOR ']' | '{' FOR '}'   (hclfor.c)
 *            | NAME '(' expr (',' expr)* ')' | REFERENCE | NAME a FOR binds
 *
 * with the functions coalesce, lookup, element, lower, upper, split, join,
 * trimspace, merge and try here, and those hclcoll.c, hclstring.c and
 * hcldecode.c define.
 *
 * A form outside this grammar is "not understood" (bad), which no value
 * can mend; a value the lookup cannot give is unknown, which only matters
 * when the expression needs it (a condition's branch not taken does not).
 */
#include "resolve/hclexpr.h"
#include "resolve/hclexpr_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *hx_expr(px *p);

/* A reference at s (NAME, then .NAME, [DIGITS] or ["TEXT"] steps), copied
 * to out; its length in s, or 0 when there is none or it does not fit. */
size_t hclexpr_reference_at(const char *s, char *out, size_t cap) {
  size_t i = hx_ident_len(s), o = 0;
  if (i == 0) return 0;
  int steps = 0;
  for (;;) {
    size_t step = 0;
    if (s[i] == '.' && hx_ident_len(s + i + 1)) {
      step = 1 + hx_ident_len(s + i + 1);
    } else if (s[i] == '[' && s[i + 1] >= '0' && s[i + 1] <= '9') {
      step = 1;
      while (s[i + step] >= '0' && s[i + step] <= '9') step++;
      if (s[i + step] != ']') return 0;
      step++;
    } else if (s[i] == '[' && s[i + 1] == '"') {
      step = 2;
      while (s[i + step] && s[i + step] != '"' && s[i + step] != '\\' && s[i + step] != '$')
        step++;
      if (s[i + step] != '"' || s[i + step + 1] != ']') return 0;
      step += 2;
    }
    if (!step) break;
    i += step;
    steps++;
  }
  if (steps == 0 || i >= cap) return 0;  /* a bare word is no reference */
  memcpy(out + o, s, i);
  out[i] = '\0';
  return i;
}

/* "${REF}" at s (the quote): the reference's length inside, its start in
 * *at; 0 when the string is anything else. */
static size_t whole_template(const char *s, size_t *at, char *ref, size_t cap) {
  if (strncmp(s, "\"${", 3) != 0) return 0;
  size_t i = 3;
  while (s[i] == ' ') i++;
  size_t n = hclexpr_reference_at(s + i, ref, cap);
  if (!n) return 0;
  size_t e = i + n;
  while (s[e] == ' ') e++;
  if (strncmp(s + e, "}\"", 2) != 0) return 0;
  *at = e + 2;
  return n;
}


static void mark_inexact(px *p, const json_t *v) {
  if (v && p->n_inexact <= INEXACT_MAX) {
    if (p->n_inexact < INEXACT_MAX) p->inexact[p->n_inexact] = v;
    p->n_inexact++;
  }
}

static int is_inexact(const px *p, const json_t *v) {
  if (p->n_inexact > INEXACT_MAX) return 1;
  for (size_t i = 0; i < p->n_inexact; i++)
    if (p->inexact[i] == v) return 1;
  return 0;
}

/* The value of reference ref, through the caller's lookup. */
static json_t *look(px *p, const char *ref) {
  int how = 0, found = 0;
  hx_bound(p, ref, hx_ident_len(ref), &found);
  if (found) {  /* "${v.region}" in a `for` body: the expression v.region */
    const char *s = p->s;
    size_t i = p->i;
    p->s = ref;
    p->i = 0;
    json_t *v = hx_expr(p);
    p->s = s;
    p->i = i;
    return v;
  }
  json_t *v = p->lookup(p->ctx, ref, p->why, p->why_len, &how);
  if (how & HCLEXPR_MISSING) p->erred = 1;
  if (!(how & HCLEXPR_EXACT)) mark_inexact(p, v);
  return v;
}

/* A template's ${REF} (cursor past "${"): the reference's string, appended
 * to buf; 0 when it is unknown (said) or not a string, -1 when the form is
 * not understood. */
static int interpolate(px *p, char *buf, size_t *n, size_t cap) {
  char ref[REF_MAX];
  hx_blanks(p);
  size_t rn = hclexpr_reference_at(p->s + p->i, ref, sizeof ref);
  if (!rn) {  /* "${r}", r a name a `for` binds */
    size_t name = hx_ident_len(p->s + p->i);
    int bound = 0;
    if (name && name < sizeof ref) hx_bound(p, p->s + p->i, name, &bound);
    if (bound) {
      memcpy(ref, p->s + p->i, name);
      ref[name] = '\0';
      rn = name;
    }
  }
  p->i += rn;
  hx_blanks(p);
  if (!rn || p->s[p->i] != '}') return -1;
  p->i++;
  json_t *v = look(p, ref);
  /* terraform writes a number or a bool into a template as its text */
  char text[32];
  const char *part = json_string_value(v);
  size_t len = part ? json_string_length(v) : 0;
  if (json_is_integer(v)) {
    len = (size_t)snprintf(text, sizeof text, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    part = text;
  } else if (json_is_boolean(v)) {
    part = json_is_true(v) ? "true" : "false";
    len = strlen(part);
  }
  int ok = part && *n + len < cap;
  if (ok) {
    memcpy(buf + *n, part, len);
    *n += len;
  } else if (v) {
    hx_say(p, "%s is no string", ref);
  }
  json_decref(v);
  return ok;
}

/* "TEXT": its escapes \" and \\, and ${REF} parts (a whole "${REF}" is the
 * reference's value, whatever its type). */
static json_t *string_literal(px *p) {
  char ref[REF_MAX];
  size_t end;
  if (whole_template(p->s + p->i, &end, ref, sizeof ref)) {
    p->i += end;
    return look(p, ref);
  }
  char buf[REF_MAX];
  size_t n = 0;
  int known = 1;
  p->i++;
  for (; p->s[p->i] && p->s[p->i] != '"'; p->i++) {
    char c = p->s[p->i];
    if ((c == '$' || c == '%') && p->s[p->i + 1] == c && p->s[p->i + 2] == '{') {
      p->i++;  /* $${ and %%{ are the text ${ and %{ */
      if (n + 1 >= sizeof buf) return hx_not_understood(p, "a long string");
      buf[n++] = c;
      continue;
    }
    if (c == '$' && p->s[p->i + 1] == '{') {
      p->i += 2;
      int ok = interpolate(p, buf, &n, sizeof buf);
      if (ok < 0) return hx_not_understood(p, "a string template");
      known &= ok;
      p->i--;  /* the loop steps past the '}' */
      continue;
    }
    if (c == '%' && p->s[p->i + 1] == '{') return hx_not_understood(p, "a string template");
    if (c == '\\') {
      c = p->s[++p->i];
      if (c != '"' && c != '\\') return hx_not_understood(p, "a string escape");
    }
    if (n + 1 >= sizeof buf) return hx_not_understood(p, "a long string");
    buf[n++] = c;
  }
  if (p->s[p->i] != '"') return hx_not_understood(p, "an unterminated string");
  p->i++;
  return known ? json_stringn(buf, n) : NULL;
}

/* coalesce(...): the first argument that is neither null nor "", as
 * terraform's; unknown when an unknown one comes first. */
static json_t *fn_coalesce(px *p, json_t **a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (!a[i]) return NULL;
    if (!json_is_null(a[i]) && !(json_is_string(a[i]) && json_string_length(a[i]) == 0))
      return json_incref(a[i]);
  }
  hx_say(p, "every argument of coalesce() is null or empty");
  return NULL;
}

/* v[k]: a map's member by a string key, or a list's element by an
 * integer; none (NULL, said) when v has no such part. */
/* k as a list index: an integer, or a string of digits (terraform
 * converts it); -1 when it is neither. */
static long long index_of(json_t *k) {
  if (json_is_integer(k)) return json_integer_value(k) >= 0 ? json_integer_value(k) : -1;
  const char *t = json_string_value(k);
  if (!t || !*t || strlen(t) > 9 || strspn(t, "0123456789") != strlen(t)) return -1;
  return atoll(t);
}

static json_t *part_of(px *p, json_t *v, json_t *k) {
  json_t *out = NULL;
  char digits[32];
  if (json_is_object(v) && json_is_integer(k)) {
    /* terraform converts a number used as a map key to its string */
    snprintf(digits, sizeof digits, "%" JSON_INTEGER_FORMAT, json_integer_value(k));
    out = json_object_get(v, digits);
  } else if (json_is_object(v) && json_is_string(k)) out = json_object_get(v, json_string_value(k));
  else if (json_is_array(v) && index_of(k) >= 0) out = json_array_get(v, (size_t)index_of(k));
  if (!out) {
    hx_say(p, "the value indexed has no such part");
    p->erred = !is_inexact(p, v);
  } else if (is_inexact(p, v)) {
    mark_inexact(p, out);
  }
  return json_incref(out);
}

/* lookup(MAP, KEY[, DEFAULT]). */
static json_t *fn_lookup(px *p, json_t **a, size_t n) {
  if (!a[0] || !a[1]) return NULL;
  if (json_is_object(a[0]) && json_is_string(a[1]) &&
      json_object_get(a[0], json_string_value(a[1])))
    return json_incref(json_object_get(a[0], json_string_value(a[1])));
  if (n == 3) return json_incref(a[2]);
  hx_say(p, "lookup() finds no such key");
  p->erred = !is_inexact(p, a[0]);
  return NULL;
}

/* element(LIST, INDEX): terraform wraps the index around the list. */
static json_t *fn_element(px *p, json_t **a, size_t n) {
  (void)n;
  if (!a[0] || !a[1]) return NULL;
  if (!json_is_array(a[0]) || !json_array_size(a[0]) || !json_is_integer(a[1]) ||
      json_integer_value(a[1]) < 0) {
    hx_say(p, "element() of no list, or by no index");
    return NULL;
  }
  return json_incref(
      json_array_get(a[0], (size_t)json_integer_value(a[1]) % json_array_size(a[0])));
}

/* lower(S) and upper(S), of ASCII letters (a region's name has no other). */
static json_t *change_case(px *p, json_t *a, int upper) {
  if (!a) return NULL;
  if (!json_is_string(a)) {
    hx_say(p, "%s() of a value that is no string", upper ? "upper" : "lower");
    return NULL;
  }
  char *t = strdup(json_string_value(a));
  if (!t) return NULL;
  for (char *c = t; *c; c++)
    if (upper ? (*c >= 'a' && *c <= 'z') : (*c >= 'A' && *c <= 'Z')) *c ^= 0x20;
  json_t *out = json_string(t);
  free(t);
  return out;
}

static json_t *fn_lower(px *p, json_t **a, size_t n) {
  (void)n;
  return change_case(p, a[0], 0);
}

static json_t *fn_upper(px *p, json_t **a, size_t n) {
  (void)n;
  return change_case(p, a[0], 1);
}

/* split(SEPARATOR, S): the list of S's parts. */
static json_t *fn_split(px *p, json_t **a, size_t n) {
  (void)n;
  if (!a[0] || !a[1]) return NULL;
  const char *sep = json_string_value(a[0]), *t = json_string_value(a[1]);
  if (!sep || !t || !*sep) {
    hx_say(p, "split() of no string, or by an empty separator");
    return NULL;
  }
  json_t *out = json_array();
  size_t k = strlen(sep);
  for (const char *e; out; t = e + k) {
    e = strstr(t, sep);
    if (json_array_append_new(out, json_stringn(t, e ? (size_t)(e - t) : strlen(t))) != 0) {
      json_decref(out);
      return NULL;
    }
    if (!e) break;
  }
  return out;
}

/* join(SEPARATOR, LIST): the list's strings, the separator between. */
static json_t *fn_join(px *p, json_t **a, size_t n) {
  (void)n;
  if (!a[0] || !a[1]) return NULL;
  const char *sep = json_string_value(a[0]);
  if (!sep || !json_is_array(a[1])) {
    hx_say(p, "join() of no list, or by no string");
    return NULL;
  }
  char buf[REF_MAX];
  size_t k = 0, len = strlen(sep), i;
  json_t *e;
  json_array_foreach(a[1], i, e) {
    const char *t = json_string_value(e);
    size_t tl = t ? strlen(t) : 0;
    if (!t || k + tl + len + 1 >= sizeof buf) {
      hx_say(p, t ? "join() makes a long string" : "join() of a list with no strings");
      return NULL;
    }
    if (i) {
      memcpy(buf + k, sep, len);
      k += len;
    }
    memcpy(buf + k, t, tl);
    k += tl;
  }
  return json_stringn(buf, k);
}

/* trimspace(S): S without the blanks at either end. */
static json_t *fn_trimspace(px *p, json_t **a, size_t n) {
  (void)n;
  if (!a[0]) return NULL;
  const char *t = json_string_value(a[0]);
  if (!t) {
    hx_say(p, "trimspace() of a value that is no string");
    return NULL;
  }
  size_t b = strspn(t, " \t\r\n"), e = strlen(t);
  while (e > b && strchr(" \t\r\n", t[e - 1])) e--;
  return json_stringn(t + b, e - b);
}

/* merge(A, B, ...): the maps' members, a later one's winning; a null
 * argument adds none. */
static json_t *fn_merge(px *p, json_t **a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (!a[i]) return NULL;
    if (!json_is_object(a[i]) && !json_is_null(a[i])) {
      hx_say(p, "merge() of a value that is no map");
      return NULL;
    }
  }
  json_t *out = json_object();
  for (size_t i = 0; out && i < n; i++)
    if (json_is_object(a[i]) && json_object_update(out, a[i]) != 0) {
      json_decref(out);
      out = NULL;
    }
  return out;
}

/* try(A, B, ...): the first argument evaluated without an error (erred:
 * a key or element that is not there); an unknown argument before any
 * such one makes it unknown, as terraform's try() of an unknown value is. */
static json_t *fn_try(px *p, json_t **a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (a[i]) return json_incref(a[i]);
    if (!p->arg_erred[i]) return NULL;
  }
  hx_say(p, "every argument of try() fails");
  return NULL;
}

static const struct {
  const char *name;
  size_t min, max;
  json_t *(*fn)(px *p, json_t **a, size_t n);
} functions[] = {
    {"coalesce", 1, ARGS_MAX, fn_coalesce},
    {"lookup", 2, 3, fn_lookup},
    {"element", 2, 2, fn_element},
    {"lower", 1, 1, fn_lower},
    {"upper", 1, 1, fn_upper},
    {"split", 2, 2, fn_split},
    {"try", 1, ARGS_MAX, fn_try},
    {"merge", 1, ARGS_MAX, fn_merge},
    {"join", 2, 2, fn_join},
    {"trimspace", 1, 1, fn_trimspace},
    {"keys", 1, 1, hx_fn_keys},
    {"values", 1, 1, hx_fn_values},
    {"one", 1, 1, hx_fn_one},
    {"sort", 1, 1, hx_fn_sort},
    {"tolist", 1, 1, hx_fn_tolist},
    {"toset", 1, 1, hx_fn_toset},
    {"distinct", 1, 1, hx_fn_distinct},
    {"setsubtract", 2, 2, hx_fn_setsubtract},
    {"flatten", 1, 1, hx_fn_flatten},
    {"concat", 1, ARGS_MAX, hx_fn_concat},
    {"compact", 1, 1, hx_fn_compact},
    {"format", 1, ARGS_MAX, hx_fn_format},
    {"substr", 3, 3, hx_fn_substr},
    {"replace", 3, 3, hx_fn_replace},
    {"file", 1, 1, hx_fn_file},
    {"jsondecode", 1, 1, hx_fn_jsondecode},
    {"yamldecode", 1, 1, hx_fn_yamldecode},
};

/* NAME(ARGS) with the cursor at its '(': the function's value. */
static json_t *call(px *p, const char *name, size_t len) {
  size_t f = 0, nf = sizeof functions / sizeof *functions;
  while (f < nf && !(strlen(functions[f].name) == len && strncmp(functions[f].name, name, len) == 0))
    f++;
  if (f == nf) {
    char what[64];
    snprintf(what, sizeof what, "a call of %.*s()", (int)(len < 40 ? len : 40), name);
    return hx_not_understood(p, what);
  }
  json_t *a[ARGS_MAX];
  unsigned char erred[ARGS_MAX];
  size_t n = 0;
  p->i++;  /* ( */
  int outer_erred = p->erred;
  for (;;) {
    p->erred = 0;
    json_t *v = hx_expr(p);
    if (p->bad || n == ARGS_MAX) {
      json_decref(v);
      break;
    }
    erred[n] = (unsigned char)p->erred;
    a[n++] = v;
    hx_blanks(p);
    if (p->s[p->i] == ',') {
      p->i++;
    } else {
      if (p->s[p->i] == ')') p->i++;
      else hx_not_understood(p, "a function call it cannot read");
      break;
    }
  }
  json_t *out = NULL;
  memcpy(p->arg_erred, erred, n);
  /* An argument's error is the call's (try() catches all but the last). */
  int any_erred = memchr(erred, 1, n) != NULL;
  int is_try = functions[f].fn == fn_try;
  p->erred = 0;
  if (!p->bad && n >= functions[f].min && n <= functions[f].max)
    out = functions[f].fn(p, a, n);
  else if (!p->bad)
    hx_not_understood(p, "a function call with other arguments");
  p->erred = outer_erred || (is_try ? !out && n && erred[n - 1] : any_erred || p->erred);
  for (size_t i = 0; out && i < n; i++)
    if (is_inexact(p, a[i])) mark_inexact(p, out);
  for (size_t i = 0; i < n; i++) json_decref(a[i]);
  return out;
}

/* Skips blanks, then one ',' (and the blanks after it) if there is one. */
static void separator(px *p) {
  hx_blanks(p);
  if (p->s[p->i] == ',') p->i++;
  hx_blanks(p);
}

/* The end of a list or map literal out (cursor at its closing bracket,
 * `close`): out, or NULL (released) when a member is unknown (known 0) or
 * the form is not understood. */
static json_t *close_literal(px *p, json_t *out, int known, char close, const char *unclosed) {
  if (!p->bad && p->s[p->i] != close) hx_not_understood(p, unclosed);
  if (!p->bad) p->i++;
  if (p->bad || !known) {
    json_decref(out);
    return NULL;
  }
  return out;
}

/* [A, B, ...] (cursor at '['): a list of the values, or NULL when one is
 * unknown. */
static json_t *tuple_literal(px *p) {
  p->i++;
  if (hx_is_for(p)) return p->plain ? hx_not_understood(p, "a for expression") : hx_for(p, ']');
  json_t *out = json_array();
  int known = 1;
  hx_blanks(p);
  while (!p->bad && p->s[p->i] && p->s[p->i] != ']') {
    json_t *v = hx_expr(p);
    known &= v != NULL;
    if (v && json_array_append_new(out, v) != 0) known = 0;
    separator(p);
  }
  return close_literal(p, out, known, ']', "an unclosed list");
}

/* An object's key (cursor at it): a bare name, digits or a "string"
 * without templates, into key; 0 when it is none of these. */
static int object_key(px *p, char *key, size_t cap) {
  const char *s = p->s + p->i;
  size_t n = hx_ident_len(s);
  if (!n) n = strspn(s, "0123456789");  /* { 1 = "eu-west-1" }: the key "1" */
  if (n && n < cap) {
    memcpy(key, s, n);
    key[n] = '\0';
    p->i += n;
    return 1;
  }
  if (*s != '"') return 0;
  n = strcspn(s + 1, "\"\\$");
  if (s[1 + n] != '"' || n >= cap) return 0;
  memcpy(key, s + 1, n);
  key[n] = '\0';
  p->i += n + 2;
  return 1;
}

/* { KEY = VALUE, ... } (cursor at '{', members apart by ',' or by the line
 * breaks the kept text turned into blanks): an object, or NULL when a
 * value is unknown. */
static json_t *object_literal(px *p) {
  p->i++;
  if (hx_is_for(p)) return p->plain ? hx_not_understood(p, "a for expression") : hx_for(p, '}');
  json_t *out = json_object();
  int known = 1;
  hx_blanks(p);
  while (!p->bad && p->s[p->i] && p->s[p->i] != '}') {
    char key[REF_MAX];
    if (!object_key(p, key, sizeof key)) {
      hx_not_understood(p, "an object key");
      break;
    }
    hx_blanks(p);
    if (p->s[p->i] != '=' && p->s[p->i] != ':') {
      hx_not_understood(p, "an object member without '='");
      break;
    }
    p->i++;
    json_t *v = hx_expr(p);
    known &= v != NULL;
    if (v && json_object_set_new(out, key, v) != 0) known = 0;
    separator(p);
  }
  return close_literal(p, out, known, '}', "an unclosed object");
}

static json_t *primary(px *p) {
  hx_blanks(p);
  const char *s = p->s + p->i;
  if (*s == '(') {
    p->i++;
    json_t *v = hx_expr(p);
    hx_blanks(p);
    if (p->s[p->i] != ')') {
      json_decref(v);
      return hx_not_understood(p, "an unclosed parenthesis");
    }
    p->i++;
    return v;
  }
  if (*s == '"') return string_literal(p);
  if (*s == '[') return tuple_literal(p);
  if (*s == '{') return object_literal(p);
  if (*s >= '0' && *s <= '9') {
    json_int_t k = 0;
    while (p->s[p->i] >= '0' && p->s[p->i] <= '9' && k < 1000000) k = k * 10 + (p->s[p->i++] - '0');
    if (p->s[p->i] == '.' || (p->s[p->i] >= '0' && p->s[p->i] <= '9'))
      return hx_not_understood(p, "a number that is no small integer");
    return json_integer(k);
  }
  size_t n = hx_ident_len(s);
  int found = 0;
  json_t *b = n ? hx_bound(p, s, n, &found) : NULL;
  if (found && s[n] != '(') {  /* a name a `for` binds; its steps: postfix */
    p->i += n;
    return json_incref(b);
  }
  char ref[REF_MAX];
  size_t rn = hclexpr_reference_at(s, ref, sizeof ref);
  if (!rn && n == 4 && strncmp(s, "true", 4) == 0) return p->i += 4, json_true();
  if (!rn && n == 5 && strncmp(s, "false", 5) == 0) return p->i += 5, json_false();
  if (!rn && n == 4 && strncmp(s, "null", 4) == 0) return p->i += 4, json_null();
  if (!rn && n && s[n] == '(') {
    if (p->plain) return hx_not_understood(p, "a function call");
    p->i += n;
    return call(p, s, n);
  }
  if (!rn) return hx_not_understood(p, "an operator or value");
  p->i += rn;
  if (strncmp(p->s + p->i, "...", 3) == 0) return hx_not_understood(p, "an argument expansion (...)");
  if (p->s[p->i] == '.' || (p->s[p->i] == '[' && p->s[p->i + 1] == '*'))
    return hx_not_understood(p, "a splat");
  return look(p, ref);
}

/* A value, then any [INDEX] or .NAME after it. */
static json_t *postfix(px *p) {
  json_t *v = primary(p);
  while (!p->bad && (p->s[p->i] == '[' || (p->s[p->i] == '.' && hx_ident_len(p->s + p->i + 1)))) {
    if (p->plain) return hx_refuse(p, v, "an index by an expression");
    json_t *k;
    if (p->s[p->i] == '.') {
      size_t n = hx_ident_len(p->s + p->i + 1);
      k = json_stringn(p->s + p->i + 1, n);
      p->i += 1 + n;
    } else {
      p->i++;
      k = hx_expr(p);
      hx_blanks(p);
      if (!p->bad && p->s[p->i] != ']') hx_not_understood(p, "an unclosed index");
      if (!p->bad) p->i++;
    }
    json_t *out = !p->bad && v && k ? part_of(p, v, k) : NULL;
    json_decref(v);
    json_decref(k);
    v = out;
  }
  return v;
}

static json_t *unary(px *p) {
  hx_blanks(p);
  if (p->plain && (p->s[p->i] == '-' || (p->s[p->i] == '!' && p->s[p->i + 1] != '=')))
    return hx_not_understood(p, "an operator");
  if (p->s[p->i] == '-') {  /* a negative whole number: substr(z, -1, 1) */
    p->i++;
    json_t *v = unary(p);
    json_t *out = json_is_integer(v) ? json_integer(-json_integer_value(v)) : NULL;
    if (v && !out) hx_say(p, "- of a value that is no whole number");
    json_decref(v);
    return out;
  }
  if (p->s[p->i] != '!' || p->s[p->i + 1] == '=') return postfix(p);
  p->i++;
  json_t *v = unary(p);
  if (!v) return NULL;
  json_t *out = json_is_boolean(v) ? json_boolean(!json_is_true(v)) : NULL;
  if (!out) hx_say(p, "! of a value that is not true or false");
  json_decref(v);
  return out;
}


/* A string that reads as the other value's type ("false" beside false,
 * "1" beside 1): whether terraform compares them equal depends on the
 * type the variable it came from declares, which plan JSON does not
 * record (a module argument "false" into a bool variable is false). */
static int type_depends(json_t *a, json_t *b) {
  if (json_is_string(b) && !json_is_string(a)) {
    json_t *t = a;
    a = b;
    b = t;
  }
  if (!json_is_string(a) || json_is_string(b)) return 0;
  if (json_is_boolean(b)) return hx_as_bool(a) >= 0;
  if (json_is_number(b)) {
    char *end;
    const char *t = json_string_value(a);
    (void)strtod(t, &end);
    return *t && !*end;
  }
  return 0;
}

static json_t *equal(px *p) {
  json_t *l = unary(p);
  hx_blanks(p);
  int eq = strncmp(p->s + p->i, "==", 2) == 0, ne = strncmp(p->s + p->i, "!=", 2) == 0;
  if (p->bad || (!eq && !ne)) return l;
  if (p->plain) return hx_refuse(p, l, "a comparison");
  p->i += 2;
  json_t *r = unary(p);
  json_t *out = NULL;
  if (l && r && type_depends(l, r))
    hx_say(p, "it compares a string with a value of another type; terraform converts one by the type its variable declares, which plan JSON does not record");
  else if (l && r)
    out = json_boolean(json_equal(l, r) == eq);
  json_decref(l);
  json_decref(r);
  return out;
}

/* One branch of a condition, its unknown's reason kept apart: a branch
 * not taken may be unknown at no cost. */
static json_t *branch(px *p, char *why) {
  char *saved = p->why;
  size_t saved_len = p->why_len;
  p->why = why;
  p->why_len = WHY_MAX;
  json_t *v = hx_expr(p);
  if (p->bad) snprintf(saved, saved_len, "%s", why);
  p->why = saved;
  p->why_len = saved_len;
  return v;
}

static json_t *hx_expr(px *p) {
  if (++p->depth > DEPTH_MAX) return hx_not_understood(p, "an expression nested too deep");
  if (p->plain && hx_condition_ahead(p)) {
    json_t *v = hx_alternatives(p);
    p->depth--;
    return v;
  }
  json_t *c = equal(p);
  hx_blanks(p);
  if (p->bad || p->s[p->i] != '?') {
    p->depth--;
    return c;
  }
  if (p->plain) return hx_refuse(p, c, "a condition");
  p->i++;
  char why_a[WHY_MAX] = "", why_b[WHY_MAX] = "";
  json_t *a = branch(p, why_a);
  hx_blanks(p);
  json_t *b = NULL;
  if (!p->bad && p->s[p->i] == ':') {
    p->i++;
    b = branch(p, why_b);
  } else if (!p->bad) {
    hx_not_understood(p, "a condition without ':'");
  }
  json_t *out = NULL;
  int flag = hx_as_bool(c);
  if (!p->bad && flag >= 0) {
    int take_a = flag;
    out = json_incref(take_a ? a : b);
    if (!out) hx_say(p, "%s", take_a ? why_a : why_b);
  } else if (!p->bad && c) {
    hx_say(p, "its condition is neither true nor false");
  }
  json_decref(a);
  json_decref(b);
  json_decref(c);
  p->depth--;
  return out;
}

int hclexpr_is_reference(const char *text) {
  char ref[REF_MAX];
  size_t end;
  if (whole_template(text, &end, ref, sizeof ref)) return text[end] == '\0';
  size_t n = hclexpr_reference_at(text, ref, sizeof ref);
  return n && text[n] == '\0';
}

static json_t *evaluate(const char *text, hclexpr_lookup lookup, hclexpr_read read, void *ctx,
                        int plain, char *why, size_t why_len) {
  px p = {.expr = hx_expr, .operand = equal, .s = text, .lookup = lookup, .read = read,
          .ctx = ctx, .why = why, .why_len = why_len, .plain = plain};
  if (why_len) why[0] = '\0';
  json_t *v = hx_expr(&p);
  hx_blanks(&p);
  if (!p.bad && p.s[p.i] != '\0') {
    json_decref(v);
    v = hx_not_understood(&p, "an operator or form");
  }
  if (p.bad) {
    json_decref(v);
    return NULL;
  }
  return v;
}

json_t *hclexpr_eval(const char *text, hclexpr_lookup lookup, hclexpr_read read, void *ctx,
                     char *why, size_t why_len) {
  return evaluate(text, lookup, read, ctx, 0, why, why_len);
}

json_t *hclexpr_structure(const char *text, hclexpr_lookup lookup, void *ctx, char *why,
                          size_t why_len) {
  return evaluate(text, lookup, NULL, ctx, 1, why, why_len);
}

int hclexpr_understood(const char *text) {
  char why[WHY_MAX];
  px p = {.expr = hx_expr, .operand = equal, .s = text, .lookup = hx_no_value,
          .why = why, .why_len = sizeof why};
  json_decref(hx_expr(&p));
  hx_blanks(&p);
  return !p.bad && p.s[p.i] == '\0';
}
