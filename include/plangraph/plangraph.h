/* plangraph: typed dependency graphs of Terraform plans, and queries on
 * them. Include this one header to get the whole public API. */
#ifndef PLANGRAPH_H
#define PLANGRAPH_H

#include "plangraph/diag.h"
#include "plangraph/graph.h"
#include "plangraph/guard.h"
#include "plangraph/input.h"
#include "plangraph/export.h"
#include "plangraph/query.h"

#define PG_VERSION "0.1.0"

#endif
