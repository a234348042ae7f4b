/* What a command writes, held until it is done. A report (-o, --junit,
 * --sarif, baselines, graph exports) to a regular file is written as it
 * is made to a temporary file in the file's folder; one to a character
 * device or FIFO (/dev/null, /dev/stdout, a pipe) is held in memory, and
 * standard output in a memory file. When the command returns, main calls
 * cli_outputs_finish, which checks every output against the loaded plans'
 * secrets (the last line of defence: a match is an error, never an
 * output), replaces broken UTF-8, and only then puts them all in place:
 * devices and FIFOs written, each temporary file renamed over its file
 * once every output is ready. A symbolic link is written through (its
 * target is replaced, the link stays). A report may not name an input
 * (plan, query file, --tf-graph) or another report. On SIGINT, SIGTERM or SIGHUP the
 * temporary files are removed. A command that fails (exit 2) writes
 * nothing at all, unless it says its reports are whole (cli_outputs_keep:
 * check with a bad plan among good ones). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

#define MAX_OUTPUTS 16
#define MAX_INPUTS 256

/* A finished report waiting for cli_outputs_finish. */
typedef struct pending {
  char *target;     /* the path as given */
  char *buf;        /* a device's or FIFO's bytes (malloc'd, held_open) */
  size_t len;
  int fd;           /* >= 0: a descriptor path names (/dev/stdout, /dev/fd/N) */
  char *dest;       /* regular file: the resolved path renamed over */
  char *tmp;        /* its temporary file, written */
  int slot;         /* tmp's entry in sig_temps */
  int broken;       /* tmp holds broken UTF-8 (found when read back for the guard) */
} pending;

typedef struct file_id {
  dev_t dev;
  ino_t ino;
  char *path;
} file_id;

static struct {
  pending out[MAX_OUTPUTS];
  size_t n_out;
  file_id in[MAX_INPUTS];
  size_t n_in;
  file_id opened[MAX_OUTPUTS];    /* every opened report, to refuse repeats */
  size_t n_opened;
  int real_stdout;                /* the real standard output, -1: not captured */
  pg_guard *guard;
  int guard_failed;               /* out of memory adding a plan's secrets */
  int keep;                       /* write the outputs even on exit 2 */
} S = {.real_stdout = -1};

/* Temporary files to remove on a signal: written before each file exists. */
static char *volatile sig_temps[MAX_OUTPUTS];

/* A free entry of sig_temps, or -1. */
static int free_slot(void) {
  for (int i = 0; i < MAX_OUTPUTS; i++)
    if (!sig_temps[i]) return i;
  return -1;
}

static void on_signal(int sig) {
  for (size_t i = 0; i < MAX_OUTPUTS; i++)
    if (sig_temps[i]) unlink(sig_temps[i]);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void install_handlers(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
    struct sigaction old;
    /* A signal the caller ignores (nohup) stays ignored. */
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    sigaction(sigs[i], &sa, NULL);
  }
}

void cli_outputs_begin(void) {
  install_handlers();
  fflush(stdout);
  int saved = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (saved < 0) return; /* no standard output: nothing to capture */
  int mem = memfd_create("plangraph-stdout", MFD_CLOEXEC);
  if (mem < 0 || dup2(mem, STDOUT_FILENO) < 0) {
    fputs("plangraph: error: cannot hold standard output: out of memory\n", stderr);
    exit(EXIT_BAD);
  }
  close(mem);
  S.real_stdout = saved;
}

int cli_stdout_isatty(void) {
  return isatty(S.real_stdout >= 0 ? S.real_stdout : STDOUT_FILENO);
}

void cli_note_input(const char *path) {
  struct stat st;
  if (!path || strcmp(path, "-") == 0 || S.n_in == MAX_INPUTS || stat(path, &st) != 0 ||
      !S_ISREG(st.st_mode))
    return;
  char *copy = strdup(path);
  if (!copy) return;
  S.in[S.n_in++] = (file_id){st.st_dev, st.st_ino, copy};
}

int cli_guard_graph(const pg_graph *g) {
  if (!S.guard && pg_guard_new(&S.guard) != PG_OK) S.guard_failed = 1;
  if (S.guard && pg_guard_add_graph(S.guard, g) != PG_OK) S.guard_failed = 1;
  if (S.guard_failed) cli_say_out_of_memory(NULL);
  return S.guard_failed ? EXIT_BAD : EXIT_OK;
}

