/* The evaluator's state: set-up over a graph (the per-graph caches the
 * generators and built-ins read), its first error, and the step and time
 * limits every evaluation step is counted against. */
#include "query/qeval.h"
#include "base/clock.h"
#include "base/pos.h"
#include "query/regex.h"
#include "resolve/marks.h"

#include <sys/resource.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors and limits ------------------------------------------------- */

int qeval_fail(qeval *ev, int status, const char *fmt, ...) {
  if (ev->status == PG_OK) {
    ev->status = status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ev->error, sizeof ev->error, fmt, ap);
    va_end(ap);
  }
  return ev->status;
}

int qeval_refuse_sensitive(qeval *ev, const qnode *at, const char *what) {
  return qeval_fail_at(ev, at, PG_ERR_PARSE, "%s", what);
}

static int over_budget(qeval *ev, size_t more) {
  uint64_t bytes = (uint64_t)ev->bytes + more;
  if (!ev->max_steps || ev->steps + bytes / QEVAL_BYTES_PER_STEP <= ev->max_steps) return PG_OK;
  return qeval_fail(ev, PG_ERR_LIMIT,
                    QEVAL_STEPS_PREFIX "%llu steps, the limit",
                    (unsigned long long)ev->max_steps);
}

int qeval_charge(qeval *ev, size_t bytes) {
  return ev->status != PG_OK ? ev->status : over_budget(ev, bytes);
}

int qeval_tick_checked(qeval *ev) {
  if (ev->status != PG_OK) return ev->status;
  /* An allocation refused since (a value became null, a list shorter). */
  if (ev->mem && ev->mem->failed) return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  ev->steps++;
  if (over_budget(ev, 0) != PG_OK) return ev->status;
  if ((ev->steps & 4095) == 0 && ev->deadline > 0 && clock_seconds() > ev->deadline)
    return qeval_fail(ev, PG_ERR_TIMEOUT, "query evaluation ran past the time limit");
  return PG_OK;
}

/* The stack one evaluation may use: half of what a thread gets (glibc
 * gives threads the stack limit, or 2 MiB when it is unlimited), so that
 * what runs below an entry point keeps the other half. */
static size_t stack_budget(void) {
  struct rlimit rl;
  size_t size = (size_t)2 << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
      rl.rlim_cur < ((rlim_t)1 << 30))
    size = (size_t)rl.rlim_cur;
  return size / 2;
}

int qeval_fail_at(qeval *ev, const qnode *n, int status, const char *fmt, ...) {
  if (ev->status != PG_OK) return ev->status;
  /* A node inside an imported def is in its library's text. */
  const qquery *q = ev->src_q ? ev->src_q : ev->q;
  unsigned line = 0, col = 0;
  if (q && q->src && n) pos_line_col(q->src, q->src_len, n->start, &line, &col);
  const char *file = q ? (q->file ? q->file : q->id) : NULL;
  char msg[200];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return qeval_fail(ev, status, "%s:%u:%u: %s", file ? file : "query", line, col, msg);
}

int qeval_too_deep(qeval *ev, const qnode *n) {
  return qeval_fail_at(ev, n, PG_ERR_LIMIT, "evaluation nested too deep (past %s)",
                       ev->depth >= QEVAL_MAX_DEPTH ? "its level limit" : "its stack budget");
}

/* A pattern computed at run time: compiled again only when its text
 * changes (the last one is kept). NULL on an error (ev->status). */
void *qeval_dynamic_regex(qeval *ev, const qnode *at, qvalue pattern) {
  const char *src = pattern.u.str.s;
  size_t len = pattern.u.str.len;
  if (ev->dyn_regex && ev->dyn_regex_src && strlen(ev->dyn_regex_src) == len &&
      memcmp(ev->dyn_regex_src, src, len) == 0)
    return ev->dyn_regex;
  qregex_free(ev->dyn_regex);
  ev->dyn_regex = NULL;
  free(ev->dyn_regex_src);
  ev->dyn_regex_src = NULL;
  char why[200];
  size_t off;
  int rc = qregex_compile((qregex **)&ev->dyn_regex, src, len, why, sizeof why, &off);
  if (rc == -2) return qeval_fail(ev, PG_ERR_NOMEM, "out of memory"), NULL;
  if (rc != 0) {
    /* The pattern may be made from plan values: never quote a secret. */
    qeval_fail_at(ev, at, PG_ERR_PARSE, "bad regular expression '%.60s': %s",
                  pattern.sensitive ? marks_placeholder(MARKS_SENSITIVE, 0) : src, why);
    return NULL;
  }
  if (!(ev->dyn_regex_src = strndup(src, len)))
    return qeval_fail(ev, PG_ERR_NOMEM, "out of memory"), NULL;
  return ev->dyn_regex;
}

