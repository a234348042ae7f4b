/* The evaluator's recursive core: expressions (three-valued), the
 * generators that bind variables (patterns over the graph's indexes and
 * `x in LIST`) and the quantifiers and comprehensions built on them. These
 * call each other as the grammar nests; the entry points in qeval.c call
 * in here and nothing here calls back out. */
#include "query/eval_expr.h"
#include "query/operators.h"
#include "query/pattern_anchor.h"
#include "query/scratch.h"

#include "base/vec.h"
#include "resolve/marks.h"

#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- patterns ---------------------------------------------------------- */

typedef struct pmatch {
  const qnode *pat;
  int anchor;
  cont_fn k;
  void *arg;
} pmatch;

static int pm_step(qeval *ev, pmatch *pm, int i, int left);

/* Whether node item i's slot holds its node when the walk reaches i: a
 * name bound before the pattern (a constraint), or one the pattern
 * mentions again (a join) at an item walked earlier. The walk goes from
 * the anchor to the end, then from the anchor back to the start. */
static int pm_fixed(const pmatch *pm, int i) {
  const qnode *np = pm->pat->items[i];
  if (np->u.node.bound) return 1;
  if (!np->u.node.join) return 0;
  int a = pm->anchor, last = (int)pm->pat->n_items - 1;
  int at = i >= a ? i - a : last - a + (a - i);
  for (int j = 0; j <= last; j += 2) {
    if (j == i || pm->pat->items[j]->u.node.slot != np->u.node.slot) continue;
    if ((j >= a ? j - a : last - a + (a - j)) < at) return 1;
  }
  return 0;
}

/* Every node pattern's `where`, once the whole chain is bound. In a
 * check's `for each` pattern an unknown one keeps the binding, as a
 * subject the check may not apply to (where_open, read by check_cb);
 * elsewhere it counts as unknown (a quantifier over it is undecided) and
 * the match is not made. */
static int pm_complete(qeval *ev, pmatch *pm) {
  int top = ev->cut && ev->gen_base >= 0, opened = 0;
  for (size_t i = 0; i < pm->pat->n_items; i += 2) {
    const qnode *np = pm->pat->items[i];
    if (!np->a) continue;
    int saved_note = ev->note_unknown;
    if (top) {
      ev->note_unknown = 1;
      ev->first_unknown[0] = '\0';
    }
    qvalue w = qeval_expr(ev, np->a);
    ev->note_unknown = saved_note;
    if (ev->status != PG_OK) return ev->status;
    if (w.sensitive)
      return qeval_refuse_sensitive(ev, np->a,
                                    "a pattern's `where` depends on a sensitive value; what a "
                                    "pattern matches may not (test the value in `expect`)");
    int t = qv_truth(w);
    if (t == 0) return 0;
    if (t < 0 && !top) {
      ev->unknown_hits++;
      return 0;
    }
    if (t < 0 && !opened++) qeval_note_where(ev);
  }
  ev->where_open += opened;
  int rc = pm->k(ev, pm->arg);
  ev->where_open -= opened;
  if (opened && !ev->where_open) ev->where_why[0] = '\0';
  return rc;
}

static int pm_try(qeval *ev, pmatch *pm, int i, pg_node_id id, int left) {
  const qnode *np = pm->pat->items[i];
  if (qeval_tick(ev) != PG_OK) return ev->status;
  if (pm_fixed(pm, i)) {
    qvalue v = ev->slots[np->u.node.slot];
    if (v.kind != QV_NODE || v.u.node != id || !qpattern_node_accepts(ev, np, id)) return 0;
    return pm_step(ev, pm, i, left);
  }
  if (!qpattern_node_accepts(ev, np, id)) return 0;
  ev->slots[np->u.node.slot] = qv_node(id);
  ev->keys[np->u.node.slot] = (uint64_t)(uint32_t)id;
  return pm_step(ev, pm, i, left);
}

static int edge_accepts(qeval *ev, const qnode *ep, const pg_edge_info *e) {
  if (!(ep->mask & (1u << e->kind))) return 0;
  return qpattern_glob_memo(ev, ep->globs, ep->n_globs, e->label);
}

static int trail_push(qeval *ev, int pos, pg_edge_id e) {
  trail_entry t = {pos, e};
  if (VEC_PUSH(ev->trail, ev->n_trail, ev->cap_trail, t) < 0)
    return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  return PG_OK;
}

