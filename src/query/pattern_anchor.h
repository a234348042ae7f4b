/* The anchor of a pattern, what a node pattern accepts, and the doubts of
 * ambiguous edges and open references (pattern_anchor.c), for the pattern
 * walk in eval_expr.c. */
#ifndef PG_PATTERN_ANCHOR_H
#define PG_PATTERN_ANCHOR_H

#include "query/qeval.h"

/* Whether a type or label glob has a wildcard (else it is a plain name). */
int qpattern_has_wildcard(const char *glob);
/* How many nodes an unbound node pattern would start from: the instances
 * of its types when they are plain names (counted up to `limit`),
 * SIZE_MAX - 1 for a type glob (more than any count) and SIZE_MAX for a
 * scan of a kind (more again). */
size_t qpattern_candidates(const pg_graph *g, const qnode *np, size_t limit);
/* The node item of pat to start from (an even index into pat->items). */
int qpattern_anchor(qeval *ev, const qnode *pat);
/* Says why once per subject (ev->undecided_why): edge e leads to one of a
 * set's members and the plan cannot tell which. */
void qpattern_note_ambiguous(qeval *ev, const pg_edge_info *e);

/* Whether a name matches one of n globs (globs NULL: any name). */
int qpattern_glob_match(const char *const *globs, size_t n, const char *s);
/* The same for a name the graph holds, remembered in ev (glob_memo). */
int qpattern_glob_memo(qeval *ev, const char *const *globs, size_t n, const char *s);
/* Whether node pattern np accepts node id: its kinds, types and whether
 * it is being deleted. */
int qpattern_node_accepts(qeval *ev, const qnode *np, pg_node_id id);
/* Whether node id stands for a set (a module call's node, for every
 * instance of a call with for_each): an ambiguous edge to it reaches one
 * member the plan does not name. */
int qpattern_is_set(qeval *ev, pg_node_id id);
/* Counts a match the graph cannot decide (an open reference may hide an
 * edge that ep would follow out of cur, out = 1, or into cur from a node
 * that np accepts, out = 0, np's node itself when `fixed`), and says why
 * once per subject (ev->undecided_why; own_why: this one, in place of
 * what it held). Returns whether one may. */
int qpattern_open_may_hide(qeval *ev, const qnode *ep, const qnode *np, int fixed, pg_node_id cur,
                           int out, int own_why);
/* Counts the match an open reference of holder (under label) may hide,
 * as qpattern_open_may_hide does once it has found one. */
void qpattern_note_open(qeval *ev, const qnode *ep, pg_node_id holder, const char *label,
                        int own_why);
/* The nodes an unbound node pattern np accepts that hold an open reference
 * under a label ep follows (so may name any node): up to
 * QPATTERN_HOLDERS_MAX of them, copied to holders and labels (each the
 * first such label). Returns how many, or -1 when there are more. */
#define QPATTERN_HOLDERS_MAX 8
int qpattern_open_holders(qeval *ev, const qnode *ep, const qnode *np, pg_node_id *holders,
                          const char **labels);

#endif