/* The descriptor a path names (/dev/stdout, /dev/stderr, /dev/fd/N,
 * /proc/self/fd/N), written to as it is; -1 for any other path. */
static int named_fd(const char *path) {
  if (strcmp(path, "/dev/stdout") == 0) return STDOUT_FILENO;
  if (strcmp(path, "/dev/stderr") == 0) return STDERR_FILENO;
  const char *digits = strncmp(path, "/dev/fd/", 8) == 0         ? path + 8
                       : strncmp(path, "/proc/self/fd/", 14) == 0 ? path + 14
                                                                  : NULL;
  if (!digits || !*digits) return -1;
  char *end;
  long fd = strtol(digits, &end, 10);
  return *end || fd < 0 || fd > INT_MAX ? -1 : (int)fd;
}

/* The folder of path in buf ("." when it has none). */
static void folder_of(const char *path, char *buf, size_t cap) {
  const char *slash = strrchr(path, '/');
  if (!slash) snprintf(buf, cap, ".");
  else if (slash == path) snprintf(buf, cap, "/");
  else snprintf(buf, cap, "%.*s", (int)(slash - path), path);
}

static int cannot_write(const char *target) {
  fprintf(stderr, "plangraph: error: cannot write %s: %s\n", target, strerror(errno));
  return EXIT_BAD;
}

/* Who may not share a report's file: an input, or a report opened before. */
static int clashes(const char *path, const struct stat *st, const char *canon) {
  for (size_t i = 0; st && i < S.n_in; i++)
    if (S.in[i].dev == st->st_dev && S.in[i].ino == st->st_ino) {
      fprintf(stderr, "plangraph: error: refusing to write %s: it is the input %s\n", path,
              S.in[i].path);
      return 1;
    }
  for (size_t i = 0; i < S.n_opened; i++) {
    const file_id *o = &S.opened[i];
    if ((st && o->path == NULL && o->dev == st->st_dev && o->ino == st->st_ino) ||
        (canon && o->path && strcmp(o->path, canon) == 0)) {
      fprintf(stderr, "plangraph: error: refusing to write %s: another output names the "
                      "same file\n", path);
      return 1;
    }
  }
  return 0;
}

/* Remembers a report's file (by identity when it exists, else by its
 * canonical name) so that a second output naming it is refused. */
static void remember(const struct stat *st, const char *canon) {
  if (S.n_opened == MAX_OUTPUTS) return;
  S.opened[S.n_opened++] = st ? (file_id){st->st_dev, st->st_ino, NULL}
                              : (file_id){0, 0, canon ? strdup(canon) : NULL};
}

/* A report path that does not exist yet: its folder must, and a dangling
 * symbolic link is refused (its target is unknown). */
static int check_new(const char *path) {
  struct stat lst;
  if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
    fprintf(stderr, "plangraph: error: refusing to write %s: it is a symbolic link to a "
                    "missing file\n", path);
    return EXIT_BAD;
  }
  char dir[PATH_MAX], real[PATH_MAX], canon[PATH_MAX + NAME_MAX + 2];
  folder_of(path, dir, sizeof dir);
  if (!realpath(dir, real)) {
    if (errno == ENOENT)
      fprintf(stderr, "plangraph: cannot write %s: the folder %s does not exist\n", path, dir);
    else
      fprintf(stderr, "plangraph: cannot write %s: %s\n", path, strerror(errno));
    return EXIT_BAD;
  }
  if (access(real, W_OK) != 0) {
    fprintf(stderr, "plangraph: cannot write %s: %s\n", path, strerror(errno));
    return EXIT_BAD;
  }
  const char *base = strrchr(path, '/');
  snprintf(canon, sizeof canon, "%s/%s", real, base ? base + 1 : path);
  if (clashes(path, NULL, canon)) return EXIT_BAD;
  remember(NULL, canon);
  return EXIT_OK;
}

/* Whether a report may go to path: see the file comment. */
static int check_target(const char *path) {
  struct stat st;
  int fd = named_fd(path);
  if (fd >= 0) {
    if (fstat(fd == STDOUT_FILENO && S.real_stdout >= 0 ? S.real_stdout : fd, &st) != 0) {
      fprintf(stderr, "plangraph: cannot write %s: %s\n", path, strerror(errno));
      return EXIT_BAD;
    }
  } else if (stat(path, &st) != 0) {
    if (errno == ENOENT) return check_new(path);
    fprintf(stderr, "plangraph: cannot write %s: %s\n", path, strerror(errno));
    return EXIT_BAD;
  }
  if (S_ISDIR(st.st_mode)) {
    fprintf(stderr, "plangraph: cannot write %s: %s\n", path, strerror(EISDIR));
    return EXIT_BAD;
  }
  if (!S_ISREG(st.st_mode) && !S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) {
    fprintf(stderr, "plangraph: cannot write %s: not a regular file, character device "
                    "or FIFO\n", path);
    return EXIT_BAD;
  }
  if (clashes(path, &st, NULL)) return EXIT_BAD;
  remember(&st, NULL);
  return EXIT_OK;
}

