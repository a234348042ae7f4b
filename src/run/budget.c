/* The evaluation budget and its error (see budget.h). A legitimate query
 * walks each node and edge a bounded number of times, so a budget that
 * grows with the graph stops a runaway query (a cross product of scans)
 * on any plan without ever stopping a real one: the built-in queries take
 * under 20 steps per graph element on every sample and bench plan. */
#include "run/budget.h"

#include <stdio.h>
#include <string.h>

#include "base/pos.h"
#include "query/qeval.h"

uint64_t run_step_budget(const pg_graph *g, const pg_check_options *opts) {
  if (opts && opts->max_steps) return opts->max_steps;
  uint64_t elements = (uint64_t)pg_graph_node_count(g) + pg_graph_edge_count(g);
  return PG_DEFAULT_MAX_STEPS + PG_DEFAULT_STEPS_PER_ELEMENT * elements;
}

/* Where a check's patterns start: the query file's line and column. */
static void check_position(const qquery *q, const qcheck *k, unsigned *line, unsigned *col) {
  uint32_t at = k->n_gens ? k->gens[0]->start : k->start;
  *line = *col = 0;
  if (q->src) pos_line_col(q->src, q->src_len, at, line, col);
}

int run_eval_error(pg_diags *diags, const char *plan, const qquery *q, const qcheck *k,
                   int rc, const char *error, uint64_t max_steps) {
  const char *qfile = q->file ? q->file : q->id;
  int steps = error && strncmp(error, QEVAL_STEPS_PREFIX, strlen(QEVAL_STEPS_PREFIX)) == 0;
  pg_limit limit = rc == PG_ERR_LIMIT && steps ? PG_LIMIT_STEPS
                   : rc == PG_ERR_TIMEOUT ? PG_LIMIT_TIMEOUT : PG_LIMIT_NONE;
  unsigned line = 0, col = 0;
  if (limit != PG_LIMIT_NONE && k) check_position(q, k, &line, &col);
  /* A check run's message is about the plan and names the query and where
   * its check's patterns are; an ad-hoc query's is at those patterns. */
  char head[600] = "";
  if (plan && line)
    snprintf(head, sizeof head, "query %s (%s:%u:%u): ", q->id, qfile, line, col);
  else if (plan)
    snprintf(head, sizeof head, "query %s: ", q->id);
  const char *file = plan ? plan : qfile;
  if (plan) line = col = 0;
  if (limit == PG_LIMIT_STEPS)
    pg_diags_add(diags, PG_SEV_ERROR, file, line, col, NULL,
                 "%sevaluation took more than %llu steps, the limit", head,
                 (unsigned long long)max_steps);
  else if (limit == PG_LIMIT_TIMEOUT)
    pg_diags_add(diags, PG_SEV_ERROR, file, line, col, NULL,
                 "%sevaluation ran past the time limit", head);
  else
    pg_diags_add(diags, PG_SEV_ERROR, file, 0, 0, NULL, "%s%s", head,
                 error && *error ? error : pg_status_name(rc));
  pg_diags_set_limit(diags, limit);
  return rc;
}
