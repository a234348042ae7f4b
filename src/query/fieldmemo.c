/* The node attribute memo (see fieldmemo.h): a direct-mapped table, the
 * slot chosen by a hash of node and key. */
#include "query/fieldmemo.h"

#include <stdlib.h>
#include <string.h>

#include "base/hash.h"

void field_memo_init(field_memo *m) { memset(m, 0, sizeof *m); }

void field_memo_release(field_memo *m) {
  free(m->slots);
  for (size_t i = 0; i < FIELD_MEMO_OBJECTS; i++) {
    free(m->objects[i].keys);
    free(m->objects[i].values);
  }
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

/* ---- objects' members --------------------------------------------------- */

typedef struct member_fill {
  field_object *o;
  int failed;
} member_fill;

static void keep_member(jslice key, jslice value, void *ctx) {
  member_fill *f = ctx;
  field_object *o = f->o;
  if (f->failed) return;
  if (o->n == o->cap) {
    size_t cap = o->cap ? 2 * o->cap : 32;
    jslice *k = realloc(o->keys, cap * sizeof *k);
    if (k) o->keys = k;
    jslice *v = k ? realloc(o->values, cap * sizeof *v) : NULL;
    if (v) o->values = v;
    if (!k || !v) {
      f->failed = 1;
      return;
    }
    o->cap = cap;
  }
  o->keys[o->n] = key;
  o->values[o->n++] = value;
}

static field_object *object_slot(field_memo *m, jslice obj) {
  uint64_t h = hash_word(HASH_FNV_OFFSET, (uint64_t)(uintptr_t)obj.p);
  return &m->objects[h & (FIELD_MEMO_OBJECTS - 1)];
}

int field_memo_member(field_memo *m, jslice obj, const char *key, jslice *out) {
  *out = (jslice){NULL, 0};
  if (!m || !obj.p || !obj.n) return 0;
  field_object *o = object_slot(m, obj);
  if (o->obj.p != obj.p || o->obj.n != obj.n) {
    member_fill f = {o, 0};
    o->obj = (jslice){NULL, 0};
    o->n = 0;
    if (js_members_fast(obj, keep_member, &f) != 0 || f.failed) return 0;
    o->obj = obj;
  }
  size_t len = strlen(key);
  for (size_t i = o->n; i-- > 0;)
    if (js_key_is(o->keys[i], key, len)) {
      *out = o->values[i];
      break;
    }
  return 1;
}
