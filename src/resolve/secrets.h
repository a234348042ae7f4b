/* Known secrets of a loaded plan (secrets.c), for whatever renders plan
 * values: the graph's own renderer and the query language's values. */
#ifndef PG_SECRETS_H
#define PG_SECRETS_H

#include <stddef.h>

#include "plangraph/graph.h"

/* Whether s[0..n) contains a string the plan marks sensitive somewhere. */
int g_holds_secret(const pg_graph *g, const char *s, size_t n);

#endif
