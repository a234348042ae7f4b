/* paths(value, glob), the built-in (paths.c): every path to a non-null
 * leaf of value, an object from the plan or a value the query built, that
 * glob matches, in the order of the value; a sensitive position is one
 * opaque leaf. */
#ifndef PG_QUERY_PATHS_H
#define PG_QUERY_PATHS_H

#include "query/builtins.h"

/* The paths as a list of strings in fx->mem; null when out of memory
 * (counted in fx->mem->failed). */
qvalue qpaths(qfunc_ctx *fx, qvalue v, const char *glob);

#endif
