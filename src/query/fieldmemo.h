/* Where a node's top-level attribute sits in the plan text: the member's
 * slices of the node's planned values and of its unknown and sensitive
 * marks, kept after a look-up for the next read of the same attribute.
 * A query reads the same few attributes of a node several times (in a
 * filter, then in a subject's test and message), and each look-up
 * otherwise scans the three objects from the start. A fixed table of
 * FIELD_MEMO_SLOTS entries, each (node, key) in one slot, a newer one
 * replacing an older: memory stays the same on any plan, and reads close
 * together, the common case, find their slices. The slices point into the
 * graph's text, so a memo serves one graph.
 *
 * A look-up of a key not kept scans the object to its end (the last of a
 * repeated key counts), and a query reads several attributes of one node
 * (an alarm's actions, namespace, dimensions...): the memo also keeps the
 * members of the FIELD_MEMO_OBJECTS objects read last, found in one pass,
 * so that each further key of them is a look-up among its members rather
 * than another scan of the text. */
#ifndef PG_FIELDMEMO_H
#define PG_FIELDMEMO_H

#include <stddef.h>
#include <stdint.h>

#include "base/jscan.h"
#include "plangraph/graph.h"

#define FIELD_MEMO_SLOTS 2048
/* Longer keys are looked up every time (attribute names are shorter). */
#define FIELD_MEMO_KEY 40

typedef struct field_slices {
  jslice v, u, s;     /* the member's value and marks (empty: absent) */
} field_slices;

typedef struct field_entry {
  uint32_t node_plus1; /* the node's id + 1; 0: empty (as calloc leaves it) */
  uint8_t len;
  char key[FIELD_MEMO_KEY];
  field_slices at;
} field_entry;

#define FIELD_MEMO_OBJECTS 16

/* An object's members: raw keys (escapes kept) and values, in order. */
typedef struct field_object {
  jslice obj;           /* the object's text; empty: the slot is unused */
  jslice *keys, *values;
  size_t n, cap;        /* the arrays are malloc'd, kept when reused */
} field_object;

typedef struct field_memo {
  field_entry *slots;   /* FIELD_MEMO_SLOTS of them, malloc'd on first use */
  int failed;           /* out of memory: no memo */
  field_object objects[FIELD_MEMO_OBJECTS];  /* the slot chosen by address */
} field_memo;

void field_memo_init(field_memo *m);
void field_memo_release(field_memo *m);

/* The slices of node id's member key (len bytes): 1 found, 0 not kept. */
int field_memo_find(const field_memo *m, pg_node_id id, const char *key, size_t len,
                    field_slices *out);
/* Keeps them (a key too long, or no memory for the table: not kept). */
void field_memo_put(field_memo *m, pg_node_id id, const char *key, size_t len,
                    const field_slices *in);

/* The member key (decoded, NUL-terminated) of object slice obj, the last
 * when it repeats, as js_member finds it: 1 with *out filled (empty when
 * the object has no such member), or 0 when the members cannot be kept
 * (no memory, or text the fast reader does not expect): then js_member. */
int field_memo_member(field_memo *m, jslice obj, const char *key, jslice *out);

#endif
