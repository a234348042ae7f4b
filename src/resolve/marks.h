/* Terraform's value marks, read in one place. after_unknown,
 * after_sensitive and before_sensitive are JSON trees of the same shape as
 * the values they mark, with `true` where a value is marked; a `true` covers
 * everything below it, and an absent member is unmarked. Marks stay slices
 * of the plan text (base/jscan.h): nothing here builds a tree or allocates
 * beyond a path buffer, so the readers of planned values (the graph's
 * renderer, secrets, the query language's lazy values) all follow marks the
 * same way. This file also owns the text a renderer writes in place of a
 * marked value. */
#ifndef PG_MARKS_H
#define PG_MARKS_H

#include <stddef.h>

#include "base/jscan.h"

/* Whether the whole value under m is marked (m is `true`). An empty slice
 * marks nothing. */
int marks_all(jslice m);
/* Whether m marks nothing at any depth: it holds no `true` (a tree of
 * empty objects, empty arrays and false, as a resource without sensitive
 * values has). A key spelt "true" makes it answer 0, which is safe: the
 * caller then looks its marks up as usual. */
int marks_none(jslice m);
/* The marks one step down, at object member `key` or array element i:
 * `true` when m is `true` (it covers its children), else m's member or
 * element, or an empty slice when m has none. */
jslice marks_member(jslice m, const char *key);
jslice marks_element(jslice m, size_t i);

/* The marks of an array's elements in order, marks_element(m, 0), (m, 1)...
 * read in one pass over m: looking each up from m's start made a walk
 * over a list of n values (terraform marks each element: [false, ...])
 * cost n^2. */
typedef struct marks_iter {
  int all;        /* m is `true`: it marks every element */
  js_elems elems; /* else m's elements, when it is an array */
} marks_iter;

void marks_iter_init(marks_iter *mi, jslice m);
/* The next element's marks (`true`, its slice in m, or empty past m's end). */
jslice marks_iter_next(marks_iter *mi);

/* One step of a path into values: an object key (raw, escapes kept, as the
 * scanner hands keys out) or, when key.p is NULL, an array index. */
typedef struct marks_step {
  jslice key;           /* raw member key, or {NULL, 0} for an element */
  size_t index;         /* element index when key.p is NULL */
} marks_step;

/* Whether the position `path[0..n)` below m is marked: some prefix of the
 * path ends at a `true`. */
int marks_at(jslice m, const marks_step *path, size_t n);

/* A marked position met by marks_visit. Everything points into the plan
 * text or the walker's path buffer and is valid during the call only. */
typedef struct marks_leaf {
  jslice value;             /* the values there; empty when they lack it */
  const marks_step *path;   /* from the root of the marks */
  size_t depth;             /* steps in path */
} marks_leaf;

/* Called per marked position; a nonzero return stops the walk and is
 * passed back. */
typedef int (*marks_leaf_fn)(void *ctx, const marks_leaf *leaf);

/* Calls fn for every `true` in marks m at depth <= max_depth (0: only m
 * itself), in document order, with the slice of `values` at the same
 * position (values may be empty: a walk over marks alone). Children of a
 * `true` are not visited (it covers them). Returns 0, or fn's first nonzero
 * return. Marks come from a plan the scanner validated; what does not scan
 * is skipped as unmarked. */
int marks_visit(jslice m, jslice values, size_t max_depth, marks_leaf_fn fn, void *ctx);

/* ---- rendering ---------------------------------------------------------- */

typedef enum marks_kind { MARKS_SENSITIVE, MARKS_UNKNOWN } marks_kind;

/* The text written in place of a value carrying mark k: "(sensitive)" or
 * "(known after apply)"; as a JSON string literal (quotes included) when
 * quoted. Static storage. */
const char *marks_placeholder(marks_kind k, int quoted);

#endif
