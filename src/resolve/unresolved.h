/* Unresolved references (see unresolved.c). */
#ifndef PG_UNRESOLVED_H
#define PG_UNRESOLVED_H

#include "graph/graph_impl.h"

/* Records that `ref`, held by node `from` under `label` (NULL: none), leads
 * nowhere, once per configuration. PG_OK or PG_ERR_NOMEM. */
int unresolved_note(build *b, pg_node_id from, const char *label, const char *ref,
                    pg_unresolved_kind kind, const char *reason);
/* A later stage resolved the record of (from's configuration, label, ref);
 * unresolved_drop_resolved removes the marked records. */
int unresolved_mark_resolved(build *b, pg_node_id from, const char *label, const char *ref);
void unresolved_drop_resolved(build *b);

#endif
