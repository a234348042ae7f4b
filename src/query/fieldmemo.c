/* The node attribute memo (see fieldmemo.h): a direct-mapped table, the
 * slot chosen by a hash of node and key. */
#include "query/fieldmemo.h"

#include <stdlib.h>
#include <string.h>

#include "base/hash.h"

void field_memo_init(field_memo *m) { memset(m, 0, sizeof *m); }

void field_memo_release(field_memo *m) {
  free(m->slots);
  field_memo_init(m);
}

static field_entry *slot_of(const field_memo *m, pg_node_id id, const char *key, size_t len) {
  uint64_t h = hash_word(hash_mem(HASH_FNV_OFFSET, key, len), (uint64_t)(uint32_t)id);
  return &m->slots[h & (FIELD_MEMO_SLOTS - 1)];
}

int field_memo_find(const field_memo *m, pg_node_id id, const char *key, size_t len,
                    field_slices *out) {
  if (!m || !m->slots || id < 0 || len > FIELD_MEMO_KEY) return 0;
  const field_entry *e = slot_of(m, id, key, len);
  if (e->node_plus1 != (uint32_t)id + 1 || e->len != len || memcmp(e->key, key, len) != 0)
    return 0;
  *out = e->at;
  return 1;
}

void field_memo_put(field_memo *m, pg_node_id id, const char *key, size_t len,
                    const field_slices *in) {
  if (!m || m->failed || id < 0 || len > FIELD_MEMO_KEY) return;
  if (!m->slots) {
    /* calloc: the table's pages come from the system zeroed (empty) and
     * are touched only where an entry lands, so a small plan's memo costs
     * a few pages, not the whole table. */
    m->slots = calloc(FIELD_MEMO_SLOTS, sizeof *m->slots);
    if (!m->slots) {
      m->failed = 1;
      return;
    }
  }
  field_entry *e = slot_of(m, id, key, len);
  e->node_plus1 = (uint32_t)id + 1;
  e->len = (uint8_t)len;
  memcpy(e->key, key, len);
  e->at = *in;
}
