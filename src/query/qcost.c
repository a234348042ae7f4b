/* Query cost estimates (qquery_cost): about how many pattern starts a
 * query makes on a graph. A pattern with a bound node starts once, from
 * that node; any other from the instances of its most selective node (the
 * type index's counts; every node for one with no plain type). What a
 * generator binds multiplies the cost of what is evaluated per binding (its
 * filter, the comprehension's value, a check's body); a def costs what its
 * body costs, times the calls' multiplier. A list generator (`x in list`)
 * counts as one binding: its length is known only when it runs.
 *
 * Only the order in which a check run's workers take queries reads it
 * (the dearest first, so that the longest query does not start last while
 * the other core idles): an estimate that orders, never a result. */
#include "query/qcost.h"

#include <stdint.h>
#include <stdlib.h>

#include "query/pattern_anchor.h"

typedef struct coster {
  const pg_graph *g;
  const qquery *q;
  uint64_t *def_cost;      /* per def: its cost once, UINT64_MAX: not yet */
  unsigned char *busy;     /* per def: being costed (a recursive call adds 0) */
} coster;

static uint64_t add_sat(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }

static uint64_t mul_sat(uint64_t a, uint64_t b) {
  return a && b > UINT64_MAX / a ? UINT64_MAX : a * b;
}

/* The nodes an unbound node pattern would start from: a glob or a scan
 * of a kind, every node. */
static uint64_t node_candidates(const coster *c, const qnode *np) {
  size_t all = pg_graph_node_count(c->g);
  size_t n = qpattern_candidates(c->g, np, all);
  return n >= SIZE_MAX - 1 ? all : n;
}

/* The starts of one pattern: one from a bound node, else its cheapest. */
static uint64_t pattern_starts(const coster *c, const qnode *pat) {
  uint64_t best = UINT64_MAX;
  for (size_t i = 0; i < pat->n_items; i += 2) {
    const qnode *np = pat->items[i];
    if (np->u.node.bound) return 1;
    uint64_t n = node_candidates(c, np);
    if (n < best) best = n;
  }
  return best == UINT64_MAX ? 1 : best;
}

static uint64_t expr_cost(coster *c, const qnode *n, uint64_t mult);

static uint64_t def_cost(coster *c, int d) {
  if (d < 0 || (size_t)d >= c->q->n_defs || c->busy[d]) return 0;
  if (c->def_cost[d] != UINT64_MAX) return c->def_cost[d];
  const qdef *def = &c->q->defs[d];
  c->busy[d] = 1;
  uint64_t cost = expr_cost(c, def->body, 1);
  for (size_t i = 0; i < def->n_lets; i++)
    cost = add_sat(cost, expr_cost(c, def->lets[i].value, 1));
  c->busy[d] = 0;
  return c->def_cost[d] = cost;
}

/* Generators bind in turn: each is evaluated once per binding of those
 * before it. Returns their cost; *bindings is how many bindings they make. */
static uint64_t gens_cost(coster *c, qnode *const *gens, size_t n, uint64_t mult,
                          uint64_t *bindings) {
  uint64_t cost = 0, per = mult;
  for (size_t i = 0; i < n; i++) {
    const qnode *g = gens[i];
    if (g->kind == N_PATTERN) {
      uint64_t starts = pattern_starts(c, g);
      cost = add_sat(cost, mul_sat(per, starts));
      per = mul_sat(per, starts);
      for (size_t j = 0; j < g->n_items; j += 2)
        cost = add_sat(cost, expr_cost(c, g->items[j]->a, per));
    } else {
      cost = add_sat(cost, expr_cost(c, g, per));
    }
  }
  *bindings = per;
  return cost;
}

static uint64_t expr_cost(coster *c, const qnode *n, uint64_t mult) {
  if (!n) return 0;
  uint64_t cost = 0, per = mult;
  switch (n->kind) {
  case N_PATTERN:
    return gens_cost(c, (qnode *const *)&n, 1, mult, &per);
  case N_COMPREHENSION:
  case N_EXISTS:
  case N_ALL:
  case N_COUNT:
    cost = gens_cost(c, n->items, n->n_items, mult, &per);
    return add_sat(cost, add_sat(expr_cost(c, n->a, per), expr_cost(c, n->b, per)));
  case N_CALL:
    if (n->u.call.def >= 0) cost = mul_sat(mult, def_cost(c, n->u.call.def));
    break;
  case N_NODEPAT:
  case N_EDGEPAT:
    return expr_cost(c, n->a, mult);
  default:
    break;
  }
  cost = add_sat(cost, expr_cost(c, n->a, mult));
  cost = add_sat(cost, expr_cost(c, n->b, mult));
  cost = add_sat(cost, expr_cost(c, n->c, mult));
  for (size_t i = 0; i < n->n_items; i++) cost = add_sat(cost, expr_cost(c, n->items[i], mult));
  return cost;
}

static uint64_t check_cost(coster *c, const qcheck *k) {
  uint64_t per;
  uint64_t cost = gens_cost(c, k->gens, k->n_gens, 1, &per);
  const qnode *body[] = {k->where, k->subject, k->expect, k->message};
  for (size_t i = 0; i < sizeof body / sizeof body[0]; i++)
    cost = add_sat(cost, expr_cost(c, body[i], per));
  for (size_t i = 0; i < k->n_lets; i++) cost = add_sat(cost, expr_cost(c, k->lets[i].value, per));
  for (size_t i = 0; i < k->n_returns; i++)
    cost = add_sat(cost, expr_cost(c, k->returns[i], per));
  return cost;
}

uint64_t qquery_cost(const qquery *q, const pg_graph *g) {
  coster c = {g, q, calloc(q->n_defs ? q->n_defs : 1, sizeof *c.def_cost),
              calloc(q->n_defs ? q->n_defs : 1, 1)};
  if (!c.def_cost || !c.busy) {
    free(c.def_cost);
    free(c.busy);
    return 0;
  }
  for (size_t i = 0; i < q->n_defs; i++) c.def_cost[i] = UINT64_MAX;
  uint64_t cost = 0;
  for (size_t i = 0; i < q->n_lets; i++) cost = add_sat(cost, expr_cost(&c, q->lets[i].value, 1));
  for (size_t i = 0; i < q->n_checks; i++) cost = add_sat(cost, check_cost(&c, &q->checks[i]));
  free(c.def_cost);
  free(c.busy);
  return cost;
}
