/* The anchor of a pattern and the reason for an ambiguous edge
 * (pattern_anchor.c), for the pattern walk in eval_expr.c. */
#ifndef PG_PATTERN_ANCHOR_H
#define PG_PATTERN_ANCHOR_H

#include "query/qeval.h"

/* Whether a type or label glob has a wildcard (else it is a plain name). */
int qpattern_has_wildcard(const char *glob);
/* The node item of pat to start from (an even index into pat->items). */
int qpattern_anchor(qeval *ev, const qnode *pat);
/* Says why once per subject (ev->undecided_why): edge e leads to one of a
 * set's members and the plan cannot tell which. */
void qpattern_note_ambiguous(qeval *ev, const pg_edge_info *e);

#endif
