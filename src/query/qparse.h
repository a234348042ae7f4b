/* The parser stage (qparse.c), called only by the driver (compile.c): it
 * turns a query's text into the syntax tree of qast.h and never runs the
 * checker itself. */
#ifndef PG_QPARSE_H
#define PG_QPARSE_H

#include "query/qast.h"

/* Parses q->src (q->file names it in messages) into q's clauses. Returns
 * PG_OK, or PG_ERR_PARSE after adding up to ten errors to diags; the tree
 * is then partial and the caller frees q. adhoc: accept a bare `match ...
 * return` or `check` without the `query` header. */
int qparse_query(qquery *q, int adhoc, pg_diags *diags);

#endif