/* A temporary file beside target's file (through a symbolic link, beside
 * the link's target, which is replaced while the link stays), entered in
 * sig_temps[slot]: its descriptor, or -1 with the reason printed. *dest
 * and *tmp are malloc'd (or NULL) either way. The temporary name is
 * short, so a 255-byte report name works. */
static int make_temp(const char *target, int slot, char **dest, char **tmp) {
  struct stat st;
  *dest = stat(target, &st) == 0 ? realpath(target, NULL) : strdup(target);
  char dir[PATH_MAX];
  folder_of(*dest ? *dest : "", dir, sizeof dir);
  size_t cap = strlen(dir) + 32;
  *tmp = *dest ? malloc(cap) : NULL;
  if (!*tmp && errno == ENOMEM) {  /* realpath, strdup or malloc */
    cli_say_out_of_memory(NULL);
    return -1;
  }
  if (!*tmp) return cannot_write(target), -1;
  snprintf(*tmp, cap, "%s/.plangraph-XXXXXX", dir);
  sig_temps[slot] = *tmp;
  int fd = mkstemp(*tmp);
  if (fd < 0) {
    int err = errno;
    sig_temps[slot] = NULL;
    free(*tmp);
    *tmp = NULL;
    errno = err;
    return cannot_write(target), -1;
  }
  /* mkstemp makes the file 0600; a report is read by others (CI
   * artifacts), so give it what the umask allows, as a plain open would. */
  mode_t mask = umask(0);
  umask(mask);
  if (fchmod(fd, 0666 & ~mask) == 0) return fd;
  int err = errno;
  close(fd);
  unlink(*tmp);
  sig_temps[slot] = NULL;
  free(*tmp);
  *tmp = NULL;
  errno = err;
  return cannot_write(target), -1;
}

/* Whether a report to path goes to a temporary file renamed over it: a
 * regular file, or one to be made (check_target has refused the rest). */
static int renamed_into_place(const char *path) {
  struct stat st;
  return named_fd(path) < 0 && (stat(path, &st) != 0 || S_ISREG(st.st_mode));
}

/* A report held in memory: a stdio stream over a growing malloc'd buffer.
 * open_memstream would do, but it zeroes and copies its buffer at each
 * doubling and locks on every write: a 64 MB JSON report spent a third of
 * its writing time there. This one grows by realloc (large blocks move by
 * remapping), takes 64 KB at a time from stdio, and is written by one
 * thread, so stdio does not lock it. */
typedef struct held {
  char **buf;
  size_t *len;
  size_t cap;
} held;

static ssize_t held_write(void *cookie, const char *p, size_t n) {
  held *h = cookie;
  if (*h->len + n + 1 > h->cap) {
    size_t cap = h->cap ? h->cap : (size_t)1 << 16;
    while (cap < *h->len + n + 1) cap *= 2;
    char *b = realloc(*h->buf, cap);
    if (!b) return 0; /* stdio: an error, which cli_out_commit reports */
    *h->buf = b;
    h->cap = cap;
  }
  memcpy(*h->buf + *h->len, p, n);
  *h->len += n;
  (*h->buf)[*h->len] = '\0';
  return (ssize_t)n;
}

static int held_close(void *cookie) {
  free(cookie);
  return 0;
}

static FILE *held_open(char **buf, size_t *len) {
  held *h = malloc(sizeof *h);
  if (!h) return NULL;
  *buf = NULL;
  *len = 0;
  *h = (held){buf, len, 0};
  cookie_io_functions_t io = {NULL, held_write, NULL, held_close};
  FILE *f = fopencookie(h, "w", io);
  if (!f) {
    free(h);
    return NULL;
  }
  setvbuf(f, NULL, _IOFBF, (size_t)1 << 16);
  __fsetlocking(f, FSETLOCKING_BYCALLER);
  return f;
}

/* Drops a report's temporary file. */
static void drop_temp(cli_out *o) {
  unlink(o->tmp);
  sig_temps[o->slot] = NULL;
  free(o->tmp);
  free(o->dest);
  o->tmp = o->dest = NULL;
}

