/* Reading an input file whole: see input.h. */
#define _GNU_SOURCE /* MAP_POPULATE */
#include "base/input.h"
#include "base/vec.h"
#include "plangraph/graph.h"
#include "plangraph/input.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* Waits until fd has data or end of input, at most wait_ms (negative:
 * forever). A FIFO that never had a writer reports nothing to poll, so
 * this is also where a missing writer runs out of time. Returns 1 when
 * readable, 0 on time-out, -1 on error. */
static int wait_readable(int fd, int wait_ms) {
  struct pollfd p = {fd, POLLIN, 0};
  for (;;) {
    int r = poll(&p, 1, wait_ms);
    if (r < 0 && errno == EINTR) continue;
    return r < 0 ? -1 : r > 0;
  }
}

int input_read_fd(int fd, uint64_t max, size_t hint, int wait_ms, char **out, size_t *len) {
  /* cap counts the bytes allocated, one of them kept for the final NUL; a
   * known size (hint) leaves one byte more, so that reading the end needs
   * no growth. */
  size_t first = (hint && hint <= max ? hint + 1 : 1 << 16) + 1, n = 0, cap = 0;
  char *buf = NULL;
  if (VEC_RESERVE_FIRST(buf, cap, first, first) < 0) return PG_ERR_NOMEM;
  for (;;) {
    if (n + 1 == cap && VEC_RESERVE(buf, cap, cap + 1) < 0) {
      free(buf);
      return PG_ERR_NOMEM;
    }
    if (wait_ms >= 0) {
      int w = wait_readable(fd, wait_ms);
      if (w <= 0) {
        free(buf);
        return w == 0 ? PG_ERR_TIMEOUT : PG_ERR_IO;
      }
    }
    ssize_t r = read(fd, buf + n, cap - 1 - n);
    if (r < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      free(buf);
      return PG_ERR_IO;
    }
    if (r == 0) break;
    n += (size_t)r;
    if ((uint64_t)n > max) {
      free(buf);
      return PG_ERR_LIMIT;
    }
  }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return PG_OK;
}

/* What kind of file a path names, for messages refusing it. */
static const char *special_kind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return NULL;
}

/* Opens path for reading: a regular file, or a pipe or FIFO (opened without
 * blocking, so a FIFO with no writer cannot hang the open; reads then wait
 * in poll). Sets *hint to a regular file's size and *is_stream otherwise. */
static int open_input(const char *path, const char *name, const input_limits *lim, int *fd,
                      size_t *hint, int *is_stream, pg_diags *diags) {
  struct stat st;
  if (stat(path, &st) < 0) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "cannot open: %s", strerror(errno));
    return PG_ERR_IO;
  }
  const char *kind = special_kind(st.st_mode);
  if (kind) {
    if (lim->expected)
      pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "is %s; expected %s", kind,
                   lim->expected);
    else
      pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "is %s, not a file", kind);
    return PG_ERR_IO;
  }
  if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > lim->max_bytes) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                 "is %llu bytes, over the limit of %llu bytes",
                 (unsigned long long)st.st_size, (unsigned long long)lim->max_bytes);
    pg_diags_set_limit(diags, lim->limit);
    return PG_ERR_LIMIT;
  }
  *is_stream = !S_ISREG(st.st_mode);
  *hint = S_ISREG(st.st_mode) ? (size_t)st.st_size : 0;
  *fd = open(path, O_RDONLY | O_CLOEXEC | (*is_stream ? O_NONBLOCK : 0));
  if (*fd < 0) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "cannot open: %s", strerror(errno));
    return PG_ERR_IO;
  }
  /* Back to blocking reads: poll decides when to read. */
  if (*is_stream) fcntl(*fd, F_SETFL, fcntl(*fd, F_GETFL) & ~O_NONBLOCK);
  return PG_OK;
}

/* Text is mapped, not read, from a regular file of at least this size:
 * one mmap with MAP_POPULATE maps the page cache, where read() copies every
 * page into fresh memory at a page fault each (a 50 MB plan: 0.11 s against
 * 0.31 s on a VM where a fault costs 12 us). */
#define INPUT_MAP_MIN ((size_t)64 * 1024)

/* Maps fd, a regular file of n bytes, read-only; NULL where it cannot (the
 * caller reads it then). A file of a whole number of pages is read instead,
 * so that the byte after the text is always there and reads as the NUL
 * that ends it, as after a read. */
