/* Where a pattern starts and what it says of edges it cannot follow: the
 * anchor a pattern is walked out from (by the type index's counts) and the
 * reason recorded for an ambiguous edge. Both read the graph's indexes
 * only; the walk itself is in eval_expr.c. */
#include "query/pattern_anchor.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Says why once per subject: e leads to one of a set's members. */
void qpattern_note_ambiguous(qeval *ev, const pg_edge_info *e) {
  pg_node_info from, to;
  if (ev->undecided_why[0] || pg_graph_node(ev->g, e->from, &from) != PG_OK ||
      pg_graph_node(ev->g, e->to, &to) != PG_OK)
    return;
  snprintf(ev->undecided_why, sizeof ev->undecided_why,
           "%s %s names one instance of %s by a key the plan does not hold, and the plan "
           "cannot tell which",
           from.address, e->label ? e->label : "", to.address);
}

int qpattern_has_wildcard(const char *g) { return strpbrk(g, "*?[") != NULL; }

/* How many nodes an unbound node pattern would start from: the instances
 * of its types when they are plain names (counted up to `limit`), more
 * than any count for a type glob, and more again for a scan of a kind. */
static size_t anchor_cost(qeval *ev, const qnode *np, size_t limit) {
  unsigned typed = (1u << PG_NODE_RESOURCE) | (1u << PG_NODE_DATA);
  if (!np->globs || (np->mask & ~typed)) return SIZE_MAX;
  size_t n = 0;
  for (size_t gi = 0; gi < np->n_globs; gi++) {
    if (qpattern_has_wildcard(np->globs[gi])) return SIZE_MAX - 1;
    for (pg_node_id id = pg_graph_first_of_type(ev->g, np->globs[gi]); id >= 0 && n < limit;
         id = pg_graph_next_of_type(ev->g, id))
      n++;
  }
  return n;
}

/* The node to start from: a bound one (one candidate); else the first
 * with a type, as written, unless another has far fewer candidates by the
 * type index (8x fewer, and 64 or more saved): then that one. Keeping the
 * written anchor when it is about as good keeps rows in the order authors
 * expect; the pattern is walked out from the anchor along the adjacency,
 * outgoing and incoming. */
int qpattern_anchor(qeval *ev, const qnode *pat) {
  for (size_t i = 0; i < pat->n_items; i += 2)
    if (pat->items[i]->u.node.bound) return (int)i;
  size_t written = 0;
  for (size_t i = 0; i < pat->n_items; i += 2)
    if (pat->items[i]->globs) {
      written = i;
      break;
    }
  size_t written_cost = anchor_cost(ev, pat->items[written], SIZE_MAX);
  size_t best = written, best_cost = written_cost;
  for (size_t i = 0; i < pat->n_items; i += 2) {
    size_t cost = i == written ? written_cost : anchor_cost(ev, pat->items[i], best_cost);
    if (cost < best_cost) {
      best = i;
      best_cost = cost;
    }
  }
  int far_better = best_cost < SIZE_MAX / 16 && best_cost * 8 <= written_cost &&
                   written_cost - best_cost >= 64;
  return (int)(far_better ? best : written);
}

