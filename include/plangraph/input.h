/* Reading an input file whole, the way the library reads plans and query
 * files: regular files, pipes, FIFOs and standard input, with a size limit
 * and a bounded wait for data, so a program can read its other inputs (an
 * ad-hoc query file) with the same rules and messages. */
#ifndef PLANGRAPH_INPUT_H
#define PLANGRAPH_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "plangraph/diag.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pg_read_options {
  uint64_t max_bytes;     /* 0: the default (PG_DEFAULT_MAX_INPUT) */
  /* How long a pipe, FIFO or standard input may go without data before the
   * read fails; 0: the default (PG_DEFAULT_INPUT_WAIT). */
  double wait_seconds;
  pg_limit limit;         /* recorded in a size-limit diagnostic;
                             PG_LIMIT_NONE: PG_LIMIT_INPUT_BYTES */
  const char *expected;   /* what the file should be ("a query file"), to
                             refuse a directory with; or NULL */
} pg_read_options;

/* Reads path ("-": standard input, named "<stdin>" in messages) into a
 * malloc'd buffer with a NUL after its *len bytes; the caller frees *out.
 * Directories, devices and sockets are refused. Returns PG_OK, or PG_ERR_IO,
 * PG_ERR_LIMIT (more than max_bytes), PG_ERR_TIMEOUT (no data for
 * wait_seconds) or PG_ERR_NOMEM with *out NULL and one diagnostic added,
 * whose limit field says which limit a PG_ERR_LIMIT or PG_ERR_TIMEOUT hit.
 * opts may be NULL. */
PG_API int pg_read_file(char **out, size_t *len, const char *path,
                 const pg_read_options *opts, pg_diags *diags);

#ifdef __cplusplus
}
#endif
#endif
