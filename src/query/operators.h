/* Operators on evaluated values (operators.c): what a binary operator
 * or `in` gives for operands a and b. */
#ifndef PG_QUERY_OPERATORS_H
#define PG_QUERY_OPERATORS_H

#include "query/memberset.h"
#include "query/qeval.h"

/* a OP b for binary operator node n (its op; n->b is the pattern of a
 * regex match), sens: whether an operand is sensitive. Unknown when an
 * operand is. */
qvalue qop_binary(qeval *ev, const qnode *n, qvalue a, qvalue b, int sens);
/* a in b: a substring of a string, a key of an object, an element of a
 * list (unknown where the list may lack members). */
qvalue qop_in(qeval *ev, qvalue a, qvalue b);
/* The node set of b when b is a long list of nodes that a query-level let
 * holds (memberset.h); else NULL, and `in` compares element by element. */
const member_set *qop_member_set(qeval *ev, qvalue b);

#endif
