/* The instances of a resource (a configuration address) grouped by the
 * module instance they sit in, cut at a depth: where a local of
 * `module.svc["a"]` reads `aws_security_group.this`, its value is the
 * group of `module.svc["a"]`, and finding it must not walk the instances
 * of every other key (a for_each over thousands of services would make
 * resolving its locals quadratic). Built once per (address, depth), on
 * first use, by the locals' resolution (locals.c). */
#ifndef PG_INSTINDEX_H
#define PG_INSTINDEX_H

#include <stddef.h>

#include "plangraph/graph.h"

typedef struct inst_group inst_group;

typedef struct inst_index {
  const pg_graph *g;
  inst_group *groups;
  size_t n, cap;
} inst_index;

void inst_index_init(inst_index *x, const pg_graph *g);
void inst_index_release(inst_index *x);

/* The instances of configuration address `target` (interned in the graph)
 * whose module instance, cut at `depth` module calls, is the first `len`
 * bytes of `inst`: *out points at *n node ids, in the plan's order, valid
 * until the index is released. PG_OK or PG_ERR_NOMEM. */
int inst_index_find(inst_index *x, const char *target, size_t depth, const char *inst, size_t len,
                    const pg_node_id **out, size_t *n);

#endif
