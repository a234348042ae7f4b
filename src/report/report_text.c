/* A report as text for people: one line per failing subject (and, when
 * verbose, per passing, unknown and skipped one), then a summary line per
 * plan. Colour is the caller's choice: the library never looks at a
 * terminal. */
#include <stdio.h>
#include <string.h>

#include "plangraph/query.h"

/* ANSI colour of a severity, by rank: low, medium, high, critical. */
static const char *const sev_colors[] = {"\033[36m", "\033[33m", "\033[31m", "\033[1;31m"};

static const char *sev_color(const char *sev) {
  int r = pg_severity_rank(sev);
  return sev_colors[r >= 0 && r <= 3 ? r : 0];
}

static void text_line(FILE *f, int color, const char *tag, const pg_suite_result *s,
                      const char *plan_prefix, const char *subject, const char *message) {
  if (color)
    fprintf(f, "%s%-4s %-8s\033[0m %s%s%s%s", sev_color(s->severity), tag, s->severity,
            plan_prefix, s->query_id, *subject ? "  " : "", subject);
  else
    fprintf(f, "%-4s %-8s %s%s%s%s", tag, s->severity, plan_prefix, s->query_id,
            *subject ? "  " : "", subject);
  if (message) fprintf(f, ": %s", message);
  fputc('\n', f);
}

static void suite_lines(FILE *f, const pg_suite_result *s, const char *prefix,
                        const pg_text_options *o) {
  for (size_t j = 0; j < s->n_subjects; j++) {
    const pg_subject_result *sub = &s->subjects[j];
    if (sub->outcome == PG_FAIL)
      text_line(f, o->color, "FAIL", s, prefix, sub->name, sub->message);
    else if (o->verbose)
      text_line(f, o->color, sub->outcome == PG_PASS ? "ok" : "??", s, prefix, sub->name,
                sub->message);
  }
  if (o->verbose && s->skipped) text_line(f, o->color, "skip", s, prefix, "", s->skipped);
}

/* The summary of the plan of suite i, counted over suites i.. of that plan;
 * nothing when an earlier suite had the same plan (its line is written). */
static void plan_summary(FILE *f, const pg_report *r, size_t i) {
  const pg_suite_result *first = pg_report_suite(r, i);
  size_t n = pg_report_suite_count(r);
  for (size_t k = 0; k < i; k++)
    if (strcmp(pg_report_suite(r, k)->plan, first->plan) == 0) return;
  size_t queries = 0, passed = 0, failed = 0, unknown = 0, skipped = 0, subjects = 0;
  for (size_t k = i; k < n; k++) {
    const pg_suite_result *s = pg_report_suite(r, k);
    if (strcmp(s->plan, first->plan) != 0) continue;
    queries++;
    subjects += s->n_subjects;
    passed += s->passed;
    failed += s->failed;
    unknown += s->unknown;
    skipped += s->skipped != NULL;
  }
  fprintf(f, "%s: %zu quer%s, %zu subject%s: %zu passed, %zu failed, %zu unknown until "
             "apply; %zu quer%s skipped (no subject)\n",
          first->plan, queries, queries == 1 ? "y" : "ies", subjects, subjects == 1 ? "" : "s",
          passed, failed, unknown, skipped, skipped == 1 ? "y" : "ies");
}

int pg_report_write_text(const pg_report *r, FILE *out, const pg_text_options *opts,
                         pg_diags *diags) {
  static const pg_text_options plain = {0, 0};
  const pg_text_options *o = opts ? opts : &plain;
  int multi = pg_report_plan_count(r) > 1;
  size_t n = pg_report_suite_count(r);
  for (size_t i = 0; i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    char prefix[1100] = "";
    if (multi) snprintf(prefix, sizeof prefix, "%s:", s->plan);
    suite_lines(out, s, prefix, o);
  }
  for (size_t i = 0; i < n; i++) plan_summary(out, r, i);
  if (ferror(out)) {
    pg_diags_add(diags, PG_SEV_ERROR, NULL, 0, 0, NULL, "writing the text report failed");
    return PG_ERR_IO;
  }
  return PG_OK;
}
