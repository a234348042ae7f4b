/* Where a pattern starts and what it says of edges it cannot follow: the
 * anchor a pattern is walked out from (by the type index's counts) and the
 * reason recorded for an ambiguous edge. Both read the graph's indexes
 * only; the walk itself is in eval_expr.c. */
#include "query/pattern_anchor.h"

#include <fnmatch.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Whether module node id stands for a call's keyed instances (its module
 * edges lead to ADDRESS[KEY]), not for one module (a whole module a
 * reference names, one of several candidates). */
static int instance_set(const qeval *ev, pg_node_id id, const char *address) {
  const pg_edge_id *ids;
  size_t n = pg_graph_out_edges(ev->g, id, &ids), len = strlen(address);
  for (size_t i = 0; i < n; i++) {
    pg_edge_info e;
    pg_node_info to;
    if (pg_graph_edge(ev->g, ids[i], &e) == PG_OK && e.kind == PG_EDGE_MODULE &&
        pg_graph_node(ev->g, e.to, &to) == PG_OK)
      return strncmp(to.address, address, len) == 0 && to.address[len] == '[';
  }
  return 0;
}

/* Says why once per subject: e leads to one of a module call's instances
 * (an edge to the call), or to one of several objects. */
void qpattern_note_ambiguous(qeval *ev, const pg_edge_info *e) {
  pg_node_info from, to;
  if (qeval_why_taken(ev) || pg_graph_node(ev->g, e->from, &from) != PG_OK ||
      pg_graph_node(ev->g, e->to, &to) != PG_OK)
    return;
  ev->why_global = 0;
  if (to.kind == PG_NODE_MODULE && instance_set(ev, e->to, to.address))
    snprintf(ev->undecided_why, sizeof ev->undecided_why,
             "%s %s names one instance of %s by a key the plan does not hold, and the plan "
             "cannot tell which",
             from.address, e->label ? e->label : "", to.address);
  else
    snprintf(ev->undecided_why, sizeof ev->undecided_why,
             "%s %s names %s or another of the objects the plan links there, and the plan "
             "cannot tell which",
             from.address, e->label ? e->label : "", to.address);
}

int qpattern_has_wildcard(const char *g) { return strpbrk(g, "*?[") != NULL; }

