/* Tests of the check report's bookkeeping (src/run/results.c): unique
 * subject names, one subject for a repeated name and resources (with the
 * worse outcome), plans numbered once, suites moved between reports, and
 * that many subjects of one name cost linear time; plans that could not
 * be checked, and severity names in any case. */
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

/* A plan that could not be checked is kept beside the checked ones (not
 * counted as a plan) and survives a merge; severities in any case. */
static void test_plan_errors(void **state) {
  pg_report *r = *state;
  suite(r, "a.json");
  assert_int_equal(pg_report_add_error(r, "bad.json", "cannot open"), PG_OK);
  assert_int_equal(pg_report_plan_count(r), 1);
  assert_int_equal(pg_report_error_count(r), 1);
  assert_string_equal(pg_report_error(r, 0)->plan, "bad.json");
  assert_string_equal(pg_report_error(r, 0)->message, "cannot open");
  assert_null(pg_report_error(r, 1));
  pg_report *other;
  assert_int_equal(pg_report_new(&other), PG_OK);
  assert_int_equal(pg_report_add_error(other, "worse.json", NULL), PG_OK);
  assert_int_equal(report_adopt(r, other), PG_OK);
  assert_int_equal(pg_report_error_count(r), 2);
  assert_string_equal(pg_report_error(r, 1)->plan, "worse.json");
  assert_string_equal(pg_report_error(r, 1)->message, "");
  assert_int_equal(pg_severity_rank("CRITICAL"), 3);
  assert_int_equal(pg_severity_rank("High"), 2);
  assert_int_equal(pg_severity_rank("low"), 0);
  assert_int_equal(pg_severity_rank("severe"), -1);
  assert_int_equal(pg_severity_rank(NULL), -1);
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

/* A baseline is looked up, not scanned: 30,000 failing subjects against
 * 80,000 fingerprints (half of them theirs, 10,000 of those twice) took
 * seconds when each subject scanned the list; every copy of a matched
 * fingerprint is found, the others are not. */
static void test_large_baseline(void **state) {
  pg_report *r = *state;
  report_suite *s = suite(r, "p.json");
  s->pub.query_id = "q";
  enum { SUBJECTS = 30000, FPS = 80000 };
  char addr[32];
  for (int i = 0; i < SUBJECTS; i++) {
    snprintf(addr, sizeof addr, "aws_vpc.v%d", i);
    add(r, s, addr, PG_FAIL, addr);
  }
  char(*texts)[17] = calloc(FPS, sizeof *texts);
  const char **fps = calloc(FPS, sizeof *fps);
  int *found = calloc(FPS, sizeof *found);
  assert_true(texts && fps && found);
  for (int i = 0; i < FPS; i++) {
    if (i % 2 == 0) pg_subject_fingerprint(r, &s->pub, &s->pub.subjects[i / 2 % SUBJECTS],
                                           texts[i]);
    else snprintf(texts[i], 17, "%016x", (unsigned)i);   /* no subject's */
    fps[i] = texts[i];
  }
  clock_t start = clock();
  assert_int_equal(pg_report_baseline(r, fps, FPS, found), PG_OK);
  double secs = (double)(clock() - start) / CLOCKS_PER_SEC;
  assert_int_equal(s->pub.baselined, SUBJECTS);
  assert_int_equal(s->pub.failed, 0);
  for (int i = 0; i < FPS; i++) assert_int_equal(found[i], i % 2 == 0);
  free(texts);
  free(fps);
  free(found);
  if (secs > 1.0) fail_msg("a baseline of 80,000 over 30,000 subjects took %.2f s", secs);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_names, setup, teardown),
      cmocka_unit_test_setup_teardown(test_same_subject, setup, teardown),
      cmocka_unit_test_setup_teardown(test_plans, setup, teardown),
      cmocka_unit_test_setup_teardown(test_many_of_one_name, setup, teardown),
      cmocka_unit_test_setup_teardown(test_large_baseline, setup, teardown),
      cmocka_unit_test_setup_teardown(test_plan_errors, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
