/* Local values resolved from the .tf sources, for a plan read without the
 * `-type=plan` output of `terraform graph`. Plan JSON does not describe
 * locals, but the sources beside the plan do: each local's and output's
 * expression, as written (plan/sources.c), names the resources, variables,
 * locals and module outputs it reads. Those references make a DOT of the
 * same shape as terraform's (resolve/tfdot.h), which locals_resolve walks
 * as it walks terraform's; unlike terraform's it is not reduced, so every
 * resource a local names directly is an edge of its own. A local whose
 * text was not kept (a heredoc, too long) is not in it, and stays open. */
#ifndef PG_SRCDOT_H
#define PG_SRCDOT_H

#include "graph/graph_impl.h"
#include "resolve/tfdot.h"

/* Resolves the noted local references (locals.h) that are still open
 * through the sources' expressions: a no-op when no sources were read or
 * no reference goes through a local. PG_OK or PG_ERR_NOMEM. */
int srcdot_resolve(build *b);

/* The references an expression's text holds, as the names of their
 * steps (indexes left out: `module.m[each.key].out` gives module, m,
 * out), each passed to fn with how many names it has (at most 4; one
 * with more is cut there). References inside indexes, strings' templates,
 * function arguments and `for` expressions are found too; function names,
 * object keys and other single names are not references. A nonzero
 * return from fn stops the scan and is returned. Exposed for tests. */
typedef tfdot_word srcdot_name;
typedef int (*srcdot_ref_fn)(void *ctx, const srcdot_name *names, size_t n);
int srcdot_each_reference(const char *text, srcdot_ref_fn fn, void *ctx);

#endif
