/* Table-driven cmocka tests: runs one test per row of a case table, each
 * named by its row, so that a failure names the case that failed rather
 * than "test_cases". Include after <cmocka.h>. */
#ifndef PG_CASE_TABLE_H
#define PG_CASE_TABLE_H

#include <stdlib.h>

/* Runs fn on each of the n rows of `rows` (row i at rows + i * size) as a
 * test named names[i] (the row's own name field, read by name_of). Returns
 * cmocka's count of failures, or 1 when out of memory. */
static inline int run_case_table(const char *group, const void *rows, size_t size, size_t n,
                                 const char *(*name_of)(const void *row),
                                 CMUnitTestFunction fn) {
  struct CMUnitTest *tests = calloc(n ? n : 1, sizeof *tests);
  if (!tests) return 1;
  for (size_t i = 0; i < n; i++) {
    const void *row = (const char *)rows + i * size;
    tests[i].name = name_of(row);
    tests[i].test_func = fn;
    tests[i].initial_state = (void *)(uintptr_t)row;
  }
  int failed = _cmocka_run_group_tests(group, tests, n, NULL, NULL);
  free(tests);
  return failed;
}

#endif
