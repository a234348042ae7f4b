/* Node sets of query-level lists (see memberset.h). */
#include "query/memberset.h"

#include <stdlib.h>

#include "base/vec.h"

void member_sets_clear(member_sets *s) {
  for (size_t i = 0; i < s->n; i++) free(s->sets[i].bits);
  free(s->sets);
  s->sets = NULL;
  s->n = s->cap = 0;
}

/* The bitmap of l's node ids, or NULL (*failed set when out of memory)
 * when an element is no node of the graph. */
static uint64_t *node_bits(const qlist *l, size_t n_nodes, int *failed) {
  for (size_t i = 0; i < l->n; i++)
    if (l->items[i].kind != QV_NODE || l->items[i].u.node < 0 ||
        (size_t)l->items[i].u.node >= n_nodes)
      return NULL;
  uint64_t *bits = calloc(n_nodes / 64 + 1, sizeof *bits);
  if (!bits) {
    *failed = 1;
    return NULL;
  }
  for (size_t i = 0; i < l->n; i++) {
    size_t id = (size_t)l->items[i].u.node;
    bits[id / 64] |= (uint64_t)1 << (id % 64);
  }
  return bits;
}

const member_set *member_sets_get(member_sets *s, const qlist *l, size_t n_nodes) {
  for (size_t i = 0; i < s->n; i++)
    if (s->sets[i].list == l) return &s->sets[i];
  member_set m = {l, NULL, 0};
  int failed = 0;
  m.bits = node_bits(l, n_nodes, &failed);
  if (failed) return NULL;
  for (size_t i = 0; i < l->n && !m.sensitive; i++) m.sensitive = qv_deep_sensitive(l->items[i]);
  if (VEC_PUSH(s->sets, s->n, s->cap, m) < 0) {
    free(m.bits);
    return NULL;
  }
  return &s->sets[s->n - 1];
}