void qeval_note_where(qeval *ev) {
  if (ev->where_why[0]) return;
  const char *why = ev->undecided_why[0] ? ev->undecided_why
                    : ev->first_unknown[0] ? ev->first_unknown
                                           : "a value it needs is not known from the plan";
  snprintf(ev->where_why, sizeof ev->where_why,
           "%s: whether the check applies to it is unknown: %s",
           ev->undecided_why[0] ? "undecided" : "undecided until apply", why);
}

/* ---- set-up ------------------------------------------------------------ */

static int build_caches(qeval *ev) {
  const pg_graph *g = ev->g;
  size_t n = pg_graph_node_count(g);
  for (int k = 0; k < 5; k++) {
    ev->by_kind[k] = arena_alloc(&ev->cache, (n ? n : 1) * sizeof(pg_node_id));
    if (!ev->by_kind[k]) return PG_ERR_NOMEM;
  }
  ev->types = arena_alloc(&ev->cache, (n ? n : 1) * sizeof *ev->types);
  if (!ev->types) return PG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    pg_node_info info;
    pg_graph_node(g, (pg_node_id)i, &info);
    ev->by_kind[info.kind][ev->n_by_kind[info.kind]++] = (pg_node_id)i;
    /* The first node of each type starts its chain: a distinct type. */
    if ((info.kind == PG_NODE_RESOURCE || info.kind == PG_NODE_DATA) &&
        pg_graph_first_of_type(g, info.type) == (pg_node_id)i)
      ev->types[ev->n_types++] = info.type;
  }
  ev->fx.g = g;
  ev->fx.cache = &ev->cache;
  ev->fx.fields = &ev->fields;
  ev->fx.providers = ev->by_kind[PG_NODE_PROVIDER];
  ev->fx.n_providers = ev->n_by_kind[PG_NODE_PROVIDER];
  ev->fx.scope = qv_null();
  return PG_OK;
}

int qeval_init(qeval *ev, const pg_graph *g, uint64_t max_steps, double timeout_s) {
  memset(ev, 0, sizeof *ev);
  ev->g = g;
  ev->max_steps = max_steps;
  ev->step_cap = max_steps ? max_steps : UINT64_MAX;
  ev->stack_budget = stack_budget();
  arena_init(&ev->cache);
  field_memo_init(&ev->fields);
  if (timeout_s > 0) ev->deadline = clock_seconds() + timeout_s;
  return build_caches(ev);
}

int qeval_init_shared(qeval *ev, const qeval *proto) {
  memset(ev, 0, sizeof *ev);
  ev->g = proto->g;
  ev->max_steps = proto->max_steps;
  ev->step_cap = proto->step_cap;
  ev->stack_budget = proto->stack_budget;
  ev->deadline = proto->deadline;
  arena_init(&ev->cache);
  /* The arrays stay in proto's cache: read-only, shared. The memo storage
   * and scope_regions() are this evaluator's own. */
  ev->types = proto->types;
  ev->n_types = proto->n_types;
  memcpy(ev->by_kind, proto->by_kind, sizeof ev->by_kind);
  memcpy(ev->n_by_kind, proto->n_by_kind, sizeof ev->n_by_kind);
  ev->fx = proto->fx;
  ev->fx.cache = &ev->cache;
  ev->fx.fields = &ev->fields;
  ev->fx.scope = qv_null();
  return PG_OK;
}

void qeval_free(qeval *ev) {
  arena_release(&ev->cache);
  field_memo_release(&ev->fields);
  member_sets_clear(&ev->members);
  for (size_t i = 0; i < QEVAL_SCRATCH_LEVELS; i++) arena_release(&ev->scratch[i]);
  free(ev->trail);
  qregex_free(ev->dyn_regex);
  qregex_scratch_free(ev->re_scratch);
  free(ev->dyn_regex_src);
}

