/* Planned values as the reference stage reads them (values.c). */
#ifndef PG_VALUES_H
#define PG_VALUES_H

#include "graph/graph_impl.h"

/* Whether the planned value at an attribute path ("a.b.c", as reference
 * labels write it; every element of a block list is followed) is known to
 * be null everywhere: then the expression there names nothing in this plan,
 * whatever its references are (`cond ? var.key : null` that chose null).
 * False when any part is unknown, missing, or not null. */
int values_planned_null(const node *n, const char *path);

#endif
