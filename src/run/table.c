/* Ad-hoc queries: a `match ... return` or bare checks run over a graph
 * into a table of distinct rows (pg_query_run). */
#include <stdlib.h>
#include <string.h>

#include "query/qeval.h"
#include "query/queryset.h"
#include "run/budget.h"
#include "base/vec.h"


struct pg_table {
  tupleset *seen;        /* rows already there (hash of their text) */
  char **columns;
  size_t n_columns;
  char **cells;          /* text and JSON per cell: 2 * n_columns per row */
  size_t n_rows;
  size_t cap_cells;      /* allocated entries of cells */
};

void pg_table_free(pg_table *t) {
  if (!t) return;
  tupleset_free(t->seen);
  for (size_t i = 0; i < t->n_columns; i++) free(t->columns[i]);
  for (size_t i = 0; i < t->n_rows * t->n_columns * 2; i++) free(t->cells[i]);
  free(t->columns);
  free(t->cells);
  free(t);
}

size_t pg_table_columns(const pg_table *t) { return t->n_columns; }
const char *pg_table_column(const pg_table *t, size_t c) {
  return c < t->n_columns ? t->columns[c] : NULL;
}
size_t pg_table_rows(const pg_table *t) { return t->n_rows; }
const char *pg_table_text(const pg_table *t, size_t row, size_t col) {
  return row < t->n_rows && col < t->n_columns ? t->cells[(row * t->n_columns + col) * 2] : NULL;
}
const char *pg_table_json(const pg_table *t, size_t row, size_t col) {
  return row < t->n_rows && col < t->n_columns ? t->cells[(row * t->n_columns + col) * 2 + 1]
                                               : NULL;
}

/* Rows are distinct, as in SQL's SELECT DISTINCT: a pattern that matches
 * through several edges or unreturned nodes gives each row once. */
static int row_is_new(pg_table *t, size_t n, const char *const *json) {
  uint64_t key[2] = {1469598103934665603ull, 0};
  for (size_t i = 0; i < n; i++)
    for (const unsigned char *p = (const unsigned char *)json[i]; ; p++) {
      key[0] = (key[0] ^ *p) * 1099511628211ull;
      key[1] = key[1] * 31 + *p;
      if (!*p) break;
    }
  if (!t->seen && !(t->seen = tupleset_new(2))) return -1;
  return tupleset_add(t->seen, key);
}

static int table_row(void *arg, size_t n, const char *const *text, const char *const *json) {
  pg_table *t = arg;
  int fresh = row_is_new(t, n, json);
  if (fresh <= 0) return fresh;
  if (VEC_RESERVE(t->cells, t->cap_cells, (t->n_rows + 1) * t->n_columns * 2)) return -1;
  char **row = t->cells + t->n_rows * t->n_columns * 2;
  for (size_t i = 0; i < n; i++) {
    row[2 * i] = strdup(text[i]);
    row[2 * i + 1] = strdup(json[i]);
  }
  t->n_rows++;
  for (size_t i = 0; i < 2 * n; i++)
    if (!row[i]) return -1;
  return 0;
}

/* A string as JSON text, the way every value of a row is rendered. */
static char *json_quote(const char *s) {
  strbuf b = SB_GROWING;
  if (qv_render(&b, NULL, qv_cstr(s), 1) < 0) {
    sb_release(&b);
    return NULL;
  }
  return b.buf;
}

static int check_row_sink(void *arg, qsubject *s) {
  pg_table *t = arg;
  const char *outcome = s->status == 1 ? "pass" : s->status == 0 ? "fail" : "unknown";
  const char *text[3] = {s->name, outcome, s->message ? s->message : ""};
  char *json[3];
  for (int i = 0; i < 3; i++) json[i] = json_quote(text[i]);
  int rc = json[0] && json[1] && json[2]
               ? table_row(t, 3, text, (const char *const *)json)
               : -1;
  for (int i = 0; i < 3; i++) free(json[i]);
  qsubject_free(s);
  return rc < 0 ? PG_ERR_NOMEM : 0;
}

static int set_columns(pg_table *t, const char *const *names, size_t n) {
  t->columns = calloc(n ? n : 1, sizeof *t->columns);
  if (!t->columns) return PG_ERR_NOMEM;
  t->n_columns = n;
  for (size_t i = 0; i < n; i++)
    if (!(t->columns[i] = strdup(names[i]))) return PG_ERR_NOMEM;
  return PG_OK;
}

int pg_query_run(const pg_graph *g, const char *name, const char *text, size_t len,
                 const pg_check_options *opts, pg_table **out, pg_diags *diags) {
  *out = NULL;
  qquery *q;
  int rc = qquery_parse(&q, name, text, len, 1, &qimport_files, diags);
  if (rc != PG_OK) return rc;
  pg_table *t = calloc(1, sizeof *t);
  qeval ev;
  uint64_t steps = run_step_budget(g, opts);
  rc = t ? qeval_init(&ev, g, steps, opts ? opts->timeout_seconds : 0) : PG_ERR_NOMEM;
  if (!t) {
    qquery_free(q);
    return rc;
  }
  arena mem;
  arena_init(&mem);
  if (rc == PG_OK) rc = qeval_use_query(&ev, q, &mem);
  const qcheck *k = NULL;
  if (rc == PG_OK && q->adhoc) {
    k = &q->checks[0];
    rc = set_columns(t, k->return_names, k->n_returns);
    if (rc == PG_OK) rc = qeval_match(&ev, k, table_row, t);
  } else if (rc == PG_OK) {
    static const char *const cols[] = {"subject", "outcome", "message"};
    rc = set_columns(t, cols, 3);
    for (size_t i = 0; rc == PG_OK && i < q->n_checks; i++)
      rc = qeval_check(&ev, k = &q->checks[i], check_row_sink, t);
  }
  if (rc != PG_OK) run_eval_error(diags, NULL, q, k, rc, ev.error, steps);
  arena_release(&mem);
  qeval_free(&ev);
  qquery_free(q);
  if (rc != PG_OK) {
    pg_table_free(t);
    return rc;
  }
  *out = t;
  return PG_OK;
}
