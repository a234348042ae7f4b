/* Node sets for `x in L` over the query-level lists: `n in
 * encrypted_resources`, tested for each of thousands of resources, would
 * otherwise compare n with every element each time (n * k for k tests).
 * A list of at least MEMBER_SET_MIN nodes that a query-level `let` holds
 * gets, on its first test, a bitmap of its node ids and its sensitivity,
 * and each later test costs one bit. Only query-level lists: they live
 * until the query ends, so a list's address names it for that long (a
 * subject's list may be freed and its address reused). The sets are
 * emptied when the evaluator takes another query. */
#ifndef PG_MEMBERSET_H
#define PG_MEMBERSET_H

#include <stddef.h>
#include <stdint.h>

#include "query/qvalue.h"

#define MEMBER_SET_MIN 64

typedef struct member_set {
  const qlist *list;     /* the list it stands for */
  uint64_t *bits;        /* its node ids; NULL: it holds other values too */
  int sensitive;         /* an element is marked sensitive */
} member_set;

typedef struct member_sets {
  member_set *sets;      /* malloc'd (vec.h) */
  size_t n, cap;
} member_sets;

void member_sets_clear(member_sets *s);
/* The set of list l, made on first use over a graph of n_nodes nodes;
 * NULL when out of memory. */
const member_set *member_sets_get(member_sets *s, const qlist *l, size_t n_nodes);
/* Whether the set holds node id (bits must be non-NULL). */
static inline int member_set_has(const member_set *m, pg_node_id id) {
  return (m->bits[(size_t)id / 64] >> ((size_t)id % 64)) & 1;
}

#endif
