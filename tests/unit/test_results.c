/* Tests of the check report's bookkeeping (src/run/results.c): unique
 * subject names, one subject for a repeated name and resources (with the
 * worse outcome), plans numbered once, suites moved between reports, and
 * that many subjects of one name cost linear time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "run/results.h"

static int setup(void **state) {
  pg_report *r;
  assert_int_equal(pg_report_new(&r), PG_OK);
  *state = r;
  return 0;
}

static int teardown(void **state) {
  pg_report_free(*state);
  return 0;
}

static report_suite *suite(pg_report *r, const char *plan) {
  report_suite *s = report_add_suite(r);
  assert_non_null(s);
  assert_int_equal(report_set_plan(r, s, plan), PG_OK);
  return s;
}

static void add(pg_report *r, report_suite *s, const char *name, pg_outcome o,
                const char *addr) {
  char *addrs[1] = {(char *)addr};
  assert_int_equal(report_add_subject(r, s, name, o, o == PG_PASS ? NULL : "why", addrs,
                                      addr ? 1 : 0, NULL, NULL),
                   PG_OK);
}

static void test_names(void **state) {
  pg_report *r = *state;
  report_suite *s = suite(r, "p.json");
  add(r, s, "x", PG_PASS, "a");
  add(r, s, "x", PG_PASS, "b");
  add(r, s, "x (3)", PG_PASS, "c");   /* a query may give a suffixed name */
  add(r, s, "x", PG_PASS, "d");
  add(r, s, "x", PG_PASS, "e");
  static const char *const want[] = {"x", "x (2)", "x (3)", "x (4)", "x (5)"};
  assert_int_equal(s->pub.n_subjects, 5);
  for (size_t i = 0; i < 5; i++) assert_string_equal(s->pub.subjects[i].name, want[i]);
}

static void test_same_subject(void **state) {
  pg_report *r = *state;
  report_suite *s = suite(r, "p.json");
  add(r, s, "x", PG_PASS, "a");
  add(r, s, "x", PG_PASS, "a");
  assert_int_equal(s->pub.n_subjects, 1);
  add(r, s, "x", PG_FAIL, "a");      /* the worse outcome wins */
  add(r, s, "x", PG_UNKNOWN, "a");
  assert_int_equal(s->pub.n_subjects, 1);
  assert_int_equal(s->pub.subjects[0].outcome, PG_FAIL);
  assert_string_equal(s->pub.subjects[0].message, "why");
  assert_int_equal(s->pub.passed, 0);
  assert_int_equal(s->pub.failed, 1);
  add(r, s, "x", PG_PASS, NULL);     /* other resources: another subject */
  assert_int_equal(s->pub.n_subjects, 2);
  assert_string_equal(s->pub.subjects[1].name, "x (2)");
}

static void test_plans(void **state) {
  pg_report *r = *state;
  suite(r, "a.json");
  suite(r, "b.json");
  suite(r, "a.json");
  assert_int_equal(pg_report_plan_count(r), 2);
  assert_int_equal(report_suite_plan(r, 2), 0);
  assert_int_equal(report_plan_at(r, 1)->first, 1);
  pg_report *other;
  assert_int_equal(pg_report_new(&other), PG_OK);
  report_suite *s = suite(other, "c.json");
  add(other, s, "y", PG_FAIL, "r");
  suite(other, "b.json");
  assert_int_equal(report_adopt(r, other), PG_OK);
  assert_int_equal(pg_report_suite_count(r), 5);
  assert_int_equal(pg_report_plan_count(r), 3);
  assert_int_equal(report_suite_plan(r, 4), 1);
  assert_string_equal(pg_report_suite(r, 3)->subjects[0].addresses[0], "r");
}

/* 20,000 subjects of one name: quadratic naming took seconds; now ms. */
static void test_many_of_one_name(void **state) {
  pg_report *r = *state;
  report_suite *s = suite(r, "p.json");
  clock_t start = clock();
  char addr[32];
  for (int i = 0; i < 20000; i++) {
    snprintf(addr, sizeof addr, "r%d", i);
    add(r, s, "same", PG_PASS, addr);
  }
  double secs = (double)(clock() - start) / CLOCKS_PER_SEC;
  assert_int_equal(s->pub.n_subjects, 20000);
  assert_string_equal(s->pub.subjects[19999].name, "same (20000)");
  if (secs > 2.0) fail_msg("20,000 subjects of one name took %.2f s", secs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_names, setup, teardown),
      cmocka_unit_test_setup_teardown(test_same_subject, setup, teardown),
      cmocka_unit_test_setup_teardown(test_plans, setup, teardown),
      cmocka_unit_test_setup_teardown(test_many_of_one_name, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
