/* Quiet igraph handlers installed around the library's igraph calls: see
 * ig_guard.h. */
#include "graph/ig_guard.h"

/* An igraph error becomes the failing call's status; the library never
 * aborts, and frees what igraph's FINALLY stack holds. */
static void quiet_error(const char *reason, const char *file, int line, igraph_error_t err) {
  (void)reason; (void)file; (void)line; (void)err;
  IGRAPH_FINALLY_FREE();
}

/* The library never prints. */
static void quiet_warning(const char *reason, const char *file, int line) {
  (void)reason; (void)file; (void)line;
}

ig_guard ig_guard_enter(void) {
  ig_guard saved;
  saved.error = igraph_set_error_handler(quiet_error);
  saved.warning = igraph_set_warning_handler(quiet_warning);
  return saved;
}

void ig_guard_leave(ig_guard saved) {
  igraph_set_error_handler(saved.error);
  igraph_set_warning_handler(saved.warning);
}
