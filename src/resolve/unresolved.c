/* Unresolved references: the one record per (holder's configuration,
 * attribute label, reference) of a reference that leads to no node, with
 * why, for `stats` and `explain`. A later stage that resolves one after all
 * (locals through terraform graph) marks it, and the marked records go. */
#include "resolve/unresolved.h"

#include <stdio.h>
#include <string.h>

#include "base/vec.h"

/* The record key of (holder's configuration, label, reference). */
static size_t key_text(char *key, size_t cap, const char *config_address,
                       const char *label, const char *ref) {
  int n = snprintf(key, cap, "%s\x1f%s\x1f%s", config_address, label ? label : "", ref);
  return n < 0 ? 0 : (size_t)n < cap ? (size_t)n : cap - 1;
}

static str_entry *unresolved_key(pg_graph *g, pg_node_id from, const char *label,
                                 const char *ref) {
  char key[1024];
  size_t len = key_text(key, sizeof key, g->nodes[from].config_address, label, ref);
  return strtab_intern(&g->strs, key, len);
}

#define KEY_NOTED 1u     /* an unresolved record exists */
#define KEY_RESOLVED 2u  /* a later stage resolved it */

int unresolved_note(build *b, pg_node_id from, const char *label, const char *ref,
                    pg_unresolved_kind kind, const char *reason) {
  pg_graph *g = b->g;
  const node *n = &g->nodes[from];
  str_entry *e = unresolved_key(g, from, label, ref);
  if (!e) return PG_ERR_NOMEM;
  if (e->mark & KEY_NOTED) return PG_OK;
  e->mark |= KEY_NOTED;
  if (VEC_RESERVE(g->unresolved, g->cap_unresolved, g->n_unresolved + 1) < 0)
    return PG_ERR_NOMEM;
  pg_unresolved *u = &g->unresolved[g->n_unresolved];
  u->config_address = n->config_address;
  u->label = label ? label : g_intern_cstr(g, "");
  u->reference = g_intern_cstr(g, ref);
  u->reason = g_intern_cstr(g, reason);
  u->kind = kind;
  if (!u->label || !u->reference || !u->reason) return PG_ERR_NOMEM;
  g->n_unresolved++;
  return PG_OK;
}

int unresolved_mark_resolved(build *b, pg_node_id from, const char *label, const char *reference) {
  str_entry *e = unresolved_key(b->g, from, label, reference);
  if (!e) return PG_ERR_NOMEM;
  e->mark |= KEY_RESOLVED;
  return PG_OK;
}

void unresolved_drop_resolved(build *b) {
  pg_graph *g = b->g;
  size_t kept = 0;
  for (size_t i = 0; i < g->n_unresolved; i++) {
    const pg_unresolved *u = &g->unresolved[i];
    char key[1024];
    size_t len = key_text(key, sizeof key, u->config_address, u->label, u->reference);
    const str_entry *e = strtab_find(&g->strs, key, len);
    if (e && (e->mark & KEY_RESOLVED)) continue;
    g->unresolved[kept++] = *u;
  }
  g->n_unresolved = kept;
}
