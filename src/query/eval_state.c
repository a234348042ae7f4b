/* The evaluator's state: set-up over a graph (the per-graph caches the
 * generators and built-ins read), its first error, and the step and time
 * limits every evaluation step is counted against. */
#include "query/qeval.h"
#include "base/clock.h"
#include "base/pos.h"

#include <regex.h>
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
  /* A node inside an imported def is in its library's text. */
  const qquery *q = ev->in_lib ? ev->in_lib : ev->q;
  unsigned line = 0, col = 0;
  if (q && q->src && at) pos_line_col(q->src, q->src_len, at->start, &line, &col);
  const char *file = q ? (q->file ? q->file : q->id) : NULL;
  return qeval_fail(ev, PG_ERR_PARSE, "%s:%u:%u: %s",
                    file ? file : "query", line, col, what);
}

int qeval_tick(qeval *ev) {
  if (ev->status != PG_OK) return ev->status;
  ev->steps++;
  if (ev->max_steps && ev->steps > ev->max_steps)
    return qeval_fail(ev, PG_ERR_LIMIT,
                      "query evaluation took more than %llu steps, the limit",
                      (unsigned long long)ev->max_steps);
  if ((ev->steps & 4095) == 0 && ev->deadline > 0 && clock_seconds() > ev->deadline)
    return qeval_fail(ev, PG_ERR_TIMEOUT, "query evaluation ran past the time limit");
  return PG_OK;
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
  ev->fx.providers = ev->by_kind[PG_NODE_PROVIDER];
  ev->fx.n_providers = ev->n_by_kind[PG_NODE_PROVIDER];
  ev->fx.scope = qv_null();
  return PG_OK;
}

int qeval_init(qeval *ev, const pg_graph *g, uint64_t max_steps, double timeout_s) {
  memset(ev, 0, sizeof *ev);
  ev->g = g;
  ev->max_steps = max_steps;
  arena_init(&ev->cache);
  if (timeout_s > 0) ev->deadline = clock_seconds() + timeout_s;
  return build_caches(ev);
}

int qeval_init_shared(qeval *ev, const qeval *proto) {
  memset(ev, 0, sizeof *ev);
  ev->g = proto->g;
  ev->max_steps = proto->max_steps;
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
  ev->fx.scope = qv_null();
  return PG_OK;
}

void qeval_free(qeval *ev) {
  arena_release(&ev->cache);
  free(ev->trail);
  if (ev->dyn_regex) {
    regfree(ev->dyn_regex);
    free(ev->dyn_regex);
  }
  free(ev->dyn_regex_src);
}

