/* The operators on values that expressions apply once their operands are
 * evaluated: arithmetic and concatenation, comparison, regular-expression
 * match and `in`. They read values only and never evaluate an expression,
 * so the evaluator's recursion (eval_expr.c) stays in one file. */
#include "query/operators.h"
#include "query/regex.h"

#include <string.h>

/* Whether s matches; matching costs steps by the length of s. */
static int regex_test(qeval *ev, const qnode *pattern_node, qvalue pattern, qvalue s) {
  qregex *re = pattern_node->kind == N_STRING && pattern_node->regex
                  ? pattern_node->regex
                  : qeval_dynamic_regex(ev, pattern_node, pattern);
  if (!re) return 0;
  ev->steps += s.u.str.len / QEVAL_BYTES_PER_STEP;
  if (qeval_tick(ev) != PG_OK) return 0;
  if (!ev->re_scratch && !(ev->re_scratch = qregex_scratch_new()))
    return qeval_fail(ev, PG_ERR_NOMEM, "out of memory"), 0;
  char why[200];
  int m = qregex_match(re, ev->re_scratch, s.u.str.s, s.u.str.len, why, sizeof why);
  if (m == -2) return qeval_fail(ev, PG_ERR_NOMEM, "out of memory"), 0;
  if (m < 0) return qeval_fail_at(ev, pattern_node, PG_ERR_LIMIT, "regular expression %s", why), 0;
  return m;
}

qvalue qop_in(qeval *ev, qvalue a, qvalue b) {
  if (a.kind == QV_UNKNOWN || b.kind == QV_UNKNOWN) return qv_unknown();
  if (b.kind == QV_STR) {
    if (a.kind != QV_STR) return qv_bool(0);
    if (a.u.str.len > b.u.str.len) return qv_bool(0);
    for (size_t i = 0; i + a.u.str.len <= b.u.str.len; i++)
      if (memcmp(b.u.str.s + i, a.u.str.s, a.u.str.len) == 0) return qv_bool(1);
    return qv_bool(0);
  }
  if (b.kind == QV_JSON && a.kind == QV_STR) {
    qvalue keys = qv_keys(ev->mem, b);
    return qop_in(ev, a, keys);
  }
  qvalue l = qv_as_list(ev->mem, b);
  if (l.kind != QV_LIST) return qv_bool(0);
  int unknown = l.u.list->partial, found = 0;
  size_t i = 0;
  for (; i < l.u.list->n && !found; i++) {
    int e = qv_equal(ev->g, a, l.u.list->items[i]);
    if (e == 1) found = 1;
    if (e < 0) unknown = 1;
  }
  ev->steps += i / QEVAL_COMPARES_PER_STEP;
  return found ? qv_bool(1) : unknown ? qv_unknown() : qv_bool(0);
}

/* The node set of b when b is a long list of nodes that a query-level let
 * holds (memberset.h); else NULL, and `in` compares element by element. */
const member_set *qop_member_set(qeval *ev, qvalue b) {
  if (b.kind != QV_LIST || b.u.list->n < MEMBER_SET_MIN || !ev->globals) return NULL;
  size_t i = 0;
  while (i < ev->q->n_lets &&
         !(ev->globals[i].kind == QV_LIST && ev->globals[i].u.list == b.u.list))
    i++;
  if (i == ev->q->n_lets) return NULL;
  const member_set *m = member_sets_get(&ev->members, b.u.list, pg_graph_node_count(ev->g));
  return m && m->bits ? m : NULL;
}

qvalue qop_binary(qeval *ev, const qnode *n, qvalue a, qvalue b, int sens) {
  if (a.kind == QV_UNKNOWN || b.kind == QV_UNKNOWN) return qv_unknown();
  switch (n->op) {
  case T_PLUS:
    if (a.kind == QV_LIST || b.kind == QV_LIST) {
      qvalue x = qv_as_list(ev->mem, a), y = qv_as_list(ev->mem, b);
      if (x.kind != QV_LIST || y.kind != QV_LIST) return qv_null();
      size_t len = x.u.list->n + y.u.list->n;
      if (qeval_charge(ev, len * sizeof(qvalue)) != PG_OK) return qv_null();
      qlist *l = qv_list_new(ev->mem, len);
      if (!l) return qeval_fail(ev, PG_ERR_NOMEM, "out of memory"), qv_null();
      if (x.u.list->n) memcpy(l->items, x.u.list->items, x.u.list->n * sizeof *l->items);
      if (y.u.list->n)
        memcpy(l->items + x.u.list->n, y.u.list->items, y.u.list->n * sizeof *l->items);
      l->partial = x.u.list->partial | y.u.list->partial;
      qvalue v = {QV_LIST, (uint8_t)sens, 0, {0}};
      v.u.list = l;
      return v;
    }
    if (a.kind == QV_STR && b.kind == QV_STR) {
      if (qeval_charge(ev, a.u.str.len + b.u.str.len + 1) != PG_OK) return qv_null();
      char *s = arena_alloc(ev->mem, a.u.str.len + b.u.str.len + 1);
      if (!s) return qeval_fail(ev, PG_ERR_NOMEM, "out of memory"), qv_null();
      memcpy(s, a.u.str.s, a.u.str.len);
      memcpy(s + a.u.str.len, b.u.str.s, b.u.str.len);
      s[a.u.str.len + b.u.str.len] = '\0';
      qvalue v = {QV_STR, (uint8_t)sens, 0, {0}};
      v.u.str.s = s;
      v.u.str.len = a.u.str.len + b.u.str.len;
      return v;
    }
    /* fallthrough */
  case T_MINUS: case T_STAR: case T_SLASH: {
    if (a.kind != QV_NUM || b.kind != QV_NUM) return qv_null();
    if (a.u.num_text || b.u.num_text)  /* rounding it would be another number */
      return qeval_fail_at(ev, n, PG_ERR_LIMIT, "arithmetic on a number beyond double "
                           "precision (kept exact for comparisons only)"), qv_null();
    double x = a.u.num, y = b.u.num;
    double r = n->op == T_PLUS ? x + y : n->op == T_MINUS ? x - y : n->op == T_STAR ? x * y
               : y != 0 ? x / y : 0;
    if (n->op == T_SLASH && y == 0) return qv_null();
    return qv_derived(qv_num(r), sens);
  }
  case T_EQ: case T_NE: {
    int e = qv_equal(ev->g, a, b);
    if (e < 0) return qv_unknown();
    return qv_bool(n->op == T_EQ ? e : !e);
  }
  case T_LT: case T_LE: case T_GT: case T_GE: {
    int ok, c = qv_compare(a, b, &ok);
    if (!ok) return qv_bool(0);
    return qv_bool(n->op == T_LT ? c < 0 : n->op == T_LE ? c <= 0 : n->op == T_GT ? c > 0 : c >= 0);
  }
  case T_MATCH: case T_NOMATCH: {
    if (a.kind != QV_STR || b.kind != QV_STR) return qv_bool(n->op == T_NOMATCH);
    int m = regex_test(ev, n->b, b, a);
    return qv_bool(n->op == T_MATCH ? m : !m);
  }
  }
  return qv_null();
}
