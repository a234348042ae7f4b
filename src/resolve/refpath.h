/* References and value paths of plan JSON expressions. An expression's
 * "references" list what it reads and every object those go through
 * (`var.m["a"]` and `var.m`); a path is the traversal terraform writes
 * after a variable's name (`["primary"]`, `.dr.region`, `[0]`). */
#ifndef PG_REFPATH_H
#define PG_REFPATH_H

#include <jansson.h>
#include <stddef.h>

#include "plan/address.h"

/* Whether refs[i] is what the expression reads, not an object another of
 * refs goes through; the first of equal ones. */
int refpath_read(json_t *refs, size_t i);
/* How many of refs the expression reads. */
size_t refpath_count_reads(json_t *refs);
/* The one reference an expression reads (the first, when none is). */
const char *refpath_only_read(json_t *refs);
/* The part of v one step of a path names (borrowed), or NULL. */
json_t *refpath_step(json_t *v, const addr_step *k);

/* The part of v that path names (borrowed), or NULL when v has no such
 * part or path does not parse; a list indexed by a string of digits
 * (`["1"]`) is indexed as terraform converts it. */
json_t *refpath_value_at(json_t *v, const char *path);

/* Whether the n references read (strings stride bytes apart from read,
 * as an expression's text names them) are exactly those refs records as
 * read: else the text is not the expression planned (stale sources, or
 * another root's). */
int refpath_reads_exactly(json_t *refs, const char *read, size_t stride, size_t n);

#endif
