/* Tests of how out of memory is told apart from other failures: an arena
 * counts the allocations it refused, a report writer's ending says "out
 * of memory writing the ..." (never "writing ... failed") when memory ran
 * out however it was noticed, and libxml2 is kept quiet around our calls.
 * The sweep (scripts/malloc-sweep) fails real allocations; these pin the
 * rules it relies on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <libxml/xmlerror.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "plangraph/diag.h"
#include "report/ending.h"

/* A request no block can hold is refused and counted; release clears it. */
static void test_arena_counts_refusals(void **state) {
  (void)state;
  arena a;
  arena_init(&a);
  assert_non_null(arena_alloc(&a, 16));
  assert_int_equal(a.failed, 0);
  assert_null(arena_alloc(&a, SIZE_MAX));
  assert_int_equal(a.failed, 1);
  arena_release(&a);
  assert_int_equal(a.failed, 0);
}

#ifndef PG_ARENA_DEBUG
/* Whether the page holding p is mapped (msync fails with ENOMEM on a
 * page that is not). */
static int page_mapped(const void *p) {
  size_t size = (size_t)sysconf(_SC_PAGESIZE);
  uintptr_t page = (uintptr_t)p & ~(uintptr_t)(size - 1);
  return msync((void *)page, size, MS_ASYNC) == 0;
}
#endif

/* A whole arena's block is the system's pages, given back on release,
 * whatever the C library's own threshold for mapping has become: without
 * a mapping of its own, the second arena's block came from the heap
 * (glibc raises its threshold when a mapped block is freed) and stayed
 * mapped. */
static void test_arena_blocks_go_back(void **state) {
  (void)state;
#ifdef PG_ARENA_DEBUG
  skip();
#else
  for (int round = 0; round < 2; round++) {
    arena a;
    arena_init_whole(&a);
    unsigned char *p = arena_alloc(&a, 64);
    assert_non_null(p);
    for (int i = 0; i < 64; i++) assert_int_equal(p[i], 0);
    assert_true(page_mapped(p));
    arena_release(&a);
    assert_false(page_mapped(p));
    assert_int_equal(a.whole, 1);  /* released, it stays whole */
  }
#endif
}

/* A growing arena starts small (its first allocations are neighbours in
 * one block), gives zeroed memory from blocks the C library had used
 * before and from a block it reuses after a reset, and reaches blocks of
 * the standard size, which go back to the system on release. */
static void test_arena_grows(void **state) {
  (void)state;
#ifdef PG_ARENA_DEBUG
  skip();
#else
  arena a;
  arena_init(&a);
  unsigned char *first = arena_alloc(&a, 64), *second = arena_alloc(&a, 64);
  assert_non_null(first);
  assert_ptr_equal(second, first + 64);
  memset(first, 0xff, 128);
  arena_reset(&a);
  unsigned char *again = arena_alloc(&a, 128);
  assert_ptr_equal(again, first);  /* the block kept, cleared where taken */
  for (int i = 0; i < 128; i++) assert_int_equal(again[i], 0);
  arena_release(&a);
  /* Heap memory handed out before: it must come back zeroed. */
  void *junk = malloc(4096);
  assert_non_null(junk);
  memset(junk, 0xab, 4096);
  free(junk);
  unsigned char *last = NULL;
  for (int i = 0; i < 700; i++) {
    last = arena_alloc(&a, 1024);
    assert_non_null(last);
    for (int j = 0; j < 1024; j += 97) assert_int_equal(last[j], 0);
  }
  assert_int_equal(a.total, 700 * 1024);
  assert_true(page_mapped(last));
  arena_release(&a);
  assert_false(page_mapped(last));  /* 700 KB in: a standard block */
#endif
}

static const char *only_message(pg_diags *d) {
  assert_int_equal(pg_diags_count(d), 1);
  return pg_diags_get(d, 0)->message;
}

/* Each ending, and out of memory winning over the failure that showed it. */
static void test_writer_endings(void **state) {
  (void)state;
  static const struct {
    int noted;        /* alloc_note_failure() between begin and end */
    int failed;       /* the writer's outcome */
    int err;          /* errno at the end */
    int want;
    const char *message;
  } cases[] = {
      {0, 0, 0, PG_OK, NULL},
      {0, -1, EIO, PG_ERR_IO, "writing the JSON report failed"},
      {0, -1, ENOSPC, PG_ERR_IO, "writing the JSON report failed"},
      {0, -1, ENOMEM, PG_ERR_NOMEM, "out of memory writing the JSON report"},
      {0, PG_ERR_NOMEM, EIO, PG_ERR_NOMEM, "out of memory writing the JSON report"},
      {1, 0, 0, PG_ERR_NOMEM, "out of memory writing the JSON report"},
      {1, -1, EIO, PG_ERR_NOMEM, "out of memory writing the JSON report"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    pg_diags *d = NULL;
    assert_int_equal(pg_diags_new(&d), PG_OK);
    unsigned long mark = writer_begin();
    if (cases[i].noted) alloc_note_failure();
    errno = cases[i].err;
    assert_int_equal(writer_end(mark, cases[i].failed, "JSON report", d), cases[i].want);
    if (cases[i].message) assert_string_equal(only_message(d), cases[i].message);
    else assert_int_equal(pg_diags_count(d), 0);
    pg_diags_free(d);
  }
}

/* A mark sees only failures after it. */
static void test_marks_are_relative(void **state) {
  (void)state;
  alloc_note_failure();
  unsigned long mark = alloc_mark();
  assert_false(alloc_failed_since(mark));
  alloc_note_failure();
  assert_true(alloc_failed_since(mark));
}

static int heard;
static void count_generic(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
  heard++;
}

/* Between enter and leave libxml2's own lines go nowhere; after leave the
 * caller's handler is back. */
static void test_xml_quiet(void **state) {
  (void)state;
  xmlSetGenericErrorFunc(NULL, count_generic);
  xml_quiet q = xml_quiet_enter();
  xmlGenericError(xmlGenericErrorContext, "not shown\n");
  xml_quiet_leave(q);
  assert_int_equal(heard, 0);
  xmlGenericError(xmlGenericErrorContext, "shown\n");
  assert_int_equal(heard, 1);
  xmlSetGenericErrorFunc(NULL, NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_arena_counts_refusals), cmocka_unit_test(test_arena_blocks_go_back),
      cmocka_unit_test(test_arena_grows),
      cmocka_unit_test(test_writer_endings),
      cmocka_unit_test(test_marks_are_relative), cmocka_unit_test(test_xml_quiet),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
