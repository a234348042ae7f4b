/* An LD_PRELOAD library for the allocation-failure sweep
 * (scripts/malloc-sweep): PG_FAIL_AT=N makes the N-th call to malloc,
 * calloc, realloc or an anonymous mmap (counted together, from 1) fail
 * once (NULL or MAP_FAILED, errno ENOMEM, as the C library sets it);
 * every other call goes to the C library. Arenas map their large blocks
 * themselves, so mmap is swept too (the C library's own mappings, its
 * allocator's and thread stacks', use an internal entry that is not
 * seen here). PG_FAIL_COUNT=1 prints
 * the number of calls at exit instead, to size the sweep; PG_FAIL_TRACE=1
 * prints a backtrace of the failing call to standard error, to find the
 * site a wrong ending comes from (addr2line turns it into lines).
 *
 * Calls are counted from the start of the C library's __libc_start_main,
 * wrapped here: what shared libraries' constructors allocate before it
 * (libgfortran's, loaded by igraph's BLAS, which prints its own message
 * and exits 1 when refused) happens before any plangraph code can run. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static unsigned long calls, fail_at;
static int counting, tracing, ready;
static int started;   /* __libc_start_main has been entered */

/* dlsym itself may call calloc: serve that from a static block. */
static char early[4096];
static size_t early_used;

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);

static void report(void) {
  char buf[64];
  int n = snprintf(buf, sizeof buf, "allocations %lu\n", calls);
  if (write(2, buf, (size_t)n) < 0) return;
}

static void init(void) {
  if (ready) return;
  ready = -1;
  real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
  real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
  real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
  const char *at = getenv("PG_FAIL_AT"), *count = getenv("PG_FAIL_COUNT");
  fail_at = at ? strtoul(at, NULL, 10) : 0;
  counting = count && *count == '1';
  const char *trace = getenv("PG_FAIL_TRACE");
  tracing = trace && *trace == '1';
  if (counting) atexit(report);
  ready = 1;
}

static int fail_now(void) {
  if (ready != 1 || !started) return 0;
  calls++;
  if (!fail_at || calls != fail_at) return 0;
  if (tracing) {
    void *frames[32];
    ready = 0; /* backtrace may allocate on its first use */
    backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
    ready = 1;
  }
  errno = ENOMEM; /* as the C library's allocator says it */
  return 1;
}

void *malloc(size_t n) {
  init();
  return fail_now() ? NULL : real_malloc(n);
}

void *calloc(size_t k, size_t n) {
  if (ready == -1 && !real_calloc) {
    void *p = early + early_used;
    early_used += (k * n + 15) & ~(size_t)15;
    return early_used <= sizeof early ? p : NULL;
  }
  init();
  return fail_now() ? NULL : real_calloc(k, n);
}

void *realloc(void *p, size_t n) {
  init();
  return fail_now() ? NULL : real_realloc(p, n);
}

/* Before init has found the C library's mmap (dlsym may map memory), the
 * call goes to the kernel directly. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
  static void *(*real_mmap)(void *, size_t, int, int, int, off_t);
  if (!real_mmap && ready == 1)
    real_mmap = (void *(*)(void *, size_t, int, int, int, off_t))dlsym(RTLD_NEXT, "mmap");
  if (!real_mmap) return (void *)syscall(SYS_mmap, addr, len, prot, flags, fd, off);
  if ((flags & MAP_ANONYMOUS) && fail_now()) {
    errno = ENOMEM;
    return MAP_FAILED;
  }
  return real_mmap(addr, len, prot, flags, fd, off);
}

typedef int (*main_fn)(int, char **, char **);
typedef int (*start_fn)(main_fn, int, char **, void (*)(void), void (*)(void), void (*)(void),
                        void *);

int __libc_start_main(main_fn main_, int argc, char **argv, void (*init_)(void),
                      void (*fini)(void), void (*rtld_fini)(void), void *stack_end) {
  start_fn real_start = (start_fn)dlsym(RTLD_NEXT, "__libc_start_main");
  started = 1;
  return real_start(main_, argc, argv, init_, fini, rtld_fini, stack_end);
}
