/* The checker stage (qcheck.c), called only by the driver (compile.c)
 * after the parser: binds names to slots, resolves functions, infers
 * types and compiles literal regexes into q. */
#ifndef PG_QCHECK_H
#define PG_QCHECK_H

#include "query/qast.h"

/* Checks a parsed query in place. PG_OK, or PG_ERR_PARSE with every error
 * added to diags. */
int qcheck_query(qquery *q, pg_diags *diags);

#endif