static char *map_file(int fd, size_t n) {
  long page = sysconf(_SC_PAGESIZE);
  struct stat st;
  if (n < INPUT_MAP_MIN || page <= 0 || n % (size_t)page == 0 || fstat(fd, &st) < 0 ||
      !S_ISREG(st.st_mode) || (uint64_t)st.st_size != (uint64_t)n)
    return NULL;
  void *p = mmap(NULL, n, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  return p == MAP_FAILED ? NULL : p;
}

static int read_input(const char *path, const char *name, const input_limits *lim, int may_map,
                      char **text, size_t *len, size_t *mapped, pg_diags *diags) {
  *text = NULL;
  *len = 0;
  *mapped = 0;
  int is_stdin = strcmp(path, "-") == 0;
  int fd = 0, is_stream = 1;
  size_t hint = 0;
  if (!is_stdin) {
    int rc = open_input(path, name, lim, &fd, &hint, &is_stream, diags);
    if (rc != PG_OK) return rc;
    char *map = may_map && !is_stream ? map_file(fd, hint) : NULL;
    if (map) {
      close(fd);
      *text = map;
      *len = *mapped = hint;
      return PG_OK;
    }
  }
  double wait = lim->wait_seconds;
  int wait_ms = !is_stream ? -1 : wait >= 2e6 ? 2000000000 : (int)(wait * 1000);
  int rc = input_read_fd(fd, lim->max_bytes, hint, wait_ms, text, len);
  int saved = errno;
  if (!is_stdin) close(fd);
  if (rc == PG_ERR_LIMIT) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                 "is over the limit of %llu bytes", (unsigned long long)lim->max_bytes);
    pg_diags_set_limit(diags, lim->limit);
  } else if (rc == PG_ERR_TIMEOUT) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                 "no data for %g s (a FIFO or pipe with no writer, or a stalled one)",
                 wait);
    pg_diags_set_limit(diags, PG_LIMIT_INPUT_WAIT);
  } else if (rc == PG_ERR_NOMEM)
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "cannot read: out of memory");
  else if (rc != PG_OK)
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "cannot read: %s", strerror(saved));
  return rc;
}

int input_read(const char *path, const char *name, const input_limits *lim, char **text,
               size_t *len, pg_diags *diags) {
  size_t mapped;
  return read_input(path, name, lim, 0, text, len, &mapped, diags);
}

int input_map(const char *path, const char *name, const input_limits *lim, char **text,
              size_t *len, size_t *mapped, pg_diags *diags) {
  return read_input(path, name, lim, 1, text, len, mapped, diags);
}

void input_release(char *text, size_t mapped) {
  if (mapped)
    munmap(text, mapped);
  else
    free(text);
}

static int range_before(const void *a, const void *b) {
  const input_range *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* The whole pages of [start, end) go back: MADV_DONTNEED on a private file
 * mapping that was never written drops the pages from this process alone
 * (the page cache keeps them), and a later touch maps them again. */
static size_t drop_pages(const char *text, size_t start, size_t end, size_t page) {
  size_t from = (start + page - 1) / page * page, to = end / page * page;
  if (to <= from) return 0;
  return madvise((void *)(uintptr_t)(text + from), to - from, MADV_DONTNEED) == 0 ? to - from
                                                                               : 0;
}

size_t input_release_except(const char *text, size_t mapped, input_range *keep, size_t n) {
  long page = sysconf(_SC_PAGESIZE);
  if (!mapped || page <= 0) return 0;
  /* A graph lists its nodes' values in the plan's order: mostly sorted. */
  size_t i = 1;
  while (i < n && keep[i - 1].start <= keep[i].start) i++;
  if (i < n) qsort(keep, n, sizeof *keep, range_before);
  size_t dropped = 0, done = 0; /* [0, done) is kept or given back */
  for (i = 0; i < n; i++) {
    if (keep[i].start > done) dropped += drop_pages(text, done, keep[i].start, (size_t)page);
    if (keep[i].end > done) done = keep[i].end;
  }
  if (done < mapped) dropped += drop_pages(text, done, mapped, (size_t)page);
  return dropped;
}

int pg_read_file(char **out, size_t *len, const char *path,
                 const pg_read_options *opts, pg_diags *diags) {
  pg_limit which = opts && opts->limit != PG_LIMIT_NONE ? opts->limit : PG_LIMIT_INPUT_BYTES;
  input_limits lim = {PG_DEFAULT_MAX_INPUT, which, PG_DEFAULT_INPUT_WAIT, NULL};
  if (opts && opts->max_bytes) lim.max_bytes = opts->max_bytes;
  if (opts && opts->wait_seconds > 0) lim.wait_seconds = opts->wait_seconds;
  if (opts) lim.expected = opts->expected;
  return input_read(path, strcmp(path, "-") == 0 ? "<stdin>" : path, &lim, out, len, diags);
}