/* A report to a file streams into its temporary file: a large report is
 * never held whole in memory. */
static int open_temp(cli_out *o, const char *path) {
  int slot = free_slot();
  if (slot < 0) {
    fprintf(stderr, "plangraph: error: too many outputs\n");
    return EXIT_BAD;
  }
  int fd = make_temp(path, slot, &o->dest, &o->tmp);
  o->slot = slot;
  o->f = fd < 0 ? NULL : fdopen(fd, "w");
  if (!o->f) {
    if (fd >= 0) {
      cli_say_out_of_memory(NULL);
      close(fd);
      drop_temp(o);
    }
    free(o->dest);
    o->dest = NULL;
    return EXIT_BAD;
  }
  setvbuf(o->f, NULL, _IOFBF, (size_t)1 << 16);
  __fsetlocking(o->f, FSETLOCKING_BYCALLER);
  o->target = path;
  return EXIT_OK;
}

int cli_out_open(cli_out *o, const char *path) {
  memset(o, 0, sizeof *o);
  if (!path || strcmp(path, "-") == 0) {
    o->f = stdout;
    return EXIT_OK;
  }
  if (check_target(path) != EXIT_OK) return EXIT_BAD;
  if (S.n_out == MAX_OUTPUTS) {
    fprintf(stderr, "plangraph: error: too many outputs\n");
    return EXIT_BAD;
  }
  if (renamed_into_place(path)) return open_temp(o, path);
  o->f = held_open(&o->buf, &o->len);
  if (!o->f) {
    cli_say_out_of_memory(NULL);
    return EXIT_BAD;
  }
  o->target = path;
  return EXIT_OK;
}

/* Starts writing fd's pages to disk without waiting: the fsync before the
 * rename (deliver) then waits only for what is left after the read-back
 * checks, which on a large report is little. */
static void start_writeback(int fd) {
#ifdef SYNC_FILE_RANGE_WRITE
  (void)sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#else
  (void)fd;
#endif
}

/* A report written to its temporary file, its writing to disk started,
 * and pending. */
static int commit_temp(cli_out *o) {
  int bad = fflush(o->f) != 0 || ferror(o->f);
  if (!bad) start_writeback(fileno(o->f));
  int err = errno;
  bad |= fclose(o->f) != 0;
  o->f = NULL;
  if (bad || S.n_out == MAX_OUTPUTS) {
    errno = bad ? err : EMFILE;
    cannot_write(o->target);
    drop_temp(o);
    return EXIT_BAD;
  }
  char *target = strdup(o->target);
  if (!target) {
    cli_say_out_of_memory(NULL);
    drop_temp(o);
    return EXIT_BAD;
  }
  S.out[S.n_out++] = (pending){target, NULL, 0, -1, o->dest, o->tmp, o->slot, 0};
  o->dest = o->tmp = NULL;
  return EXIT_OK;
}

int cli_out_commit(cli_out *o) {
  if (!o->target) return EXIT_OK; /* standard output: checked when the command ends */
  if (o->tmp) return commit_temp(o);
  if (S.n_out == MAX_OUTPUTS) {
    fprintf(stderr, "plangraph: error: too many outputs\n");
    cli_out_abort(o);
    return EXIT_BAD;
  }
  int bad = fflush(o->f) != 0 || ferror(o->f);
  bad |= fclose(o->f) != 0;
  o->f = NULL;
  char *target = bad ? NULL : strdup(o->target);
  if (!target) {
    cli_say_out_of_memory(NULL);
    free(o->buf);
    o->buf = NULL;
    return EXIT_BAD;
  }
  S.out[S.n_out++] = (pending){target, o->buf, o->len, named_fd(target), NULL, NULL, -1, 0};
  o->buf = NULL;
  return EXIT_OK;
}

void cli_out_abort(cli_out *o) {
  if (!o->target) return;
  if (o->f) fclose(o->f);
  if (o->tmp) drop_temp(o);
  free(o->buf);
  o->f = NULL;
  o->buf = NULL;
}

/* Writes all of buf to fd; 0, or -1 with errno set. */
static int write_all(int fd, const char *buf, size_t len) {
  while (len) {
    ssize_t k = write(fd, buf, len);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) {
      if (k == 0) errno = EIO;
      return -1;
    }
    buf += k;
    len -= (size_t)k;
  }
  return 0;
}

