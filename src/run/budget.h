/* The evaluation budget of a run (steps per query, scaled to the graph)
 * and the error that says a query ran out of it. Shared by check runs and
 * ad-hoc queries. */
#ifndef PG_RUN_BUDGET_H
#define PG_RUN_BUDGET_H

#include <stdint.h>

#include "query/qast.h"
#include "plangraph/query.h"

/* Steps one query may take on g: opts->max_steps when set, else
 * PG_DEFAULT_MAX_STEPS plus PG_DEFAULT_STEPS_PER_ELEMENT per node and edge. */
uint64_t run_step_budget(const pg_graph *g, const pg_check_options *opts);

/* Adds the diagnostic for a query that failed with status rc while
 * running check k (NULL: before any check). In a check run (plan given)
 * it is about the plan and names the query; a step limit or the time
 * limit also says where the check's patterns are (query file:line:col)
 * and sets the diagnostic's `limit`. An ad-hoc query's (plan NULL) is at
 * those patterns. Any other failure gives the evaluator's message.
 * Returns rc. */
int run_eval_error(pg_diags *diags, const char *plan, const qquery *q, const qcheck *k,
                   int rc, const char *error, uint64_t max_steps);

#endif
