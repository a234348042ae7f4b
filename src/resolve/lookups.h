/* Data sources that look a managed resource of the same plan up by its
 * tags, linked to it, with the references made through them (lookups.c
 * says why). */
#ifndef PG_LOOKUPS_H
#define PG_LOOKUPS_H

#include "graph/graph_impl.h"

/* Runs once every reference is resolved (locals through terraform graph
 * included) and known ids are linked, before edges are judged plausible
 * and regions inferred. PG_OK or PG_ERR_NOMEM. */
int lookups_link(build *b);

#endif
