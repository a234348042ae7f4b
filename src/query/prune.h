/* Join pruning for checks: the conjuncts of a check's `where`, each tested
 * as soon as the generators it reads are bound, so that a cross product of
 * generators is cut by its join condition before the later generators
 * multiply it (`where own != peer` before the route tables are walked). */
#ifndef PG_PRUNE_H
#define PG_PRUNE_H

#include "query/eval_expr.h"

/* One conjunct of a `where` and the generator count it waits for. */
typedef struct prune_term {
  const qnode *expr;
  size_t level;          /* test it once gens[0..level) are bound */
} prune_term;

typedef struct prune_plan {
  prune_term *terms;     /* malloc'd; the conjuncts worth testing early */
  size_t n;
  int keep_unknown;      /* a check's: an unknown conjunct keeps the
                            binding (a `match` needs every one true) */
} prune_plan;

/* Plans k's pruning: the conjuncts of k->where that read only the
 * generators before the last. 0, or -1 when out of memory (no plan). */
int prune_plan_make(prune_plan *p, const qcheck *k);
void prune_plan_free(prune_plan *p);

/* gens_run's prune callback (arg: a prune_plan): 1 when every conjunct due
 * at `level` holds (or, with keep_unknown, is unknown), 0 when one is false
 * (or, without it, unknown): the full `where` would not keep the binding
 * either; or the evaluator's error. */
int prune_test(qeval *ev, void *arg, size_t level);

#endif
