/* The one ending of every report writer: see ending.h. */
#include "report/ending.h"

#include <errno.h>

#include "base/alloc.h"

unsigned long writer_begin(void) { return alloc_mark(); }

int writer_end(unsigned long mark, int failed, const char *what, pg_diags *diags) {
  if (failed == PG_ERR_NOMEM || alloc_failed_since(mark) || (failed && errno == ENOMEM)) {
    pg_diags_add(diags, PG_SEV_ERROR, NULL, 0, 0, NULL, "out of memory writing the %s", what);
    return PG_ERR_NOMEM;
  }
  if (failed) {
    pg_diags_add(diags, PG_SEV_ERROR, NULL, 0, 0, NULL, "writing the %s failed", what);
    return PG_ERR_IO;
  }
  return PG_OK;
}
