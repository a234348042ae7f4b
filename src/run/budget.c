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

/* The byte offset of 1-based line:col (columns count characters, pos.h)
 * in text, or len when the text is shorter. */
static size_t offset_of(const char *text, size_t len, unsigned line, unsigned col) {
  size_t off = 0;
  for (unsigned l = 1; l < line && off < len; off++)
    if (text[off] == '\n') l++;
  for (unsigned c = 1; off < len && text[off] != '\n'; off++)
    if (pos_starts_char((unsigned char)text[off]) && c++ == col) break;
  return off;
}

/* An evaluation error that starts with its place ("FILE:LINE:COL: ",
 * qeval_fail_at) becomes a diagnostic at that place, with the source line
 * and a caret when FILE is the query's own text: the place is said once,
 * not after the query's name again. 1 when added, 0 when the error names
 * no place (or adding failed). */
static int located(pg_diags *diags, const qquery *q, const char *error) {
  const char *qfile = q->file ? q->file : q->id;
  for (const char *p = strchr(error, ':'); p; p = strchr(p + 1, ':')) {
    unsigned line, col;
    int used = 0;
    if (sscanf(p, ":%u:%u: %n", &line, &col, &used) != 2 || !used) continue;
    const char *file_end = p, *msg = p + used;
    size_t flen = (size_t)(file_end - error);
    int own = q->src && strlen(qfile) == flen && strncmp(error, qfile, flen) == 0;
    if (own) {
      uint32_t at = (uint32_t)offset_of(q->src, q->src_len, line, col);
      return q_error(diags, qfile, q->src, (uint32_t)q->src_len, at, at + 1, "%s", msg) ==
             PG_ERR_PARSE;
    }
    char file[512];
    snprintf(file, sizeof file, "%.*s", (int)(flen < 511 ? flen : 511), error);
    return pg_diags_add(diags, PG_SEV_ERROR, file, line, col, NULL, "%s", msg) == PG_OK;
  }
  return 0;
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
  else if (!plan && error && located(diags, q, error))
    ; /* at its place in the query, once */
  else
    pg_diags_add(diags, PG_SEV_ERROR, file, 0, 0, NULL, "%s%s", head,
                 error && *error ? error : pg_status_name(rc));
  pg_diags_set_limit(diags, limit);
  return rc;
}