/* One step of a walk: the nodes e-matching edges lead to from v (both
 * directions as the pattern says), appended to out unless seen. Ambiguous
 * edges and open references count as undecided, as for one hop. */
static int walk_step(qeval *ev, const qnode *ep, const qnode *np, int fixed, pg_node_id v,
                     int use_out, int use_in, tupleset *seen, pg_node_id **out, size_t *n,
                     size_t *cap) {
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 0 ? !use_out : !use_in) continue;
    qpattern_open_may_hide(ev, ep, np, fixed, v, pass == 0, 0);
    const pg_edge_id *ids;
    size_t k = pass == 0 ? pg_graph_out_edges(ev->g, v, &ids) : pg_graph_in_edges(ev->g, v, &ids);
    for (size_t j = 0; j < k; j++) {
      if (qeval_tick(ev) != PG_OK) return ev->status;
      pg_edge_info e;
      pg_graph_edge(ev->g, ids[j], &e);
      if (!edge_accepts(ev, ep, &e)) continue;
      if (e.ambiguous) {
        ev->unknown_hits++;
        ev->undecided_members++;
        continue;
      }
      uint64_t key = (uint64_t)(uint32_t)(pass == 0 ? e.to : e.from);
      int added = tupleset_add(seen, &key);
      if (added < 0) return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
      if (added && VEC_PUSH(*out, *n, *cap, (pg_node_id)key) < 0)
        return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    }
  }
  return PG_OK;
}

/* {N,M} hops from cur across edge item i+side: a breadth-first search
 * (each node once, at its shortest distance), trying the next node item at
 * every node reached in N to M hops. */
static int pm_walk(qeval *ev, pmatch *pm, int i, int side, int left, pg_node_id cur) {
  const qnode *ep = pm->pat->items[i + side], *np = pm->pat->items[i + 2 * side];
  int fixed = pm_fixed(pm, i + 2 * side);
  int dir = ep->u.edge.direction;
  int use_out = side > 0 ? dir >= 0 : dir <= 0, use_in = side > 0 ? dir <= 0 : dir >= 0;
  tupleset seen;
  tupleset_init(&seen, 1);
  pg_node_id *nodes = NULL;
  size_t n = 0, cap = 0, level_start = 0;
  uint64_t key = (uint64_t)(uint32_t)cur;
  int rc = tupleset_add(&seen, &key) >= 0 ? PG_OK : qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  if (rc == PG_OK) rc = walk_step(ev, ep, np, fixed, cur, use_out, use_in, &seen, &nodes, &n, &cap);
  int result = 0;
  for (int depth = 1; rc == PG_OK && !result && level_start < n; depth++) {
    size_t level_end = n;
    for (size_t j = level_start; j < level_end && !result && rc == PG_OK; j++) {
      if (depth >= ep->u.edge.min) result = pm_try(ev, pm, i + 2 * side, nodes[j], left);
      if (ev->status != PG_OK) rc = ev->status;
      else if (!result && (ep->u.edge.max < 0 || depth < ep->u.edge.max))
        rc = walk_step(ev, ep, np, fixed, nodes[j], use_out, use_in, &seen, &nodes, &n, &cap);
    }
    level_start = level_end;
  }
  free(nodes);
  tupleset_release(&seen);
  return rc != PG_OK ? rc : result;
}

/* One holder of an open reference into cur, bound to item i as if the
 * reference named cur: the rest of the pattern and the enclosing
 * quantifier's condition run on it, taking nothing (hypo_depth), and
 * nothing they meet counts. Returns whether the binding could pass. */
static int hypo_holder(qeval *ev, pmatch *pm, int i, int left, pg_node_id holder) {
  size_t unknown = ev->unknown_hits, undecided = ev->undecided_members;
  size_t lists = ev->sens_lists, elems = ev->sens_elems;
  int why_empty = !ev->undecided_why[0];
  ev->hypo_depth = ev->quant_depth;
  ev->hypo_hit = 0;
  pm_try(ev, pm, i, holder, left);
  int hit = ev->hypo_hit;
  ev->hypo_depth = ev->hypo_hit = 0;
  ev->unknown_hits = unknown;
  ev->undecided_members = undecided;
  ev->sens_lists = lists;
  ev->sens_elems = elems;
  if (why_empty) ev->undecided_why[0] = '\0';
  return hit;
}

