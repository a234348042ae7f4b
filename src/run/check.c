/* Check runs (pg_check_run): every query of a set over one graph, each
 * into a suite of subjects. Queries are independent and the graph is only
 * read, so workers take queries one at a time from a shared counter, each
 * with its own evaluator and its own partial report; the parts are joined
 * in the set's order, so the report does not depend on the workers.
 * How many workers, and the order they take the queries in, is
 * workers.c's choice (a small plan gets one). On a check's last plan
 * (pg_check_run_last) each query's compiled form is freed once it has
 * run, not held to the end. */
#include "base/strbuf.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/clock.h"
#include "query/qeval.h"
#include "query/queryset.h"
#include "run/budget.h"
#include "run/results.h"
#include "run/workers.h"


static void iso_timestamp(char *buf, size_t cap) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, cap, "%Y-%m-%dT%H:%M:%S", &tm);
}

/* ---- one query --------------------------------------------------------- */

typedef struct sink_ctx {
  pg_report *r;
  size_t suite;
  int status;
} sink_ctx;

static int subject_sink(void *arg, qsubject *s) {
  sink_ctx *c = arg;
  pg_outcome o = s->status == 1 ? PG_PASS : s->status == 0 ? PG_FAIL : PG_UNKNOWN;
  int rc = report_add_subject(c->r, &c->r->suites[c->suite], s->name, o, s->message,
                              s->addresses, s->nodes, s->n_addresses, s->path,
                              s->path_json);
  qsubject_free(s);
  if (rc != PG_OK) c->status = rc;
  return rc == PG_OK ? 0 : rc;
}

static int suite_params(pg_report *r, report_suite *s, const qquery *q) {
  s->pub.n_params = q->n_params;
  if (!q->n_params) return PG_OK;
  const char **names = arena_alloc(&r->mem, q->n_params * sizeof *names);
  const char **values = arena_alloc(&r->mem, q->n_params * sizeof *values);
  if (!names || !values) return PG_ERR_NOMEM;
  for (size_t i = 0; i < q->n_params; i++) {
    const qparam *p = &q->params[i];
    names[i] = report_str(r, p->name);
    values[i] = report_str(r, p->set_text ? p->set_text
                                          : p->default_text ? p->default_text : "");
    if (!names[i] || !values[i]) return PG_ERR_NOMEM;
  }
  s->pub.param_names = names;
  s->pub.param_values = values;
  return PG_OK;
}

/* The values the query received (qeval_use_query), as JSON text. */
static int suite_param_json(pg_report *r, report_suite *s, const qeval *ev, const qquery *q) {
  if (!q->n_params) return PG_OK;
  const char **json = arena_alloc(&r->mem, q->n_params * sizeof *json);
  if (!json) return PG_ERR_NOMEM;
  for (size_t i = 0; i < q->n_params; i++) {
    strbuf b = SB_GROWING;
    int rc = qv_render(&b, ev->g, ev->params[i], 1);
    json[i] = rc == 0 && b.buf ? report_str(r, b.buf) : NULL;
    sb_release(&b);
    if (!json[i]) return PG_ERR_NOMEM;
  }
  s->pub.param_json = json;
  return PG_OK;
}

static int start_suite(pg_report *r, const qquery *q, const char *plan, size_t *index) {
  char stamp[32];
  iso_timestamp(stamp, sizeof stamp);
  report_suite *s = report_add_suite(r);
  if (!s) return PG_ERR_NOMEM;
  *index = (size_t)(s - r->suites);
  s->pub.query_id = report_str(r, q->id);
  s->pub.title = report_str(r, q->title);
  s->pub.severity = qseverity_name(q->severity);
  s->pub.timestamp = report_str(r, stamp);
  if (!s->pub.query_id || (q->title && !s->pub.title) || !s->pub.timestamp) return PG_ERR_NOMEM;
  if (report_set_plan(r, s, plan) != PG_OK) return PG_ERR_NOMEM;
  return suite_params(r, s, q);
}

/* Runs q into a new suite of r; *failed is the check that failed, if any. */
/* The query's own skip text; when it looked at resources whose region is
 * unknown, it says that subjects may be missing for that reason. */
