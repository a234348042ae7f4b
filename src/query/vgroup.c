/* Grouping values by equality (see vgroup.h). Equal values render alike,
 * so the rendering's hash buckets them; qv_equal decides within a bucket,
 * which keeps the language's equality (sensitive values all render as
 * "(sensitive)", unknowns from one source compare equal, others never). */
#include "query/vgroup.h"

#include <stdlib.h>

#include "base/hash.h"
#include "base/strbuf.h"

static uint64_t value_hash(const pg_graph *g, qvalue v) {
  strbuf b = SB_GROWING;
  qv_render(&b, g, v, 1);
  uint64_t h = hash_bytes(HASH_FNV_OFFSET, b.buf ? b.buf : "", b.len);
  sb_release(&b);
  return h;
}

int vgroup_leaders(const pg_graph *g, const qvalue *vals, size_t n, size_t *leader) {
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  size_t *slots = malloc(cap * sizeof *slots);   /* leader index + 1; 0: empty */
  uint64_t *hashes = malloc((n ? n : 1) * sizeof *hashes);
  if (!slots || !hashes) {
    free(slots);
    free(hashes);
    return -1;
  }
  for (size_t i = 0; i < cap; i++) slots[i] = 0;
  for (size_t i = 0; i < n; i++) {
    hashes[i] = value_hash(g, vals[i]);
    leader[i] = i;
    size_t s = (size_t)hashes[i] & (cap - 1);
    for (; slots[s]; s = (s + 1) & (cap - 1)) {
      size_t j = slots[s] - 1;
      if (hashes[j] == hashes[i] && qv_equal(g, vals[j], vals[i]) == 1) {
        leader[i] = j;
        break;
      }
    }
    if (leader[i] == i) slots[s] = i + 1;
  }
  free(slots);
  free(hashes);
  return 0;
}
