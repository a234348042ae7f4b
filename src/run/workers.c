/* How many workers a check run takes, and the order they take the queries
 * in. Several take the dearest queries first (qquery_cost's estimate on the
 * graph): one long query started last would leave the other cores idle
 * while it runs alone.
 *
 * A run left to choose takes one per CPU, but one for a set whose
 * estimated cost on the graph is under RUN_PARALLEL_MIN_COST: a second
 * worker costs a thread, an evaluator and their memory, 1 to 3 ms, more
 * than it saves on a small plan. Every plan of ../shared/realworld and the
 * 14 largest of tests/realworld (estimates 4,400 to 2.3 million) evaluated
 * faster with one worker (1.6 to 19 ms; with two, 2.6 to 29 ms), and the
 * bench's 9 MB plans (150 to 240 million) faster with two (aliases: 85 ms
 * with one, 54 ms with two). */
#include "run/workers.h"

#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "query/qcost.h"
#include "query/queryset.h"

typedef struct costed {
  uint64_t cost;
  size_t index;
} costed;

/* Dearest first; equal costs in the set's order. */
static int dearer_first(const void *a, const void *b) {
  const costed *x = a, *y = b;
  if (x->cost != y->cost) return x->cost > y->cost ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* The workers asked for (opts->jobs), else one per CPU; never more than
 * there are queries. */
static unsigned workers_wanted(const pg_check_options *opts, size_t queries) {
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  unsigned n = opts && opts->jobs ? opts->jobs : cpus > 0 ? (unsigned)cpus : 1;
  return n > queries ? (unsigned)(queries ? queries : 1) : n;
}

size_t *run_workers(const pg_query_set *set, const pg_graph *g, const pg_check_options *opts,
                    unsigned *workers) {
  size_t n = set->n ? set->n : 1;
  *workers = workers_wanted(opts, set->n);
  size_t *order = malloc(n * sizeof *order);
  costed *c = *workers > 1 ? malloc(n * sizeof *c) : NULL;
  if (!order || (*workers > 1 && !c)) {
    free(order);
    free(c);
    return NULL;
  }
  for (size_t i = 0; i < set->n; i++) order[i] = i;
  if (!c) return order; /* one worker: the order makes no difference */
  uint64_t total = 0;
  for (size_t i = 0; i < set->n; i++) {
    c[i] = (costed){qquery_cost(set->items[i], g), i};
    total = total > UINT64_MAX - c[i].cost ? UINT64_MAX : total + c[i].cost;
  }
  if (!(opts && opts->jobs) && total < RUN_PARALLEL_MIN_COST) {
    *workers = 1;
  } else {
    qsort(c, set->n, sizeof *c, dearer_first);
    for (size_t i = 0; i < set->n; i++) order[i] = c[i].index;
  }
  free(c);
  return order;
}