static const char *skip_reason(pg_report *r, const qquery *q, int met_unknown_region) {
  const char *own = q->skip_reason ? q->skip_reason : "no subject in this plan";
  if (!met_unknown_region) return report_str(r, own);
  strbuf b = SB_GROWING;
  sb_add(&b, own);
  sb_add(&b, " (but the region of some resources it looked at is unknown, which may "
             "hide subjects)");
  const char *out = b.full ? report_str(r, own) : report_str(r, b.buf);
  sb_release(&b);
  return out;
}

static int run_query(qeval *ev, const qquery *q, const char *plan, pg_report *r,
                     const qcheck **failed) {
  double start = clock_seconds();
  size_t index;
  int rc = start_suite(r, q, plan, &index);
  if (rc != PG_OK) return rc;
  arena mem;
  arena_init(&mem);
  ev->steps = 0;
  ev->status = PG_OK;
  ev->error[0] = '\0';
  rc = qeval_use_query(ev, q, &mem);
  if (rc == PG_OK) rc = suite_param_json(r, &r->suites[index], ev, q);
  size_t regions_before = ev->fx.unknown_regions;
  sink_ctx ctx = {r, index, PG_OK};
  for (size_t i = 0; rc == PG_OK && i < q->n_checks; i++) {
    *failed = &q->checks[i];
    rc = qeval_check(ev, &q->checks[i], subject_sink, &ctx);
    if (ctx.status != PG_OK) rc = ctx.status;
  }
  if (rc == PG_OK) *failed = NULL;
  arena_release(&mem);
  report_suite *s = &r->suites[index];
  if (rc == PG_OK && !s->pub.n_subjects)
    s->pub.skipped = skip_reason(r, q, ev->fx.unknown_regions != regions_before);
  s->pub.seconds = clock_seconds() - start;
  s->pub.steps = ev->steps;
  return rc;
}

/* ---- workers ----------------------------------------------------------- */

/* One query's run: its own report, joined into the caller's at the end. */
typedef struct job {
  pg_report *part;
  int rc;
  const qcheck *failed;    /* the check running when it failed */
  char error[256];         /* the evaluator's message */
} job;

typedef struct pool {
  const pg_query_set *set;
  const char *plan;
  uint64_t max_steps;
  pg_query_set *release;  /* set, when each query's code goes once it ran */
  const qeval *proto;      /* the graph's indexes, shared by the workers */
  int proto_rc;            /* how setting it up went */
  job *jobs;
  size_t *order;           /* the queries' indexes, dearest first */
  pthread_mutex_t lock;    /* guards next and first_failed */
  size_t next;             /* the next position in order to take */
  size_t first_failed;     /* the first query that failed; set->n: none */
} pool;

/* The next query to run, or set->n when none is left. A query after one
 * that failed is passed over (the call fails anyway, with the first
 * failure in the set's order, so every query before it still runs). */
static size_t take(pool *p) {
  size_t found = p->set->n;
  pthread_mutex_lock(&p->lock);
  while (p->next < p->set->n && found == p->set->n) {
    size_t i = p->order[p->next++];
    if (i < p->first_failed) found = i;
  }
  pthread_mutex_unlock(&p->lock);
  return found;
}

static void mark_failed(pool *p, size_t i) {
  pthread_mutex_lock(&p->lock);
  if (i < p->first_failed) p->first_failed = i;
  pthread_mutex_unlock(&p->lock);
}

/* Runs query i with ev (or records init_rc, the evaluator's set-up failure). */
static void run_job(pool *p, qeval *ev, int init_rc, size_t i) {
  job *j = &p->jobs[i];
  j->rc = init_rc != PG_OK ? init_rc : pg_report_new(&j->part);
  if (j->rc == PG_OK) j->rc = run_query(ev, p->set->items[i], p->plan, j->part, &j->failed);
  /* Each subject's file and line, here in the worker, not after the join. */
  if (j->rc == PG_OK) j->rc = report_locate(j->part, 0, ev->g);
  if (j->rc == PG_OK) {
    report_close(j->part, 0);
    /* Out of memory for its description leaves the query whole: no harm. */
    if (p->release) (void)qquery_release_code(p->release->items[i]);
    return;
  }
  if (init_rc == PG_OK) snprintf(j->error, sizeof j->error, "%s", ev->error);
  mark_failed(p, i);
}