/* Open references into cur: a node that item i+2*side accepts holds one
 * under a label the edge follows, and where it leads is not in the graph.
 * Inside a quantifier each holder is tried as if it named cur, and only
 * one that could pass leaves the result undecided (an ACM validation
 * record reading `records` from a local is no routed record of a load
 * balancer: its routing policies are known to be empty). Elsewhere (a
 * check's `for each`, a bound node, an edge variable, a trial already
 * running, more holders than QPATTERN_HOLDERS_MAX) any holder does. */
static int pm_open_in(qeval *ev, pmatch *pm, int i, int side, int left, pg_node_id cur) {
  const qnode *ep = pm->pat->items[i + side], *np = pm->pat->items[i + 2 * side];
  int fixed = pm_fixed(pm, i + 2 * side);
  pg_node_id holders[QPATTERN_HOLDERS_MAX];
  const char *labels[QPATTERN_HOLDERS_MAX];
  int n = fixed || !ev->quant_depth || ev->hypo_depth || ep->u.edge.slot >= 0
              ? -1
              : qpattern_open_holders(ev, ep, np, holders, labels);
  if (n < 0) {
    qpattern_open_may_hide(ev, ep, np, fixed, cur, 0, 0);
    return ev->status;
  }
  for (int h = 0; h < n && ev->status == PG_OK; h++)
    if (hypo_holder(ev, pm, i + 2 * side, left, holders[h])) {
      qpattern_note_open(ev, ep, holders[h], labels[h], 0);
      break;
    }
  return ev->status;
}

/* From node item i across edge item i+side to node item i+2*side. */
static int pm_extend(qeval *ev, pmatch *pm, int i, int side, int left) {
  const qnode *ep = pm->pat->items[i + side];
  pg_node_id cur = ev->slots[pm->pat->items[i]->u.node.slot].u.node;
  if (ep->u.edge.min) return pm_walk(ev, pm, i, side, left, cur);
  int dir = ep->u.edge.direction;
  int use_out = side > 0 ? dir >= 0 : dir <= 0;
  int use_in = side > 0 ? dir <= 0 : dir >= 0;
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 0 ? !use_out : !use_in) continue;
    /* In a check's `for each`, cur's own unresolved reference under the
     * edge's label is a subject of its own (as an ambiguous edge is,
     * below): where it leads is not in the graph, so the binding so far
     * is a subject the plan cannot decide, not one that never was. */
    int cut_here = ev->cut && ev->gen_base >= 0 && pass == 0;
    if (pass == 1) {
      if (pm_open_in(ev, pm, i, side, left, cur) != PG_OK) return ev->status;
    } else if (qpattern_open_may_hide(ev, ep, pm->pat->items[i + 2 * side],
                                      pm_fixed(pm, i + 2 * side), cur, 1, cut_here) &&
               cut_here) {
      int rc = ev->cut(ev, pm->pat, pm->anchor, i + 2 * side, side);
      ev->undecided_why[0] = '\0';
      if (rc) return rc;
    }
    const pg_edge_id *ids;
    size_t n = pass == 0 ? pg_graph_out_edges(ev->g, cur, &ids)
                         : pg_graph_in_edges(ev->g, cur, &ids);
    int cut_done = 0;
    for (size_t j = 0; j < n; j++) {
      pg_edge_info e;
      pg_graph_edge(ev->g, ids[j], &e);
      if (!edge_accepts(ev, ep, &e)) continue;
      pg_node_id next = pass == 0 ? e.to : e.from;
      if (e.ambiguous && !qpattern_node_accepts(ev, pm->pat->items[i + 2 * side], next)) {
        /* To a module call standing for its instances: whether the pattern matches
         * through it is undecided (a quantifier is unknown, not false). */
        if (!qpattern_is_set(ev, next)) continue;
        ev->unknown_hits++;
        ev->undecided_members++;
        if (!(ev->cut && ev->gen_base >= 0)) {
          qpattern_note_ambiguous(ev, &e);
        } else if (!cut_done++) {
          /* A subject of its own, once for the binding so far: why is
           * about the first such edge. */
          ev->undecided_why[0] = '\0';
          qpattern_note_ambiguous(ev, &e);
          int rc = ev->cut(ev, pm->pat, pm->anchor, i + 2 * side, side);
          ev->undecided_why[0] = '\0';
          if (rc) return rc;
        }
        continue;
      }
      if (ep->u.edge.slot >= 0) {
        ev->slots[ep->u.edge.slot] = qv_edge(ids[j]);
        ev->keys[ep->u.edge.slot] = (uint64_t)(uint32_t)ids[j] | (1ull << 40);
      }
      if (trail_push(ev, ev->gen_base + i + side, ids[j]) != PG_OK) return ev->status;
      int rc = pm_try(ev, pm, i + 2 * side, next, left);
      ev->n_trail--;
      if (rc) return rc;
    }
  }
  return 0;
}

