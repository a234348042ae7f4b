/* The evaluator's recursive core (eval_expr.c), for the entry points in
 * qeval.c: evaluating an expression and running a list of generators. */
#ifndef PG_EVAL_EXPR_H
#define PG_EVAL_EXPR_H

#include "query/qeval.h"

/* qeval_expr for an expression that is not a leaf (below). */
qvalue qeval_expr_node(qeval *ev, const qnode *n);

/* Evaluates n in the current frame (ev->slots, ev->keys) into ev->mem. On
 * an error (ev->status) the value is null. A name, parameter or literal
 * is read, not evaluated: no step of its own (what reads it took one),
 * and, inline here, no call (about half the expressions evaluated). */
static inline qvalue qeval_expr(qeval *ev, const qnode *n) {
  if (ev->status != PG_OK) return qv_null();
  switch (n->kind) {
  case N_NAME:
    return n->u.name.query_let ? ev->globals[n->u.name.slot] : ev->slots[n->u.name.slot];
  case N_PARAM: return ev->params[n->u.param.index];
  case N_STRING:
  case N_NUMBER:
  case N_BOOL:
  case N_NULL: return qv_literal(n);
  default: return qeval_expr_node(ev, n);
  }
}

/* Called once per complete binding of the generators; a non-zero return
 * stops the walk and is returned by qeval_gens. */
typedef int (*cont_fn)(qeval *ev, void *arg);

/* A walk over generators gens[i..n), binding their slots in ev->slots. */
typedef struct gens_run {
  qnode *const *gens;  /* the generators (not owned) */
  size_t n;            /* how many */
  size_t i;            /* the one to run next */
  cont_fn k;           /* called at each complete binding */
  void *arg;           /* k's context */
  int gen_base;        /* trail base for render_path, or -1: no trail */
  /* Called before gens[i] with i > 0 generators bound (NULL: never): a
   * return other than 1 drops the partial binding (0) or stops (< 0). */
  int (*prune)(qeval *ev, void *arg, size_t level);
  void *prune_arg;
} gens_run;

/* Runs generators r->gens[r->i..r->n), calling r->k at each binding.
 * gen_base: the trail position base for patterns (render_path), or -1 to
 * record no trail. Returns 0 or the first non-zero return of r->k or the
 * evaluator's error. */
int qeval_gens(qeval *ev, gens_run *r);

#endif
