/* The built-in functions' metadata (name, arity, types, description) made
 * from the rows of builtins.h, without their implementations: the checker
 * and `plangraph list-functions` link this object alone. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bytes.h"
#include "plangraph/query.h"
#include "query/builtins.h"

const qfunc_info qfuncs[F_COUNT_] = {
#define X(id, name, mn, mx, ret, a1, a2, impl, doc) {name, mn, mx, ret, {a1, a2}, doc},
    PG_FUNCS(X)
#undef X
};

/* The functions' names in strcmp order, and their indexes, for
 * qfunc_find's search by halves (the checker looks up every call of every
 * query). */
static int by_name[F_COUNT_];
static const char *sorted_names[F_COUNT_];
static pthread_once_t by_name_once = PTHREAD_ONCE_INIT;

static int name_order(const void *a, const void *b) {
  return strcmp(qfuncs[*(const int *)a].name, qfuncs[*(const int *)b].name);
}

static void sort_names(void) {
  for (int i = 0; i < F_COUNT_; i++) by_name[i] = i;
  qsort(by_name, F_COUNT_, sizeof by_name[0], name_order);
  for (int i = 0; i < F_COUNT_; i++) sorted_names[i] = qfuncs[by_name[i]].name;
}

int qfunc_find(const char *name) {
  pthread_once(&by_name_once, sort_names);
  long i = bytes_find_sorted(sorted_names, F_COUNT_, name, strlen(name));
  return i < 0 ? -1 : by_name[i];
}

size_t pg_function_count(void) { return F_COUNT_; }

/* "name(type, [type]) -> type": optional arguments in brackets. */
static void signature(const qfunc_info *f, char *buf, size_t cap) {
  size_t n = (size_t)snprintf(buf, cap, "%s(", f->name);
  for (unsigned i = 0; i < f->max_args && n < cap; i++)
    n += (size_t)snprintf(buf + n, cap - n, "%s%s%s%s", i ? ", " : "",
                          i >= f->min_args ? "[" : "", vtype_name(f->args[i < 2 ? i : 1]),
                          i >= f->min_args ? "]" : "");
  if (n < cap) snprintf(buf + n, cap - n, ") -> %s", vtype_name(f->result));
}

int pg_function_get(size_t i, pg_function_info *out) {
  if (i >= F_COUNT_) return PG_ERR_NOT_FOUND;
  const qfunc_info *f = &qfuncs[i];
  out->name = f->name;
  out->min_args = f->min_args;
  out->max_args = f->max_args;
  out->doc = f->doc;
  signature(f, out->signature, sizeof out->signature);
  return PG_OK;
}