/* Rightwards from the anchor to the end, then leftwards to the start. */
static int pm_step(qeval *ev, pmatch *pm, int i, int left) {
  int last = (int)pm->pat->n_items - 1;
  if (!left) {
    if (i < last) return pm_extend(ev, pm, i, 1, 0);
    i = pm->anchor;
  }
  if (i > 0) return pm_extend(ev, pm, i, -1, 1);
  return pm_complete(ev, pm);
}

static int anchor_candidates(qeval *ev, pmatch *pm) {
  const qnode *np = pm->pat->items[pm->anchor];
  if (np->u.node.bound) {
    qvalue v = ev->slots[np->u.node.slot];
    if (v.kind != QV_NODE) return 0;
    return pm_try(ev, pm, pm->anchor, v.u.node, 0);
  }
  unsigned typed = (1u << PG_NODE_RESOURCE) | (1u << PG_NODE_DATA);
  if (np->globs && !(np->mask & ~typed)) {
    /* By type: the type chains, one per distinct type the glob matches. */
    for (size_t gi = 0; gi < np->n_globs; gi++) {
      const char *glob = np->globs[gi];
      for (size_t t = 0; t < ev->n_types || (!qpattern_has_wildcard(glob) && t == 0); t++) {
        const char *type = qpattern_has_wildcard(glob) ? ev->types[t] : glob;
        if (qpattern_has_wildcard(glob) && fnmatch(glob, type, 0) != 0) continue;
        /* Another glob of the list that also matches would repeat nodes. */
        int seen = 0;
        for (size_t gj = 0; gj < gi; gj++)
          if (fnmatch(np->globs[gj], type, 0) == 0) seen = 1;
        if (seen) continue;
        for (pg_node_id id = pg_graph_first_of_type(ev->g, type); id >= 0;
             id = pg_graph_next_of_type(ev->g, id)) {
          int rc = pm_try(ev, pm, pm->anchor, id, 0);
          if (rc) return rc;
        }
        if (!qpattern_has_wildcard(glob)) break;
      }
    }
    return 0;
  }
  for (int k = 0; k < 5; k++) {
    if (!(np->mask & (1u << k))) continue;
    for (size_t j = 0; j < ev->n_by_kind[k]; j++) {
      int rc = pm_try(ev, pm, pm->anchor, ev->by_kind[k][j], 0);
      if (rc) return rc;
    }
  }
  return 0;
}

/* ---- generators -------------------------------------------------------- */

static int next_gen(qeval *ev, void *arg) {
  gens_run *r = arg;
  gens_run next = *r;
  next.i = r->i + 1;
  return qeval_gens(ev, &next);
}

int qeval_gens(qeval *ev, gens_run *r) {
  if (r->i == r->n) return r->k(ev, r->arg);
  if (r->prune && r->i > 0) {
    int keep = r->prune(ev, r->prune_arg, r->i);
    if (keep != 1) return keep < 0 ? keep : 0;
  }
  const qnode *g = r->gens[r->i];
  if (g->kind == N_PATTERN) {
    pmatch pm = {g, qpattern_anchor(ev, g), next_gen, r};
    int saved = ev->gen_base;
    ev->gen_base = r->gen_base >= 0 ? r->gen_base + (int)r->i * 256 : -1000000;
    int rc = anchor_candidates(ev, &pm);
    ev->gen_base = saved;
    return rc;
  }
  qvalue l = qv_as_list(ev->mem, qeval_expr(ev, g->a));
  if (ev->status != PG_OK) return ev->status;
  if (l.kind == QV_UNKNOWN) {
    ev->unknown_hits++;
    return 0;
  }
  if (l.kind != QV_LIST) return 0;
  if (l.sensitive) {
    /* At the top (gen_base >= 0) the list decides which subjects or rows
     * exist; inside a quantifier it marks the result. */
    if (r->gen_base >= 0)
      return qeval_refuse_sensitive(ev, g->a,
                                    "the list of `for each` or `match` depends on a sensitive "
                                    "value; which subjects or rows exist may not");
    ev->sens_lists++;
  }
  for (size_t j = 0; j < l.u.list->n; j++) {
    if (qeval_tick(ev) != PG_OK) return ev->status;
    ev->slots[g->u.gen.slot] = l.u.list->items[j];
    ev->slots[g->u.gen.slot].sensitive |= l.sensitive;
    if (l.u.list->items[j].sensitive) ev->sens_elems++;
    ev->keys[g->u.gen.slot] = (uint64_t)j | (2ull << 40);
    int rc = next_gen(ev, r);
    if (rc) return rc;
  }
  /* Members the list may lack were not tried: what they would decide is
   * unknown. */
  if (l.u.list->partial) {
    ev->unknown_hits++;
    ev->undecided_members++;
  }
  return 0;
}

