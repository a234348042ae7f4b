/* Query parameters given as text (`--param NAME=VALUE`): the one parser of
 * a value by its declared type, used both when the value is set on a query
 * set (to reject it early) and when a query runs (to get the value). */
#ifndef PG_QPARAM_H
#define PG_QPARAM_H

#include "query/qast.h"
#include "query/qvalue.h"

/* Parses text as a value of type t: a string as is; a number (strtod, the
 * whole text); true or false; a comma-separated list of strings or of
 * numbers, each element trimmed of spaces ("" is the empty list). Strings
 * and lists are allocated in mem. Returns PG_OK with *out set,
 * PG_ERR_PARSE when the text is not a value of the type, or PG_ERR_NOMEM. */
int qparam_parse(qparam_type t, const char *text, arena *mem, qvalue *out);

#endif
