/* The DOT that `terraform graph` prints, read into a small graph of
 * configuration addresses: resources and data sources, and (in the
 * `-type=plan` form) local values, input variables and outputs. Node names
 * are interned in the plangraph graph, so an address is one pointer. Both
 * forms are transitive reductions: an edge means "depends on, directly or
 * through what the target depends on". */
#ifndef PG_TFDOT_H
#define PG_TFDOT_H

#include <stddef.h>
#include <stdint.h>

#include "base/hash.h"
#include "base/input.h"
#include "base/strbuf.h"
#include "graph/graph_impl.h"

typedef enum tfdot_kind {
  TFDOT_RESOURCE,  /* [module.M.]TYPE.NAME or data.TYPE.NAME */
  TFDOT_LOCAL,     /* [module.M.]local.NAME */
  TFDOT_VAR,       /* [module.M.]var.NAME */
  TFDOT_OUTPUT,    /* [module.M.]output.NAME */
  /* module.M: its close node (`module.m (close)`), which depends on every
   * output of the module; what reads it reads some output of M. */
  TFDOT_MODULE
} tfdot_kind;

typedef struct tfdot_node {
  const char *addr;      /* configuration address, interned in the graph */
  tfdot_kind kind;
} tfdot_node;

typedef struct tfdot_edge {
  int32_t from, to;      /* tfdot_node ids */
} tfdot_edge;

typedef struct tfdot {
  tfdot_node *nodes; size_t n_nodes, cap_nodes;
  tfdot_edge *edges; size_t n_edges, cap_edges;  /* in file order */
  size_t *out_start;     /* CSR: successors of v are out_to[out_start[v]..[v+1]) */
  int32_t *out_to;
  idset ids;             /* node ids by address pointer */
  size_t arrows;         /* every arrow in the file, whatever its ends */
  size_t values;         /* local, var and output nodes: the -type=plan form */
} tfdot;

/* Reads path ("-": standard input) into d (zeroed first), through the
 * bounded reader with the plan's limits (size, wait for a pipe or FIFO;
 * directories and devices refused). PG_OK, or a pg_status with a
 * diagnostic naming the file (and line) in b->diags. d is released by
 * tfdot_release in every case. */
int tfdot_read(build *b, const char *path, const input_limits *lim, tfdot *d);
/* An empty DOT, to be filled with tfdot_add_edge and indexed with
 * tfdot_index (srcdot.c builds one from the .tf sources). */
void tfdot_init(tfdot *d);
/* The node for a configuration address (interned here), added when new;
 * -1 when out of memory. */
int32_t tfdot_add_node(build *b, tfdot *d, const char *addr, tfdot_kind kind);
/* An edge from `from` to `to` (configuration addresses, interned here),
 * adding either node when new: PG_OK or PG_ERR_NOMEM. */
int tfdot_add_edge(build *b, tfdot *d, const char *from, tfdot_kind kf, const char *to,
                   tfdot_kind kt);
/* Fills out_start and out_to from the edges: PG_OK or PG_ERR_NOMEM. */
int tfdot_index(tfdot *d);
/* The node for an interned address, or -1. */
int32_t tfdot_find(const tfdot *d, const char *addr);
void tfdot_release(tfdot *d);

/* One name of a reference's steps: module, m and out of
 * `module.m[each.key].out` (indexes are no names). */
typedef struct tfdot_word {
  const char *s;
  size_t len;
} tfdot_word;

/* How tfdot_reference reads a reference's names. */
enum {
  /* TYPE.NAME is a resource only where TYPE holds an underscore, as every
   * resource type does: expressions scanned from the sources hold `for`
   * variables (`s.id`), which plan JSON's reference lists never do. */
  TFDOT_TYPE_NEEDS_UNDERSCORE = 1,
  /* module.M alone names M's close node (TFDOT_MODULE); without this flag
   * it names nothing. */
  TFDOT_WHOLE_MODULE = 2
};

/* The one rule for the DOT address of what a reference depends on, read
 * in the configuration module at `scope` ("" for the root, else
 * "module.a.module.b"), from its names words[0..n): [SCOPE.]var.X,
 * local.X, module.M.output.O (module.M.O), data.TYPE.NAME or TYPE.NAME,
 * into out, with its kind. 1 when it names one of these, 0 when not
 * (each.value, count.index, path.module, terraform.workspace, self.x),
 * -1 when out of memory. */
int tfdot_reference(const char *scope, const tfdot_word *words, size_t n, unsigned flags,
                    strbuf *out, tfdot_kind *kind);

#endif