/* ---- quantifiers ------------------------------------------------------- */

typedef struct quant {
  const qnode *n;
  int found;          /* exists: a binding passed; all: one failed */
  int unknown;        /* a condition was unknown */
  int sensitive;      /* a condition or `all` test was sensitive */
  size_t count;
  tupleset seen;      /* distinct bindings (count, comprehension) */
  qvalue *collected;  /* comprehension results */
  size_t n_collected, cap_collected;
  int depth;          /* ev->quant_depth while it runs */
  int unique;         /* every binding is distinct by how it is made */
} quant;

/* Whether the generators of quantifier n can yield no binding twice: each
 * is a list generator (keyed by element index) or a pattern of one node
 * (each candidate node once). Then the tuple set that drops repeated
 * bindings is not needed: it costs a hash insert per binding, and on a
 * comprehension over every resource a table of tens of thousands. */
static int bindings_unique(const qnode *n) {
  for (size_t i = 0; i < n->n_items; i++) {
    const qnode *g = n->items[i];
    if (g->kind != N_GEN_IN && !(g->kind == N_PATTERN && g->n_items == 1)) return 0;
  }
  return 1;
}

static int quant_distinct(qeval *ev, quant *qt) {
  if (qt->unique) return 1;
  size_t lo = (size_t)qt->n->u.quant.first_slot;
  int added = tupleset_add(&qt->seen, ev->keys + lo);
  if (added < 0) return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  return added;
}

/* One binding of a quantifier, its condition and body evaluated in
 * scratch memory (quant_cb); a comprehension's element is kept in outer. */
static int quant_binding(qeval *ev, quant *qt, arena *outer) {
  const qnode *n = qt->n;
  int t = 1;
  if (n->a) {
    qvalue w = qeval_expr(ev, n->a);
    qt->sensitive |= w.sensitive;
    t = qv_truth(w);
  }
  if (ev->status != PG_OK) return ev->status;
  if (qt->depth == ev->hypo_depth) {
    /* A hypothetical binding (pm_open_in): whether it could pass, no more. */
    if (t == 0) return 0;
    if (n->kind == N_ALL && t == 1 && qv_truth(qeval_expr(ev, n->b)) == 1) return ev->status;
    ev->hypo_hit = 1;
    return 1;
  }
  if (t < 0) qt->unknown = 1;
  if (t != 1) return 0;
  switch (n->kind) {
  case N_EXISTS:
    qt->found = 1;
    return 1;
  case N_ALL: {
    qvalue test = qeval_expr(ev, n->b);
    qt->sensitive |= test.sensitive;
    int s = qv_truth(test);
    if (s < 0) qt->unknown = 1;
    if (s == 0) {
      qt->found = 1;
      return 1;
    }
    return ev->status;
  }
  case N_COUNT: {
    int d = quant_distinct(ev, qt);
    if (d < 0) return ev->status;
    qt->count += (size_t)d;
    return 0;
  }
  default: { /* comprehension */
    int d = quant_distinct(ev, qt);
    if (d <= 0) return d < 0 ? ev->status : 0;
    qvalue v;
    if (n->b) {
      v = qeval_expr(ev, n->b);
    } else {
      /* No '|': the first generator's variable. */
      const qnode *g0 = n->items[0];
      v = ev->slots[g0->kind == N_PATTERN ? g0->items[0]->u.node.slot : g0->u.gen.slot];
    }
    if (ev->status != PG_OK) return ev->status;
    v = qscratch_keep(ev, outer, v);
    if (VEC_PUSH(qt->collected, qt->n_collected, qt->cap_collected, v) < 0)
      return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    return ev->status;
  }
  }
}

