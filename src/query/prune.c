/* Join pruning for checks (see prune.h). A conjunct of `where` that is
 * false makes the whole `where` false under three-valued AND, so dropping
 * a partial binding on it early drops exactly the bindings the full test
 * would drop later; the full `where` still runs on each complete binding,
 * so subjects and their order are unchanged. An unknown conjunct prunes
 * nothing: the whole may be unknown, and a check keeps such a subject
 * (a `match` drops its row at the full test). */
#include "query/prune.h"
#include "query/scratch.h"

#include <stdlib.h>

#include "base/vec.h"

/* The generator count after which slot s is bound: level[s], or 0. */
typedef struct levels {
  size_t *of_slot;       /* per slot below n_gen_slots */
  size_t n_slots;
} levels;

static void bind_levels(levels *lv, const qcheck *k) {
  for (size_t g = 0; g < k->n_gens; g++) {
    const qnode *gen = k->gens[g];
    if (gen->kind == N_GEN_IN) {
      if ((size_t)gen->u.gen.slot < lv->n_slots) lv->of_slot[gen->u.gen.slot] = g + 1;
      continue;
    }
    for (size_t i = 0; i < gen->n_items; i++) {
      const qnode *it = gen->items[i];
      int slot = it->kind == N_NODEPAT ? (it->u.node.bound ? -1 : it->u.node.slot)
                                       : it->u.edge.slot;
      if (slot >= 0 && (size_t)slot < lv->n_slots) lv->of_slot[slot] = g + 1;
    }
  }
}

static size_t max_size(size_t a, size_t b) { return a > b ? a : b; }

/* The generator count an expression waits for: the latest generator whose
 * slots it reads (names, and bound nodes of inner patterns). A def's body
 * reads its own frame, so only a call's arguments count. */
static size_t needs(const levels *lv, const qnode *n, size_t unknown) {
  if (!n) return 0;
  size_t need = 0;
  int slot = -1;
  if (n->kind == N_NAME && !n->u.name.query_let) slot = n->u.name.slot;
  if (n->kind == N_NODEPAT && n->u.node.bound) slot = n->u.node.slot;
  if (slot >= 0 && (size_t)slot < lv->n_slots)
    need = lv->of_slot[slot] ? lv->of_slot[slot] : unknown;
  need = max_size(need, needs(lv, n->a, unknown));
  need = max_size(need, needs(lv, n->b, unknown));
  need = max_size(need, needs(lv, n->c, unknown));
  for (size_t i = 0; i < n->n_items; i++) need = max_size(need, needs(lv, n->items[i], unknown));
  return need;
}

static int add_terms(prune_plan *p, size_t *cap, const levels *lv, const qcheck *k,
                     const qnode *n) {
  if (n->kind == N_AND)
    return add_terms(p, cap, lv, k, n->a) < 0 ? -1 : add_terms(p, cap, lv, k, n->b);
  size_t level = needs(lv, n, k->n_gens);
  /* At n_gens it is no earlier than the full `where`: nothing to gain. */
  if (level >= k->n_gens) return 0;
  prune_term t = {n, level};
  return VEC_PUSH(p->terms, p->n, *cap, t);
}

int prune_plan_make(prune_plan *p, const qcheck *k) {
  p->terms = NULL;
  p->n = 0;
  p->keep_unknown = 0;
  if (!k->where || k->n_gens < 2 || k->n_gen_slots <= 0) return 0;
  levels lv = {calloc((size_t)k->n_gen_slots, sizeof(size_t)), (size_t)k->n_gen_slots};
  if (!lv.of_slot) return -1;
  bind_levels(&lv, k);
  size_t cap = 0;
  int rc = add_terms(p, &cap, &lv, k, k->where);
  free(lv.of_slot);
  if (rc < 0) prune_plan_free(p);
  return rc;
}

void prune_plan_free(prune_plan *p) {
  free(p->terms);
  p->terms = NULL;
  p->n = 0;
}

int prune_test(qeval *ev, void *arg, size_t level) {
  const prune_plan *p = arg;
  arena *outer = qscratch_enter(ev);
  int keep = 1;
  for (size_t i = 0; keep && i < p->n; i++)
    if (p->terms[i].level == level) {
      qvalue v = qeval_expr(ev, p->terms[i].expr);
      /* A check keeps a candidate its `where` cannot decide without a
       * secret (run_check makes it an undecided subject); rows may not
       * depend on one. */
      if (v.sensitive && !p->keep_unknown)
        qeval_refuse_sensitive(ev, p->terms[i].expr,
                               "`where` depends on a sensitive value; which rows a query returns "
                               "may not");
      int t = v.sensitive ? -1 : qv_truth(v);
      keep = ev->status == PG_OK && (t == 1 || (t < 0 && p->keep_unknown));
    }
  qscratch_leave(ev, outer);
  return ev->status != PG_OK ? ev->status : keep;
}
