/* igraph's error and warning handlers are process-wide: igraph aborts on an
 * error by default, and a host program may have installed its own. The
 * library installs quiet ones around its own igraph calls only, and puts
 * back whatever was there before. */
#ifndef PG_IG_GUARD_H
#define PG_IG_GUARD_H

#include <igraph.h>

typedef struct ig_guard {
  igraph_error_handler_t *error;      /* the handlers to put back */
  igraph_warning_handler_t *warning;
} ig_guard;

/* Installs the library's handlers; returns the previous ones. */
ig_guard ig_guard_enter(void);
/* Puts back the handlers ig_guard_enter returned. */
void ig_guard_leave(ig_guard saved);

#endif
