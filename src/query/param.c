/* Parsing a --param value's text by the parameter's declared type (see
 * param.h): one function for the set that validates and the evaluator
 * that uses the value. */
#include "query/param.h"

#include <stdlib.h>
#include <string.h>

/* A whole number: strtod must read all of a non-empty text. */
static int parse_number(const char *s, double *out) {
  char *end;
  *out = strtod(s, &end);
  return *s && !*end;
}

/* The comma-separated elements of text, trimmed of spaces, as strings or
 * numbers. */
static int parse_list(const char *text, int numbers, arena *mem, qvalue *out) {
  size_t n = *text ? 1 : 0;
  for (const char *c = text; *c; c++) n += *c == ',';
  qlist *l = qv_list_new(mem, n);
  if (!l) return PG_ERR_NOMEM;
  const char *c = text;
  for (size_t i = 0; i < n; i++) {
    const char *comma = strchr(c, ',');
    size_t len = comma ? (size_t)(comma - c) : strlen(c);
    while (len && *c == ' ') c++, len--;
    while (len && c[len - 1] == ' ') len--;
    if (!numbers) {
      l->items[i] = qv_str(mem, c, len);
    } else {
      char *num = arena_strndup(mem, c, len);
      double d;
      if (!num) return PG_ERR_NOMEM;
      if (!parse_number(num, &d)) return PG_ERR_PARSE;
      l->items[i] = qv_num(d);
    }
    c = comma ? comma + 1 : c + len;
  }
  out->kind = QV_LIST;
  out->sensitive = 0;
  out->u.list = l;
  return PG_OK;
}

int qparam_parse(qparam_type t, const char *text, arena *mem, qvalue *out) {
  double d;
  switch (t) {
  case PT_STRING:
    *out = qv_str(mem, text, strlen(text)); /* "" when out of memory, as any qv_str */
    return PG_OK;
  case PT_NUMBER:
    if (!parse_number(text, &d)) return PG_ERR_PARSE;
    *out = qv_num(d);
    return PG_OK;
  case PT_BOOL:
    if (strcmp(text, "true") != 0 && strcmp(text, "false") != 0) return PG_ERR_PARSE;
    *out = qv_bool(strcmp(text, "true") == 0);
    return PG_OK;
  case PT_LIST_STRING:
  case PT_LIST_NUMBER:
    return parse_list(text, t == PT_LIST_NUMBER, mem, out);
  }
  return PG_ERR_PARSE;
}
