/* Instances of a resource by module instance (see instindex.h): per
 * (address, depth), the instances sorted by their module instance cut at
 * that depth, found by binary search. */
#include "resolve/instindex.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/vec.h"
#include "graph/graph_impl.h"
#include "plan/address.h"

typedef struct inst_entry {
  const char *mod;  /* the instance's module instance, interned */
  size_t len;       /* cut at the group's depth */
  size_t order;     /* place in the plan's order, for a stable sort */
} inst_entry;

struct inst_group {
  const char *target;
  size_t depth;
  inst_entry *entries;
  pg_node_id *ids;   /* parallel to entries, once sorted */
  size_t n;
};

void inst_index_init(inst_index *x, const pg_graph *g) {
  memset(x, 0, sizeof *x);
  x->g = g;
}

void inst_index_release(inst_index *x) {
  for (size_t i = 0; i < x->n; i++) {
    free(x->groups[i].entries);
    free(x->groups[i].ids);
  }
  free(x->groups);
  memset(x, 0, sizeof *x);
}

static int cut_cmp(const char *a, size_t alen, const char *b, size_t blen) {
  int c = memcmp(a, b, alen < blen ? alen : blen);
  return c ? c : alen < blen ? -1 : alen > blen;
}

static int entry_cmp(const void *pa, const void *pb) {
  const inst_entry *a = pa, *b = pb;
  int c = cut_cmp(a->mod, a->len, b->mod, b->len);
  return c ? c : a->order < b->order ? -1 : a->order > b->order;
}

/* The group's instances, in order of their cut module instance. */
static int build_group(const pg_graph *g, inst_group *grp) {
  size_t n = 0;
  for (pg_node_id t = pg_graph_first_of_config(g, grp->target); t >= 0; t = g->nodes[t].next_config)
    n++;
  grp->entries = malloc((n ? n : 1) * sizeof *grp->entries);
  grp->ids = malloc((n ? n : 1) * sizeof *grp->ids);
  if (!grp->entries || !grp->ids) return PG_ERR_NOMEM;
  size_t k = 0;
  for (pg_node_id t = pg_graph_first_of_config(g, grp->target); t >= 0; t = g->nodes[t].next_config) {
    const char *mod = g->nodes[t].module;
    size_t len = addr_instance_prefix(mod, grp->depth);
    if (len == SIZE_MAX) return PG_ERR_NOMEM;
    grp->entries[k++] = (inst_entry){mod, len, (size_t)t};
  }
  qsort(grp->entries, k, sizeof *grp->entries, entry_cmp);
  for (size_t i = 0; i < k; i++) grp->ids[i] = (pg_node_id)grp->entries[i].order;
  grp->n = k;
  return PG_OK;
}

static inst_group *group_of(inst_index *x, const char *target, size_t depth, int *rc) {
  /* Few distinct (address, depth) pairs: a local reads few resources. */
  for (size_t i = x->n; i-- > 0;)
    if (x->groups[i].target == target && x->groups[i].depth == depth) return &x->groups[i];
  if (VEC_RESERVE(x->groups, x->cap, x->n + 1) < 0) {
    *rc = PG_ERR_NOMEM;
    return NULL;
  }
  inst_group *grp = &x->groups[x->n++];
  *grp = (inst_group){target, depth, NULL, NULL, 0};
  *rc = build_group(x->g, grp);
  return *rc == PG_OK ? grp : NULL;
}

int inst_index_find(inst_index *x, const char *target, size_t depth, const char *inst, size_t len,
                    const pg_node_id **out, size_t *n) {
  int rc = PG_OK;
  inst_group *grp = group_of(x, target, depth, &rc);
  *out = NULL;
  *n = 0;
  if (!grp) return rc;
  size_t lo = 0, hi = grp->n;
  while (lo < hi) {  /* the first entry not below inst's cut */
    size_t mid = lo + (hi - lo) / 2;
    const inst_entry *e = &grp->entries[mid];
    if (cut_cmp(e->mod, e->len, inst, len) < 0) lo = mid + 1;
    else hi = mid;
  }
  size_t end = lo;
  while (end < grp->n && cut_cmp(grp->entries[end].mod, grp->entries[end].len, inst, len) == 0)
    end++;
  *out = grp->ids + lo;
  *n = end - lo;
  return PG_OK;
}
