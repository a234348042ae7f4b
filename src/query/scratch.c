/* Per-binding scratch memory (scratch.h): one arena per nesting level of
 * quantifiers, reset after each binding, and the copy of a kept value out
 * of it. */
#include "query/scratch.h"
#include "query/vgroup.h"

#include <string.h>

/* The copy's recursion stops here; a value nested deeper (a chain of defs
 * can nest lists tens of thousands deep) is kept by moving its level. */
#define KEEP_MAX_DEPTH 256

arena *qscratch_enter(qeval *ev) {
  arena *outer = ev->mem;
  if (ev->scratch_depth >= QEVAL_SCRATCH_LEVELS) return outer;
  arena *s = &ev->scratch[ev->scratch_depth++];
  qeval_meter(ev, s);
  ev->mem = s;
  return outer;
}

void qscratch_leave(qeval *ev, arena *outer) {
  if (ev->mem == outer) return;
  arena *s = ev->mem;
  if (s->failed) {
    qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    outer->failed += s->failed;
    s->failed = 0;
  }
  arena_reset(s);
  ev->scratch_depth--;
  ev->mem = outer;
}

typedef struct keep {
  qeval *ev;
  const arena *from;
  arena *to;
  int failed;
} keep;

static const char *keep_text(keep *k, const char *s, size_t len) {
  if (!s || !arena_owns(k->from, s)) return s;
  char *c = arena_strndup(k->to, s, len);
  if (!c) k->failed = 1;
  return c;
}

static qvalue keep_value(keep *k, qvalue v, unsigned depth);

static qlist *keep_list(keep *k, const qlist *l, unsigned depth) {
  qlist *c = qv_list_new(k->to, l->n);
  if (!c) return k->failed = 1, NULL;
  c->partial = l->partial;
  c->names = l->names;
  for (size_t i = 0; i < l->n && !k->failed; i++) c->items[i] = keep_value(k, l->items[i], depth + 1);
  /* group()'s index holds positions and hashes of the items, the same in
   * the copy; one built in the scratch level is built again with it. */
  if (l->index && !k->failed) {
    c->index = arena_owns(k->from, l->index) ? vgroup_index_build(k->to, k->ev->g, c) : l->index;
    if (!c->index) k->failed = 1;
  }
  return c;
}

static qvalue keep_value(keep *k, qvalue v, unsigned depth) {
  if (depth > KEEP_MAX_DEPTH) {
    k->failed = 2;
    return v;
  }
  switch (v.kind) {
  case QV_STR:
  case QV_UNKNOWN:
    v.u.str.s = keep_text(k, v.u.str.s, v.u.str.len);
    break;
  case QV_NUM:
    if (v.u.num_text) v.u.num_text = keep_text(k, v.u.num_text, strlen(v.u.num_text));
    break;
  case QV_LIST:
  case QV_RECORD:
    if (arena_owns(k->from, v.u.list)) v.u.list = keep_list(k, v.u.list, depth);
    break;
  case QV_JSON:
    /* Its slices are the plan's text; only the triple may be scratch. */
    if (arena_owns(k->from, v.u.json)) {
      qjson *c = arena_alloc(k->to, sizeof *c);
      if (!c) k->failed = 1;
      else *c = *v.u.json;
      v.u.json = c;
    }
    break;
  default:
    break;
  }
  return v;
}

qvalue qscratch_keep(qeval *ev, arena *outer, qvalue v) {
  if (ev->mem == outer) return v;
  keep k = {ev, ev->mem, outer, 0};
  size_t *meter = outer->meter;
  outer->meter = NULL;
  qvalue c = keep_value(&k, v, 0);
  outer->meter = meter;
  if (!k.failed) return c;
  /* Too deep to copy: the level's blocks move to outer whole, value and
   * all, and nothing is dropped this time. Out of memory is an error. */
  if (k.failed == 1) {
    qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    return qv_null();
  }
  arena_move(outer, ev->mem);
  return v;
}
