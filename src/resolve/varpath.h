/* var.NAME.PATH read through the module call's argument as written, and
 * local.NAME.PATH through the local's value as written. Plan
 * JSON gives a call's argument only the references it reads, all of them
 * together: `mesh = { r0 = { router = module.router_r0 }, r1 = ... }` is
 * {"references": ["module.router_r0", "module.router_r1", ...]}, so
 * `var.mesh.r0.router.id` inside the module would lead to every router,
 * and to every resource of each (a whole module). The call's text, where
 * the sources are at hand, says which part of the value each reference
 * makes, and so which one the path reaches: module.router_r0.id. */
#ifndef PG_VARPATH_H
#define PG_VARPATH_H

#include "graph/graph_impl.h"

/* The references that var.NAME followed by path (".r0.router.id", as the
 * reference writes it after the name) stands for in module m, each with
 * the rest of the path after it ("module.router_r0.id"), to be read in the
 * calling module: *out a new array of strings, empty when the path leads
 * to a constant. Returns 1 then; 0 when the text cannot tell (no sources,
 * a form other than literals, constructors and references, a path the
 * text does not hold, or text that does not read the plan's references:
 * another configuration than the one planned); -1 out of memory. Each
 * argument's text is read once per build. */
int varpath_pick(build *b, const cfg_module *m, const char *name, json_t *plan_refs,
                 const char *path, json_t **out);

/* The same for local.NAME followed by path ("" for the whole value) in
 * module m, read from the local's text: the references, read in m. Plan
 * JSON records no local, so nothing checks the text against the plan. */
int varpath_pick_local(build *b, const cfg_module *m, const char *name, const char *path,
                       json_t **out);

/* Frees what varpath_pick and varpath_pick_local kept. */
void varpath_release(build *b);

#endif
