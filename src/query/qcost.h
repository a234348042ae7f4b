/* Query cost estimates (qcost.c): the order a check run takes queries in. */
#ifndef PG_QCOST_H
#define PG_QCOST_H

#include <stdint.h>

#include "query/qast.h"

/* About how many pattern starts q makes on g (saturating; 0 when out of
 * memory): comparable between queries of one graph, nothing more. */
uint64_t qquery_cost(const qquery *q, const pg_graph *g);

#endif
