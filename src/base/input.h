/* Reading an input file whole (a plan, a query file): regular files,
 * pipes, FIFOs and standard input, with a size limit and a bounded wait for
 * data so that a FIFO with no writer cannot hang a CI job. Directories,
 * devices and sockets are refused with a message naming what they are. */
#ifndef PG_INPUT_H
#define PG_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "plangraph/diag.h"

typedef struct input_limits {
  uint64_t max_bytes;
  pg_limit limit;         /* which limit max_bytes is, for a size diagnostic */
  double wait_seconds;    /* longest wait for data on a pipe or FIFO */
  const char *expected;   /* what the input should be (for messages), or NULL */
} input_limits;

/* Reads path ("-" is standard input) into a malloc'd, NUL-terminated
 * buffer. name labels messages. Returns PG_OK, or PG_ERR_IO, PG_ERR_LIMIT,
 * PG_ERR_TIMEOUT or PG_ERR_NOMEM with one diagnostic added. */
int input_read(const char *path, const char *name, const input_limits *lim, char **text,
               size_t *len, pg_diags *diags);

/* As input_read, but a large regular file is mapped read-only instead of
 * read: *mapped is then its length, else 0. The text must not be written
 * (a mapped one would fault) and goes back with input_release. */
int input_map(const char *path, const char *name, const input_limits *lim, char **text,
              size_t *len, size_t *mapped, pg_diags *diags);
/* Frees text from input_read (mapped 0) or input_map. */
void input_release(char *text, size_t mapped);

/* A byte range [start, end) of a text. */
typedef struct input_range {
  size_t start, end;
} input_range;

/* Gives back the memory of the pages of a mapped text (mapped > 0) that no
 * range of keep[0..n) touches; keep is sorted here. The text still reads
 * the same everywhere: a page given back is read from the file again if it
 * is touched. Returns the bytes given back (0 for a text that was read). */
size_t input_release_except(const char *text, size_t mapped, input_range *keep, size_t n);

/* Reads fd to its end; hint sizes the first buffer, wait_ms bounds each wait
 * for data (negative: none). No diagnostics; the status says what failed. */
int input_read_fd(int fd, uint64_t max, size_t hint, int wait_ms, char **out, size_t *len);

#endif
