/* Open references: attribute labels under which a node holds a reference
 * that the plan does not resolve (a local value, when no `terraform graph
 * -type=plan` says what it reads). What such a reference names is missing
 * from the graph, so a pattern that follows that label cannot tell that it
 * does not match: the evaluator treats the missing edge as unknown. Kept
 * twice, by node and by label, so both directions of a pattern step are one
 * look-up. */
#include "graph/graph_impl.h"

#include <stdlib.h>
#include <string.h>

#include "base/vec.h"

int g_add_open(pg_graph *g, pg_node_id holder, const char *label) {
  if (VEC_RESERVE(g->open, g->cap_open, g->n_open + 1) < 0) return PG_ERR_NOMEM;
  g->open[g->n_open++] = (open_ref){holder, label};
  return PG_OK;
}

/* Labels are interned (one pointer per text), but ordered by their text:
 * the order of their addresses depends on the allocator (threads, ASan),
 * and a reason that lists a node's open labels must read the same at any
 * -j. */
static int label_order(const char *x, const char *y) { return x == y ? 0 : strcmp(x, y); }

static int by_node(const void *a, const void *b) {
  const open_ref *x = a, *y = b;
  if (x->node != y->node) return x->node < y->node ? -1 : 1;
  return label_order(x->label, y->label);
}

static int by_label(const void *a, const void *b) {
  const open_ref *x = a, *y = b;
  int c = label_order(x->label, y->label);
  if (c) return c;
  return x->node < y->node ? -1 : x->node > y->node;
}

/* Sorts and deduplicates, then builds both indexes. */
int g_index_open(pg_graph *g) {
  size_t n = g->n_open, k = 0;
  if (n) qsort(g->open, n, sizeof *g->open, by_node);
  for (size_t i = 0; i < n; i++)
    if (!k || g->open[i].node != g->open[k - 1].node || g->open[i].label != g->open[k - 1].label)
      g->open[k++] = g->open[i];
  g->n_open = n = k;
  g->open_start = calloc(g->n_nodes + 1, sizeof *g->open_start);
  g->open_node_labels = malloc((n ? n : 1) * sizeof *g->open_node_labels);
  g->open_label_nodes = malloc((n ? n : 1) * sizeof *g->open_label_nodes);
  g->open_labels = malloc((n ? n : 1) * sizeof *g->open_labels);
  g->open_label_start = malloc((n + 1) * sizeof *g->open_label_start);
  if (!g->open_start || !g->open_node_labels || !g->open_label_nodes || !g->open_labels ||
      !g->open_label_start)
    return PG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    g->open_start[g->open[i].node + 1]++;
    g->open_node_labels[i] = g->open[i].label;
  }
  for (size_t v = 0; v < g->n_nodes; v++) g->open_start[v + 1] += g->open_start[v];
  if (n) qsort(g->open, n, sizeof *g->open, by_label);
  g->n_open_labels = 0;
  for (size_t i = 0; i < n; i++) {
    if (!i || g->open[i].label != g->open[i - 1].label) {
      g->open_labels[g->n_open_labels] = g->open[i].label;
      g->open_label_start[g->n_open_labels++] = i;
    }
    g->open_label_nodes[i] = g->open[i].node;
  }
  g->open_label_start[g->n_open_labels] = n;
  return PG_OK;
}

void g_free_open(pg_graph *g) {
  free(g->open);
  free(g->open_start);
  free(g->open_node_labels);
  free(g->open_label_nodes);
  free(g->open_labels);
  free(g->open_label_start);
}

size_t pg_graph_open_labels(const pg_graph *g, pg_node_id id, const char *const **labels) {
  if (!g->open_start || id < 0 || (size_t)id >= g->n_nodes) {
    *labels = NULL;
    return 0;
  }
  *labels = g->open_node_labels + g->open_start[id];
  return g->open_start[id + 1] - g->open_start[id];
}

size_t pg_graph_open_label_count(const pg_graph *g) { return g->n_open_labels; }

const char *pg_graph_open_label(const pg_graph *g, size_t i, const pg_node_id **holders,
                                size_t *n) {
  if (i >= g->n_open_labels) {
    *holders = NULL;
    *n = 0;
    return NULL;
  }
  *holders = g->open_label_nodes + g->open_label_start[i];
  *n = g->open_label_start[i + 1] - g->open_label_start[i];
  return g->open_labels[i];
}
