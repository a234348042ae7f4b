/* Tests of the check report's bookkeeping (src/run/results.c): unique
 * subject names, one subject for a repeated name and resources (with the
 * worse outcome), plans numbered once, suites moved between reports, and
 * that many subjects of one name cost linear time; plans that could not
 * be checked, and severity names in any case; waivers: which one counts,
 * literal brackets, and a long list in linear time; subjects located by
 * the node ids they were added with. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "helpers.h"
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
  const char *addrs[1] = {addr};
  assert_int_equal(report_add_subject(r, s, name, o, o == PG_PASS ? NULL : "why", addrs,
                                      NULL, addr ? 1 : 0, NULL, NULL),
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

/* A name the query gives that another subject already holds with a
 * suffix: that name's own subjects are told apart and merged as well. */
static void test_name_held_by_suffix(void **state) {
  pg_report *r = *state;
  report_suite *s = suite(r, "p.json");
  add(r, s, "y", PG_PASS, "a");
  add(r, s, "y", PG_PASS, "b");         /* y (2) */
  add(r, s, "y (2)", PG_PASS, "c");     /* its name is taken: y (2) (2) */
  add(r, s, "y (2)", PG_PASS, "d");     /* y (2) (3) */
  add(r, s, "y (2)", PG_FAIL, "c");     /* the same as the third */
  add(r, s, "y", PG_FAIL, "b");         /* the same as the second */
  add(r, s, "y (2)", PG_PASS, "e");     /* y (2) (4) */
  add(r, s, "y", PG_PASS, "f");         /* y (3) */
  static const char *const want[] = {"y", "y (2)", "y (2) (2)", "y (2) (3)", "y (2) (4)", "y (3)"};
  assert_int_equal(s->pub.n_subjects, 6);
  for (size_t i = 0; i < 6; i++) assert_string_equal(s->pub.subjects[i].name, want[i]);
  assert_int_equal(s->pub.subjects[1].outcome, PG_FAIL);
  assert_int_equal(s->pub.subjects[2].outcome, PG_FAIL);
  assert_int_equal(s->pub.failed, 2);
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
  /* Each plan's times, by its name; none for a plan the report has not. */
  report_plan_times(r, "b.json", 0.25, 0.5, 0.125);
  double load = 0, build = 0, evaluate = 0;
  assert_int_equal(pg_report_plan_times(r, "b.json", &load, &build, &evaluate), PG_OK);
  assert_true(load == 0.25 && build == 0.5 && evaluate == 0.125);
  assert_int_equal(pg_report_plan_times(r, "a.json", NULL, NULL, &evaluate), PG_OK);
  assert_true(evaluate != 0.125);
  assert_int_equal(pg_report_plan_times(r, "c.json", &load, NULL, NULL), PG_ERR_NOT_FOUND);
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

/* The first waiver of the list that matches counts, whether it has a
 * wildcard or not; `*` and `?` are the only wildcards (brackets are
 * themselves); "*" waives for every query; a subject without resources is
 * matched by its name; an expired waiver leaves the failure. */
static void test_waivers(void **state) {
  pg_report *r = *state;
  report_suite *s = suite(r, "p.json");
  s->pub.query_id = "q";
  add(r, s, "aws_db.x[0]", PG_FAIL, "aws_db.x[0]");
  add(r, s, "aws_db.x[1]", PG_FAIL, "aws_db.x[1]");
  add(r, s, "aws_db.x0", PG_FAIL, "aws_db.x0");
  add(r, s, "module.s[\"a\"].aws_sg.r", PG_FAIL, "module.s[\"a\"].aws_sg.r");
  add(r, s, "us-east-1", PG_FAIL, NULL);
  add(r, s, "aws_db.y", PG_PASS, "aws_db.y");
  static const pg_waiver w[] = {
      {"other", "aws_db.*", "another query's", NULL, NULL},
      {"*", "module.s[\"a\"].aws_sg.r", "every query's", NULL, NULL},
      {"q", "aws_db.x[1]", "exact", NULL, NULL},
      {"q", "aws_db.x[?]", "one character", NULL, NULL},
      {"q", "aws_db.x[1]", "a second exact one", NULL, NULL},
      {"q", "aws_db.x[01]", "no character class", NULL, NULL},
      {"q", "us-east-1", "by name", NULL, "2020-01-31"},
      {"q", "aws_db.y", "passes", NULL, NULL},
  };
  enum { N = sizeof w / sizeof w[0] };
  size_t matched[N];
  assert_int_equal(pg_report_waive(r, w, N, "2026-12-01", matched, NULL), PG_OK);
  static const size_t want_matched[N] = {0, 1, 1, 1, 0, 0, 1, 0};
  for (size_t i = 0; i < N; i++) assert_int_equal(matched[i], want_matched[i]);
  static const char *const want[] = {"one character", "exact", NULL, "every query's", NULL,
                                     NULL};
  for (size_t i = 0; i < 6; i++) {
    const char *got = s->pub.subjects[i].suppressed;
    if (!want[i]) assert_null(got);
    else assert_string_equal(got, want[i]);
  }
  assert_non_null(strstr(s->pub.subjects[4].message, "expired on 2020-01-31"));
  assert_int_equal(s->pub.failed, 2);
  assert_int_equal(s->pub.suppressed, 3);
}

/* 20,000 waivers without a wildcard over 20,000 failing subjects: found by
 * hash, not tried one by one (400 million glob matches). */
static void test_many_waivers(void **state) {
  pg_report *r = *state;
  report_suite *s = suite(r, "p.json");
  s->pub.query_id = "q";
  enum { N = 20000 };
  char addr[48];
  pg_waiver *w = calloc(N, sizeof *w);
  char(*addrs)[48] = calloc(N, sizeof *addrs);
  size_t *matched = calloc(N, sizeof *matched);
  assert_true(w && addrs && matched);
  for (int i = 0; i < N; i++) {
    snprintf(addr, sizeof addr, "module.m[\"%d\"].aws_sg.r", i);
    add(r, s, addr, PG_FAIL, addr);
    snprintf(addrs[i], sizeof addrs[i], "module.m[\"%d\"].aws_sg.r", N - 1 - i);
    w[i] = (pg_waiver){"q", addrs[i], "accepted", NULL, NULL};
  }
  clock_t start = clock();
  assert_int_equal(pg_report_waive(r, w, N, "2026-12-01", matched, NULL), PG_OK);
  double secs = (double)(clock() - start) / CLOCKS_PER_SEC;
  assert_int_equal(s->pub.suppressed, N);
  for (int i = 0; i < N; i++) assert_int_equal(matched[i], 1);
  free(w);
  free(addrs);
  free(matched);
  if (secs > 1.0) fail_msg("20,000 waivers over 20,000 subjects took %.2f s", secs);
}

/* A subject is located through the node ids it was added with, not by
 * looking its addresses up again (the address here names another
 * resource, of the other region, and loses); without ids, by address. */
static void test_locate_by_node(void **state) {
  pg_report *r = *state;
  pg_graph *g = load_sample("dr-two-region", 0);
  report_suite *s = suite(r, "p.json");
  const char *west = "aws_route.secondary_to_primary[\"private\"]";
  const char *east = "aws_route.primary_to_secondary[\"private\"]";
  pg_node_id id = node_at(g, west);
  const char *addrs[1] = {east};
  assert_int_equal(report_add_subject(r, s, "by id", PG_PASS, NULL, addrs, &id, 1, NULL, NULL),
                   PG_OK);
  add(r, s, "by address", PG_PASS, east);
  assert_int_equal(report_locate(r, 0, g), PG_OK);
  assert_string_equal(s->pub.subjects[0].region, "us-west-2");
  assert_string_equal(s->pub.subjects[1].region, "us-east-1");
  pg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_names, setup, teardown),
      cmocka_unit_test_setup_teardown(test_name_held_by_suffix, setup, teardown),
      cmocka_unit_test_setup_teardown(test_same_subject, setup, teardown),
      cmocka_unit_test_setup_teardown(test_locate_by_node, setup, teardown),
      cmocka_unit_test_setup_teardown(test_plans, setup, teardown),
      cmocka_unit_test_setup_teardown(test_many_of_one_name, setup, teardown),
      cmocka_unit_test_setup_teardown(test_large_baseline, setup, teardown),
      cmocka_unit_test_setup_teardown(test_plan_errors, setup, teardown),
      cmocka_unit_test_setup_teardown(test_waivers, setup, teardown),
      cmocka_unit_test_setup_teardown(test_many_waivers, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