static int quant_cb(qeval *ev, void *arg) {
  arena *outer = qscratch_enter(ev);
  int rc = quant_binding(ev, arg, outer);
  qscratch_leave(ev, outer);
  return rc ? rc : ev->status;
}

static qvalue eval_quantifier(qeval *ev, const qnode *n) {
  quant qt;
  memset(&qt, 0, sizeof qt);
  qt.n = n;
  qt.depth = ++ev->quant_depth;
  qt.unique = bindings_unique(n);
  tupleset_init(&qt.seen, (size_t)(n->u.quant.end_slot - n->u.quant.first_slot));
  size_t unknown_before = ev->unknown_hits, undecided_before = ev->undecided_members;
  size_t lists_before = ev->sens_lists, elems_before = ev->sens_elems;
  gens_run r = {n->items, n->n_items, 0, quant_cb, &qt, -1, NULL, NULL};
  qeval_gens(ev, &r);
  tupleset_release(&qt.seen);
  if (ev->unknown_hits != unknown_before) qt.unknown = 1;
  /* Derived from a secret: a sensitive condition or list run over; for
   * exists, all and count a sensitive element too (a comprehension's keep
   * their own marks). Its mark holds it now, not the enclosing one's. */
  int sens = qt.sensitive || ev->sens_lists != lists_before ||
             (n->kind != N_COMPREHENSION && ev->sens_elems != elems_before);
  ev->sens_lists = lists_before;
  ev->sens_elems = elems_before;
  qvalue out = qv_null();
  if (ev->status == PG_OK) {
    switch (n->kind) {
    case N_EXISTS: out = qt.found ? qv_bool(1) : qt.unknown ? qv_unknown() : qv_bool(0); break;
    case N_ALL: out = qt.found ? qv_bool(0) : qt.unknown ? qv_unknown() : qv_bool(1); break;
    case N_COUNT: out = qt.unknown ? qv_unknown() : qv_num((double)qt.count); break;
    default: {
      qlist *l = qv_list_new(ev->mem, qt.n_collected);
      if (!l) {
        qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
        break;
      }
      if (qt.n_collected) memcpy(l->items, qt.collected, qt.n_collected * sizeof *l->items);
      /* Only what the graph cannot tell makes membership undecided here;
       * an unknown filter value keeps its element out, as before. */
      l->partial = ev->undecided_members != undecided_before || qt.unknown;
      out.kind = QV_LIST;
      out.u.list = l;
    }
    }
  }
  free(qt.collected);
  ev->quant_depth--;
  if (sens) out.sensitive |= QV_SENS_DERIVED;
  return out;
}

static qvalue eval_node(qeval *ev, const qnode *n);

/* ---- expressions ------------------------------------------------------- */

/* Any result of an operator with a sensitive operand is sensitive: a
 * comparison also when a sensitive value is inside a list or object it
 * compares. */
static qvalue eval_binary(qeval *ev, const qnode *n) {
  qvalue a = qeval_expr(ev, n->a), b = qeval_expr(ev, n->b);
  int sens = a.sensitive | b.sensitive;
  int compares = n->op != T_PLUS && n->op != T_MINUS && n->op != T_STAR && n->op != T_SLASH;
  if (compares && !sens) sens = qv_deep_sensitive(a) || qv_deep_sensitive(b);
  return qv_derived(qop_binary(ev, n, a, b, sens), sens);
}

/* Short-circuit: an operand not evaluated does not mark the result. */
static qvalue eval_logic(qeval *ev, const qnode *n) {
  qvalue x = qeval_expr(ev, n->a);
  int a = qv_truth(x), sens = x.sensitive;
  if (n->kind == N_AND && a == 0) return qv_derived(qv_bool(0), sens);
  if (n->kind == N_OR && a == 1) return qv_derived(qv_bool(1), sens);
  qvalue y = qeval_expr(ev, n->b);
  int b = qv_truth(y);
  sens |= y.sensitive;
  qvalue v;
  if (n->kind == N_AND)
    v = b == 0 ? qv_bool(0) : a == 1 && b == 1 ? qv_bool(1) : qv_unknown();
  else
    v = b == 1 ? qv_bool(1) : a == 0 && b == 0 ? qv_bool(0) : qv_unknown();
  return qv_derived(v, sens);
}

