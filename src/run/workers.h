/* How many workers a check run takes and in which order they take the
 * queries (workers.c). */
#ifndef PG_RUN_WORKERS_H
#define PG_RUN_WORKERS_H

#include <stddef.h>

#include "plangraph/query.h"

/* Below this estimated cost (qquery_cost summed over a set) a run left to
 * choose its workers (no jobs asked) takes one (workers.c says why). */
#define RUN_PARALLEL_MIN_COST 10000000u

/* Sets *workers to the workers that run set on g (opts->jobs when asked,
 * else one per CPU, but one when the set's estimated cost on g is under
 * RUN_PARALLEL_MIN_COST; never more than there are queries), and returns
 * the order they take the queries in: the dearest first when there are
 * several, else the set's. Malloc'd; NULL when out of memory. */
size_t *run_workers(const pg_query_set *set, const pg_graph *g, const pg_check_options *opts,
                    unsigned *workers);

#endif