static void *worker(void *arg) {
  pool *p = arg;
  qeval ev;
  int rc = p->proto_rc == PG_OK ? qeval_init_shared(&ev, p->proto) : p->proto_rc;
  for (size_t i; (i = take(p)) < p->set->n;) run_job(p, &ev, rc, i);
  if (rc == PG_OK) qeval_free(&ev);
  return NULL;
}

/* ---- the run ----------------------------------------------------------- */

/* Runs the pool on n workers: the calling thread is one of them. */
static void run_pool(pool *p, unsigned n) {
  pthread_t *threads = n > 1 ? calloc(n - 1, sizeof *threads) : NULL;
  unsigned started = 0;
  while (threads && started < n - 1 &&
         pthread_create(&threads[started], NULL, worker, p) == 0)
    started++;
  worker(p);
  for (unsigned i = 0; i < started; i++) pthread_join(threads[i], NULL);
  free(threads);
}

/* Joins the parts of the queries before first_failed into r, in order;
 * the failed query's part may be half made (a suite with no id when
 * memory ran out) and is dropped with the rest. */
static int join_parts(pool *p, pg_report *r, pg_diags *diags) {
  int rc = PG_OK;
  for (size_t i = 0; i < p->set->n; i++) {
    job *j = &p->jobs[i];
    if (j->part && i < p->first_failed && rc == PG_OK) {
      rc = report_adopt(r, j->part);
    } else {
      pg_report_free(j->part);
    }
    j->part = NULL;
  }
  if (p->first_failed < p->set->n) {
    job *j = &p->jobs[p->first_failed];
    rc = run_eval_error(diags, p->plan, p->set->items[p->first_failed], j->failed, j->rc,
                        j->error, p->max_steps);
  }
  return rc;
}

/* A query whose code pg_check_run_last freed cannot run. */
static int refuse_released(const pg_query_set *set, pg_diags *diags) {
  for (size_t i = 0; i < set->n; i++)
    if (set->items[i]->released) {
      pg_diags_add(diags, PG_SEV_ERROR, set->items[i]->file, 0, 0, NULL,
                   "query %s cannot run again: pg_check_run_last freed its compiled form",
                   set->items[i]->id);
      return PG_ERR_NOT_FOUND;
    }
  return PG_OK;
}

static int check_run(const pg_query_set *set, pg_query_set *release, const pg_graph *g,
                     const char *plan, const pg_check_options *opts, pg_report *report,
                     pg_diags *diags) {
  int refused = refuse_released(set, diags);
  if (refused != PG_OK) return refused;
  double start = clock_seconds();
  qeval proto;
  uint64_t steps = run_step_budget(g, opts);
  int proto_rc = qeval_init(&proto, g, steps, opts ? opts->timeout_seconds : 0);
  unsigned workers;
  pool p = {set, plan, steps, release, &proto, proto_rc,
            calloc(set->n ? set->n : 1, sizeof(job)), run_workers(set, g, opts, &workers),
            PTHREAD_MUTEX_INITIALIZER, 0, set->n};
  if (!p.jobs || !p.order) {
    free(p.jobs);
    free(p.order);
    qeval_free(&proto);
    return PG_ERR_NOMEM;
  }
  run_pool(&p, workers);
  qeval_free(&proto);
  int rc = join_parts(&p, report, diags);
  double load, build;
  pg_graph_timings(g, &load, &build);
  report_plan_times(report, plan, load, build, clock_seconds() - start);
  free(p.jobs);
  free(p.order);
  pthread_mutex_destroy(&p.lock);
  return rc;
}

int pg_check_run(const pg_query_set *set, const pg_graph *g, const char *plan,
                 const pg_check_options *opts, pg_report *report, pg_diags *diags) {
  return check_run(set, NULL, g, plan, opts, report, diags);
}

int pg_check_run_last(pg_query_set *set, const pg_graph *g, const char *plan,
                      const pg_check_options *opts, pg_report *report, pg_diags *diags) {
  return check_run(set, set, g, plan, opts, report, diags);
}