static qvalue eval_template(qeval *ev, const qnode *n) {
  strbuf b = SB_GROWING;
  for (size_t i = 0; i < n->n_items; i++) {
    const qnode *part = n->items[i], *next = i + 1 < n->n_items ? n->items[i + 1] : NULL;
    int rc;
    if (part->kind == N_STRING) {
      rc = sb_addn(&b, part->str, part->len);
    } else { /* "(sensitive)" where marked: counted for a subject's name */
      qvalue pv = qeval_expr(ev, part);
      if (qv_deep_sensitive(pv)) ev->sens_masked++;
      int closes = next && next->kind == N_STRING && next->len && next->str[0] == ')';
      rc = closes ? qv_render_in_parens(&b, ev->g, pv) : qv_render(&b, ev->g, pv, 0);
    }
    if (rc < 0) {
      sb_release(&b);
      qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
      return qv_null();
    }
  }
  qvalue v = qv_str(ev->mem, b.buf ? b.buf : "", b.len);
  sb_release(&b);
  return v;
}

/* A built-in that says why a node's value is unknown (region(): "(region
 * unknown: provider aws sets no region...)") gives, as an attribute read
 * does (eval_field), the reason of a where or expect that comes out
 * unknown, when it is the first one met. */
static void note_call_unknown(qeval *ev, qvalue node, qvalue v) {
  pg_node_info info;
  if (!ev->note_unknown || ev->first_unknown[0] || v.sensitive ||
      pg_graph_node(ev->g, node.u.node, &info) != PG_OK)
    return;
  const char *why = v.u.str.s;
  size_t len = v.u.str.len;
  if (len >= 2 && why[0] == '(' && why[len - 1] == ')') why++, len -= 2;
  snprintf(ev->first_unknown, sizeof ev->first_unknown, "%s: %.*s", info.address, (int)len, why);
}

static qvalue eval_call(qeval *ev, const qnode *n) {
  qvalue args[16];
  size_t na = n->n_items < 16 ? n->n_items : 16;
  for (size_t i = 0; i < na; i++) args[i] = qeval_expr(ev, n->items[i]);
  if (ev->status != PG_OK) return qv_null();
  if (n->u.call.builtin >= 0) {
    ev->fx.mem = ev->mem;
    ev->fx.refused = NULL;
    ev->fx.why = NULL;
    qvalue v = qfunc_call(&ev->fx, n->u.call.builtin, args, na);
    if (ev->fx.refused) qeval_refuse_sensitive(ev, n, ev->fx.refused);
    if (v.kind == QV_UNKNOWN && v.u.str.s && na && args[0].kind == QV_NODE)
      note_call_unknown(ev, args[0], v);
    /* The first reason a subject meets is the one it gives. */
    if (ev->fx.why && !qeval_why_taken(ev)) {
      size_t cap = sizeof ev->undecided_why - 4, len = ev->fx.why_len;
      ev->why_global = 0;
      snprintf(ev->undecided_why, sizeof ev->undecided_why, "%.*s%s",
               (int)(len < cap ? len : cap), ev->fx.why, len < cap ? "" : "...");
    }
    return v;
  }
  const qdef *d = &ev->q->defs[n->u.call.def];
  /* The slots and their keys in one block (a def call is frequent). */
  size_t slots = (size_t)(d->n_slots ? d->n_slots : 1);
  qvalue *frame = arena_alloc(ev->mem, slots * (sizeof *frame + sizeof(uint64_t)));
  uint64_t *keys = frame ? (uint64_t *)(frame + slots) : NULL;
  if (!frame) {
    qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    return qv_null();
  }
  for (size_t i = 0; i < na; i++) frame[i] = args[i];
  qvalue *saved = ev->slots;
  uint64_t *saved_keys = ev->keys;
  const qquery *saved_src = ev->src_q;
  ev->slots = frame;
  ev->keys = keys;
  ev->src_q = d->from;
  for (size_t i = 0; i < d->n_lets && ev->status == PG_OK; i++) {
    frame[d->lets[i].slot] = qeval_expr(ev, d->lets[i].value);
    keys[d->lets[i].slot] = 0;
  }
  qvalue v = qeval_expr(ev, d->body);
  ev->slots = saved;
  ev->keys = saved_keys;
  ev->src_q = saved_src;
  return v;
}