size_t qpattern_candidates(const pg_graph *g, const qnode *np, size_t limit) {
  unsigned typed = (1u << PG_NODE_RESOURCE) | (1u << PG_NODE_DATA);
  if (!np->globs || (np->mask & ~typed)) return SIZE_MAX;
  size_t n = 0;
  for (size_t gi = 0; gi < np->n_globs; gi++) {
    if (qpattern_has_wildcard(np->globs[gi])) return SIZE_MAX - 1;
    for (pg_node_id id = pg_graph_first_of_type(g, np->globs[gi]); id >= 0 && n < limit;
         id = pg_graph_next_of_type(g, id))
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
  size_t written_cost = qpattern_candidates(ev->g, pat->items[written], SIZE_MAX);
  size_t best = written, best_cost = written_cost;
  for (size_t i = 0; i < pat->n_items; i += 2) {
    size_t cost = i == written ? written_cost : qpattern_candidates(ev->g, pat->items[i], best_cost);
    if (cost < best_cost) {
      best = i;
      best_cost = cost;
    }
  }
  int far_better = best_cost < SIZE_MAX / 16 && best_cost * 8 <= written_cost &&
                   written_cost - best_cost >= 64;
  return (int)(far_better ? best : written);
}

/* ---- what a node accepts, and open references ---------------------- */

int qpattern_glob_match(const char *const *globs, size_t n, const char *s) {
  if (!globs) return 1;
  if (!s) return 0;
  for (size_t i = 0; i < n; i++)
    if (fnmatch(globs[i], s, 0) == 0) return 1;
  return 0;
}

int qpattern_glob_memo(qeval *ev, const char *const *globs, size_t n, const char *s) {
  if (!globs || !s) return qpattern_glob_match(globs, n, s);
  uint64_t h = ((uint64_t)(uintptr_t)globs * 0x9e3779b97f4a7c15ull) ^ (uint64_t)(uintptr_t)s;
  h *= 0xff51afd7ed558ccdull;
  size_t slot = (size_t)(h >> 32) % (sizeof ev->glob_memo / sizeof ev->glob_memo[0]);
  if (ev->glob_memo[slot].globs == (const void *)globs && ev->glob_memo[slot].s == s)
    return ev->glob_memo[slot].hit;
  int hit = qpattern_glob_match(globs, n, s);
  ev->glob_memo[slot].globs = globs;
  ev->glob_memo[slot].s = s;
  ev->glob_memo[slot].hit = hit;
  return hit;
}

int qpattern_node_accepts(qeval *ev, const qnode *np, pg_node_id id) {
  pg_node_info info;
  if (pg_graph_node(ev->g, id, &info) != PG_OK) return 0;
  if (!(np->mask & (1u << info.kind))) return 0;
  if (info.kind == PG_NODE_RESOURCE) {
    int deleted = !pg_action_present(info.action);
    if (deleted != np->u.node.deleted) return 0;
  } else if (np->u.node.deleted) {
    return 0;
  }
  if (np->globs) {
    const char *what = info.kind == PG_NODE_RESOURCE || info.kind == PG_NODE_DATA
                           ? info.type
                           : info.kind == PG_NODE_PROVIDER ? info.type : info.name;
    if (!qpattern_glob_memo(ev, np->globs, np->n_globs, what)) return 0;
  }
  return 1;
}

int qpattern_is_set(qeval *ev, pg_node_id id) {
  pg_node_info info;
  return pg_graph_node(ev->g, id, &info) == PG_OK && info.kind == PG_NODE_MODULE;
}

/* Whether an open reference may hide an edge that ep would follow from
 * cur outwards (cur holds one under a label ep accepts), or inwards into
 * cur (a node that np accepts holds one; for a bound np, that node). Each
 * gives the holder and label of the first one, or -1. */
static pg_node_id open_out(const qeval *ev, const qnode *ep, pg_node_id cur, const char **label) {
  const char *const *labels;
  size_t n = pg_graph_open_labels(ev->g, cur, &labels);
  for (size_t i = 0; i < n; i++)
    if (qpattern_glob_match(ep->globs, ep->n_globs, labels[i])) return *label = labels[i], cur;
  return -1;
}

/* The nodes np accepts (only that one, if only >= 0) that hold an open
 * reference under a label ep follows, each once with its first such
 * label: up to max of them in holders and labels. Returns how many, or -1
 * when there are more than max. */
static int holds_open(qeval *ev, const qnode *ep, const qnode *np, pg_node_id only,
                      pg_node_id *holders_out, const char **labels_out, int max) {
  size_t labels = pg_graph_open_label_count(ev->g);
  int found = 0;
  for (size_t i = 0; i < labels; i++) {
    const pg_node_id *holders;
    size_t n;
    const char *l = pg_graph_open_label(ev->g, i, &holders, &n);
    if (!qpattern_glob_match(ep->globs, ep->n_globs, l)) continue;
    for (size_t j = 0; j < n; j++) {
      if ((only >= 0 && holders[j] != only) || !qpattern_node_accepts(ev, np, holders[j])) continue;
      int seen = 0;
      for (int k = 0; k < found && !seen; k++) seen = holders_out[k] == holders[j];
      if (seen) continue;
      if (found == max) return -1;
      holders_out[found] = holders[j];
      labels_out[found++] = l;
    }
  }
  return found;
}

/* The holders of open references into a node that np accepts (an
 * unbound np): per pattern pair, listed once (open_memo); n is -1 past
 * QPATTERN_HOLDERS_MAX, with the first holder kept for the reason. */
static int open_holders(qeval *ev, const qnode *ep, const qnode *np, size_t *slot) {
  size_t k = 0;
  while (k < ev->n_open_memo && !(ev->open_memo[k].ep == ep && ev->open_memo[k].np == np)) k++;
  if (k == ev->n_open_memo) {
    if (k == sizeof ev->open_memo / sizeof ev->open_memo[0]) k = 0;  /* full: reuse the first */
    else ev->n_open_memo++;
    ev->open_memo[k].ep = ep;
    ev->open_memo[k].np = np;
    int n = holds_open(ev, ep, np, -1, ev->open_memo[k].holders, ev->open_memo[k].labels,
                       QPATTERN_HOLDERS_MAX);
    ev->open_memo[k].n = n;
    ev->open_memo[k].holder = n > 0 ? ev->open_memo[k].holders[0] : -1;
    ev->open_memo[k].label = n > 0 ? ev->open_memo[k].labels[0] : NULL;
    if (n < 0)
      holds_open(ev, ep, np, -1, &ev->open_memo[k].holder, &ev->open_memo[k].label, 1);
  }
  *slot = k;
  return ev->open_memo[k].n;
}

static pg_node_id open_in(qeval *ev, const qnode *ep, const qnode *np, int fixed,
                          const char **label) {
  pg_node_id holder = -1;
  if (fixed) {
    qvalue v = ev->slots[np->u.node.slot];
    return v.kind == QV_NODE && holds_open(ev, ep, np, v.u.node, &holder, label, 1) == 1 ? holder
                                                                                         : -1;
  }
  size_t k;
  if (open_holders(ev, ep, np, &k) == 0) return -1;
  *label = ev->open_memo[k].label;
  return ev->open_memo[k].holder;
}

int qpattern_open_holders(qeval *ev, const qnode *ep, const qnode *np, pg_node_id *holders,
                          const char **labels) {
  if (!(ep->mask & (1u << PG_EDGE_REFERENCE)) || !pg_graph_open_label_count(ev->g)) return 0;
  size_t k;
  int n = open_holders(ev, ep, np, &k);
  for (int i = 0; i < n; i++) {
    holders[i] = ev->open_memo[k].holders[i];
    labels[i] = ev->open_memo[k].labels[i];
  }
  return n;
}

_Static_assert(QPATTERN_HOLDERS_MAX == sizeof ((qeval *)0)->open_memo[0].holders /
                                         sizeof ((qeval *)0)->open_memo[0].holders[0],
               "open_memo lists QPATTERN_HOLDERS_MAX holders");

/* "a, b and c": every open label of holder that ep accepts, so that the
 * reason names all the attributes in doubt, not the first one met (an
 * alarm reading alarm_actions, ok_actions and insufficient_data_actions
 * from one local value). first, the one met, is named when no other is. */
static void open_labels_text(const qeval *ev, const qnode *ep, pg_node_id holder,
                             const char *first, char *out, size_t size) {
  const char *const *labels;
  size_t n = pg_graph_open_labels(ev->g, holder, &labels), named = 0, len = 0;
  out[0] = '\0';
  for (size_t i = 0; i < n; i++) {
    if (!qpattern_glob_match(ep->globs, ep->n_globs, labels[i])) continue;
    size_t later = 0;
    for (size_t j = i + 1; j < n; j++) later += qpattern_glob_match(ep->globs, ep->n_globs, labels[j]);
    const char *sep = named == 0 ? "" : later ? ", " : " and ";
    int w = snprintf(out + len, size - len, "%s%s", sep, labels[i]);
    if (w < 0 || (size_t)w >= size - len) {
      out[len] = '\0';  /* a label cut in two names nothing */
      break;
    }
    len += (size_t)w;
    named++;
  }
  if (!named) snprintf(out, size, "%s", first);
}

int qpattern_open_may_hide(qeval *ev, const qnode *ep, const qnode *np, int fixed, pg_node_id cur,
                           int out, int own_why) {
  if (!(ep->mask & (1u << PG_EDGE_REFERENCE)) || !pg_graph_open_label_count(ev->g)) return 0;
  const char *label = NULL;
  pg_node_id holder = out ? open_out(ev, ep, cur, &label) : open_in(ev, ep, np, fixed, &label);
  if (holder < 0) return 0;
  qpattern_note_open(ev, ep, holder, label, own_why);
  return 1;
}

void qpattern_note_open(qeval *ev, const qnode *ep, pg_node_id holder, const char *label,
                        int own_why) {
  /* What an unresolved reference names is not in the graph: a match
   * through it can be neither found nor ruled out. */
  ev->unknown_hits++;
  ev->undecided_members++;
  if (qeval_why_taken(ev) && !own_why) return;
  pg_node_info info;
  if (pg_graph_node(ev->g, holder, &info) != PG_OK) return;
  ev->why_global = 0;
  char labels[256];
  open_labels_text(ev, ep, holder, label, labels, sizeof labels);
  snprintf(ev->undecided_why, sizeof ev->undecided_why, "%s takes %s from a local value%s",
           info.address, labels,
           pg_graph_tf_graph_locals(ev->g)
               ? ", and neither plan JSON nor `terraform graph` says what it names"
               : ", which plan JSON does not describe (the output of `terraform graph -type=plan` "
                 "may resolve it)");
}
