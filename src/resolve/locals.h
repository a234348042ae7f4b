/* Local values. Plan JSON does not describe locals, so a reference to one
 * is noted while references are resolved (refs.c) and resolved later, when
 * the `-type=plan` DOT of `terraform graph` says what each local depends on
 * (tfgraph.c): the holder gets an edge, under its own attribute label, to
 * each resource the local's value comes from, in the same module instance. */
#ifndef PG_LOCALS_H
#define PG_LOCALS_H

#include "graph/graph_impl.h"
#include "resolve/tfdot.h"

/* A reference to local.NAME met in an expression of module instance `inst`
 * (configuration module `module`, "" for root), held by node `from`,
 * directly or through module variables. 0, or PG_ERR_NOMEM. */
int locals_note(build *b, pg_node_id from, pg_edge_kind kind, const char *label,
                const char *module, const char *inst, const char *name,
                const char *reference, int part);
/* The locals noted since local number `first` are all that left one
 * top-level reference of a resource unresolved (counted as such): once
 * terraform graph has said what every one of them reads, the reference is
 * resolved, and counted so. */
void locals_group(build *b, size_t first);
/* Resolves the noted references through d's local, variable and output
 * nodes; a no-op when d has none (the resource-only form). */
int locals_resolve(build *b, const tfdot *d);
/* The references still unresolved become open references of their holders
 * (graph/open_refs.c): queries then know that an edge may be missing. */
int locals_finish(build *b);
/* Frees what locals_note kept. */
void locals_release(build *b);

#endif