/* What the command wrote to standard output (malloc'd, *len bytes), and
 * the real standard output back in place. NULL with *len 0 is empty; on
 * failure *rc becomes EXIT_BAD with the reason printed. */
static char *take_stdout(size_t *len, int *rc) {
  *len = 0;
  int err = fflush(stdout) != 0 || ferror(stdout);
  if (S.real_stdout < 0) {
    if (err) {
      fprintf(stderr, "plangraph: error: writing standard output: %s\n", strerror(errno));
      *rc = EXIT_BAD;
    }
    return NULL;
  }
  off_t n = lseek(STDOUT_FILENO, 0, SEEK_END);
  char *buf = n > 0 ? malloc((size_t)n) : NULL;
  if (n > 0 && (!buf || pread(STDOUT_FILENO, buf, (size_t)n, 0) != n)) err = 1;
  dup2(S.real_stdout, STDOUT_FILENO);
  close(S.real_stdout);
  S.real_stdout = -1;
  clearerr(stdout);
  if (err) {
    cli_say_out_of_memory(NULL);
    *rc = EXIT_BAD;
    free(buf);
    return NULL;
  }
  *len = buf ? (size_t)n : 0;
  return buf;
}

/* A written report's bytes, mapped read-only: *len of them (NULL with
 * *len 0 when empty); NULL with *len (size_t)-1 when it cannot be read
 * back (errno set). */
static char *map_temp(const pending *p, size_t *len) {
  *len = (size_t)-1;
  int fd = open(p->tmp, O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0) return NULL;
  if (fstat(fd, &st) != 0) {
    close(fd);
    return NULL;
  }
  void *m = st.st_size ? mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                              fd, 0)
                       : NULL;
  int err = errno;
  close(fd);
  if (m == MAP_FAILED) {
    errno = err;
    return NULL;
  }
  *len = (size_t)st.st_size;
  return m;
}

static void unmap_temp(char *m, size_t len) {
  if (m) munmap(m, len);
}

/* Whether an output holds a plan's secret: 1 yes, 0 no, -1 out of memory
 * (or, for a written file, it could not be read back; message printed).
 * A written file is read back once: whether it holds broken UTF-8 is
 * noted then too (p->broken, for repair_temp). */
static int holds_secret(pending *p, pg_guard_hit *where) {
  if (!p->tmp) return p->buf && S.guard ? pg_guard_find(S.guard, p->buf, p->len, where) : 0;
  size_t len;
  char *m = map_temp(p, &len);
  if (len == (size_t)-1) {
    cannot_write(p->target);
    return -2;
  }
  int hit = m && S.guard ? pg_guard_find(S.guard, m, len, where) : 0;
  p->broken = m && pg_text_invalid_utf8(m, len) > 0;
  unmap_temp(m, len);
  return hit;
}

/* Says which output holds a secret, where, and whose value it is (an
 * origin that itself holds a secret, such as a path through a map key
 * that is one, is left out). */
static void say_refused(const char *target, const pg_guard_hit *at) {
  const char *origin = at->origin && *at->origin &&
                               pg_guard_check(S.guard, at->origin, strlen(at->origin)) == 0
                           ? at->origin
                           : NULL;
  fprintf(stderr, "plangraph: error: refusing to write: output would contain a value "
                  "the plan marks sensitive (in %s, line %zu%s%s)\n",
          target, at->line, origin ? "; it comes from " : "", origin ? origin : "");
}

/* The last line of defence: no output may hold a secret. */
static int guard_refuses(const char *out, size_t out_len) {
  if (S.guard_failed) return 1;
  for (size_t i = 0; i <= S.n_out; i++) {
    pg_guard_hit at = {0, 0, NULL};
    int hit = i < S.n_out ? holds_secret(&S.out[i], &at)
                          : out && S.guard ? pg_guard_find(S.guard, out, out_len, &at) : 0;
    if (hit == -1) cli_say_out_of_memory(NULL);
    if (hit < 0) return 1;
    if (hit) {
      say_refused(i < S.n_out ? S.out[i].target : "standard output", &at);
      return 1;
    }
  }
  return 0;
}

/* Broken UTF-8 in an output becomes U+FFFD, with a note saying how much. */
static int repair(char **buf, size_t *len, const char *where) {
  if (!*buf) return EXIT_OK;
  size_t n = pg_text_repair_utf8(buf, len);
  if (n == (size_t)-1) {
    cli_say_out_of_memory(NULL);
    return EXIT_BAD;
  }
  if (n)
    fprintf(stderr, "plangraph: note: %zu byte%s of invalid UTF-8 in %s replaced with "
                    "U+FFFD\n", n, n == 1 ? "" : "s", where);
  return EXIT_OK;
}