/* n.attr; notes the first unknown attribute of a node read by an expect. */
static qvalue eval_field(qeval *ev, const qnode *n) {
  qvalue obj = qeval_expr(ev, n->a);
  qvalue v = qv_field_memo(ev->mem, ev->g, &ev->fields, obj, n->str);
  pg_node_info info;
  if (v.kind == QV_UNKNOWN && ev->note_unknown && !ev->first_unknown[0] && obj.kind == QV_NODE &&
      !v.sensitive && pg_graph_node(ev->g, obj.u.node, &info) == PG_OK) {
    if (v.origin && v.u.str.s)
      snprintf(ev->first_unknown, sizeof ev->first_unknown, "%s %s is %.*s", info.address,
               n->str, (int)v.u.str.len, v.u.str.s);
    else
      snprintf(ev->first_unknown, sizeof ev->first_unknown, "%s %s is known only after apply",
               info.address, n->str);
  }
  return v;
}

static qvalue eval_list(qeval *ev, const qnode *n) {
  qlist *l = qv_list_new(ev->mem, n->n_items);
  if (!l) return qv_null();
  for (size_t i = 0; i < n->n_items; i++) l->items[i] = qeval_expr(ev, n->items[i]);
  qvalue v = {QV_LIST, 0, 0, {0}};
  v.u.list = l;
  return v;
}

qvalue qeval_expr_node(qeval *ev, const qnode *n) {
  if (qeval_tick(ev) != PG_OK || qeval_enter(ev, n) != PG_OK) return qv_null();
  qvalue v = eval_node(ev, n);
  qeval_leave(ev);
  return v;
}

static qvalue eval_node(qeval *ev, const qnode *n) {
  switch (n->kind) {
  case N_NUMBER:
  case N_STRING:
  case N_BOOL:
  case N_NULL:
  case N_PARAM:
  case N_NAME: return qeval_expr(ev, n);  /* leaves: read there */
  case N_TEMPLATE: return eval_template(ev, n);
  case N_CALL: return eval_call(ev, n);
  case N_LIST: return n->constant ? qv_literal(n) : eval_list(ev, n);
  case N_RECORD: {
    qvalue v = eval_list(ev, n);
    if (v.kind != QV_LIST) return v;
    v.kind = QV_RECORD;
    v.u.list->names = n->names;
    return v;
  }
  case N_FIELD: return eval_field(ev, n);
  case N_INDEX: {
    qvalue a = qeval_expr(ev, n->a);
    return qv_index(ev->mem, ev->g, a, qeval_expr(ev, n->b));
  }
  case N_SPLAT: return qv_as_list(ev->mem, qeval_expr(ev, n->a));
  case N_UNARY: {
    qvalue a = qeval_expr(ev, n->a);
    if (a.kind == QV_UNKNOWN) return a;
    return a.kind == QV_NUM ? qv_derived(qv_negate(ev->mem, a), a.sensitive) : qv_null();
  }
  case N_BINARY: return eval_binary(ev, n);
  case N_IN: {
    qvalue a = qeval_expr(ev, n->a);
    qvalue b = qeval_expr(ev, n->b);  /* tells of every element compared */
    const member_set *m = a.kind == QV_NODE ? qop_member_set(ev, b) : NULL;
    if (m)
      return qv_derived(member_set_has(m, a.u.node) ? qv_bool(1)
                        : b.u.list->partial         ? qv_unknown()
                                                    : qv_bool(0),
                        a.sensitive || b.sensitive || m->sensitive);
    return qv_derived(qop_in(ev, a, b), qv_deep_sensitive(a) || qv_deep_sensitive(b));
  }
  case N_AND:
  case N_OR: return eval_logic(ev, n);
  case N_NOT: {
    qvalue a = qeval_expr(ev, n->a);
    int t = qv_truth(a);
    return qv_derived(t < 0 ? qv_unknown() : qv_bool(!t), a.sensitive);
  }
  case N_IF: {
    /* Which branch is taken tells of the condition. */
    qvalue c = qeval_expr(ev, n->a);
    int t = qv_truth(c);
    return qv_derived(t < 0 ? qv_unknown() : qeval_expr(ev, t ? n->b : n->c), c.sensitive);
  }
  case N_EXISTS:
  case N_ALL:
  case N_COUNT:
  case N_COMPREHENSION: return eval_quantifier(ev, n);
  default:
    qeval_fail(ev, PG_ERR_INTERNAL, "cannot evaluate a %s", qnode_kind_name(n->kind));
    return qv_null();
  }
}
