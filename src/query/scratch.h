/* Per-binding scratch memory of quantifiers and comprehensions: what one
 * binding's condition and body allocate (the paths walked, frames of def
 * calls, lists concatenated on the way) is dropped as soon as the binding
 * is done, so a comprehension over every resource of a plan holds its
 * results, not everything computed to reach them. A comprehension's
 * element is copied out into the memory of the level around it first. */
#ifndef PG_QUERY_SCRATCH_H
#define PG_QUERY_SCRATCH_H

#include "query/qeval.h"

/* Makes the next scratch level ev's current memory and returns the memory
 * in use before (to give back to qscratch_leave). Past QEVAL_SCRATCH_LEVELS
 * levels it changes nothing and returns the current memory. */
arena *qscratch_enter(qeval *ev);
/* Goes back to outer, dropping what the level allocated. An allocation
 * the level was refused fails the evaluation (out of memory) first: after
 * the reset nothing would show it. */
void qscratch_leave(qeval *ev, arena *outer);
/* v with every part the current scratch level owns copied into outer
 * (parts owned elsewhere, the graph's, the query's, an outer level's,
 * are shared, as values are immutable). Not counted in the budget: the
 * bytes were counted when the scratch level allocated them. When v is
 * nested too deep to copy, the level's memory moves into outer whole
 * instead (kept, not dropped) and v is returned as it is. Out of memory
 * fails the evaluation and gives null. */
qvalue qscratch_keep(qeval *ev, arena *outer, qvalue v);

#endif