/* The same for a written report: written again only when the read-back
 * for the guard found broken UTF-8 (a plan's bytes passed through), which
 * is rare. */
static int repair_temp(pending *p) {
  if (!p->broken) return EXIT_OK;
  size_t len;
  char *m = map_temp(p, &len);
  if (len == (size_t)-1) return cannot_write(p->target);
  char *copy = m ? malloc(len + 1) : NULL;
  if (copy) memcpy(copy, m, len);
  unmap_temp(m, len);
  if (!copy || repair(&copy, &len, p->target) != EXIT_OK) {
    if (!copy) cli_say_out_of_memory(NULL);
    free(copy);
    return EXIT_BAD;
  }
  int fd = open(p->tmp, O_WRONLY | O_TRUNC | O_CLOEXEC);
  int bad = fd < 0 || write_all(fd, copy, len) != 0;
  int err = errno;
  if (fd >= 0) bad |= close(fd) != 0;
  free(copy);
  errno = err;
  return bad ? cannot_write(p->target) : EXIT_OK;
}

/* A temporary file on disk (fsync), so that renaming it cannot leave an
 * empty file after a crash; 0, or -1 with errno set. */
static int sync_temp(const pending *p) {
  int fd = open(p->tmp, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  int bad = fsync(fd) != 0;
  int err = errno;
  close(fd);
  errno = err;
  return bad ? -1 : 0;
}

/* Puts a written report in place, or writes a device, FIFO or descriptor. */
static int deliver(pending *p) {
  if (p->tmp) {
    if (sync_temp(p) != 0 || rename(p->tmp, p->dest) != 0) return cannot_write(p->target);
    sig_temps[p->slot] = NULL;
    free(p->tmp);
    p->tmp = NULL;
    return EXIT_OK;
  }
  int fd = p->fd >= 0 ? p->fd : open(p->target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return cannot_write(p->target);
  int bad = write_all(fd, p->buf, p->len) != 0;
  int err = errno;
  if (p->fd < 0) bad |= close(fd) != 0 && errno != EINTR;
  errno = err;
  return bad ? cannot_write(p->target) : EXIT_OK;
}

/* Every report written, or none renamed into place. */
static int write_reports(void) {
  int rc = EXIT_OK;
  for (size_t i = 0; rc == EXIT_OK && i < S.n_out; i++)
    rc = S.out[i].tmp ? repair_temp(&S.out[i])
                      : repair(&S.out[i].buf, &S.out[i].len, S.out[i].target);
  /* Devices and descriptors first: a rename cannot be taken back. */
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; rc == EXIT_OK && i < S.n_out; i++)
      if ((S.out[i].tmp != NULL) == pass) rc = deliver(&S.out[i]);
  return rc;
}

static void release(void) {
  for (size_t i = 0; i < S.n_out; i++) {
    pending *p = &S.out[i];
    if (p->tmp) unlink(p->tmp);
    if (p->slot >= 0) sig_temps[p->slot] = NULL;
    free(p->tmp);
    free(p->dest);
    free(p->buf);
    free(p->target);
  }
  S.n_out = 0;
  for (size_t i = 0; i < S.n_in; i++) free(S.in[i].path);
  for (size_t i = 0; i < S.n_opened; i++) free(S.opened[i].path);
  S.n_in = S.n_opened = 0;
  pg_guard_free(S.guard);
  S.guard = NULL;
}

void cli_outputs_keep(void) { S.keep = 1; }

int cli_outputs_finish(int rc) {
  size_t len = 0;
  /* The command's exit 2 writes nothing, unless it kept its reports; a
   * failure here always does (ok drops to 0). */
  int ok = rc != EXIT_BAD || S.keep;
  int taken = EXIT_OK;
  char *out = take_stdout(&len, &taken);
  if (taken != EXIT_OK) ok = 0;
  if (ok && guard_refuses(out, len)) ok = 0;
  if (ok && write_reports() != EXIT_OK) ok = 0;
  if (ok && repair(&out, &len, "standard output") != EXIT_OK) ok = 0;
  if (ok && out && write_all(STDOUT_FILENO, out, len) != 0) {
    fprintf(stderr, "plangraph: error: writing standard output: %s\n", strerror(errno));
    ok = 0;
  }
  free(out);
  release();
  return ok ? rc : EXIT_BAD;
}
