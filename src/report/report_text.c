/* A report as text for people: one line per failing subject (and, when
 * verbose, per passing, unknown and skipped one), then a summary line per
 * plan. Colour is the caller's choice: the library never looks at a
 * terminal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plangraph/guard.h"
#include "plangraph/query.h"
#include "report/ending.h"
#include "run/results.h"

/* ANSI colour of a severity, by rank: low, medium, high, critical. */
static const char *const sev_colors[] = {"\033[36m", "\033[33m", "\033[31m", "\033[1;31m"};

static const char *sev_color(const char *sev) {
  int r = pg_severity_rank(sev);
  return sev_colors[r >= 0 && r <= 3 ? r : 0];
}

static void text_line(FILE *f, int color, const char *tag, const pg_suite_result *s,
                      const char *plan_prefix, const pg_subject_result *sub) {
  const char *subject = sub ? sub->name : "";
  const char *message = sub ? sub->message : s->skipped;
  if (color)
    fprintf(f, "%s%-4s %-8s\033[0m %s%s%s", sev_color(s->severity), tag, s->severity,
            plan_prefix, s->query_id, *subject ? "  " : "");
  else
    fprintf(f, "%-4s %-8s %s%s%s", tag, s->severity, plan_prefix, s->query_id,
            *subject ? "  " : "");
  /* Plan values cannot erase or forge a line (control characters shown). */
  pg_text_write_visible(f, subject, strlen(subject), 0);
  if (sub && sub->file) fprintf(f, " (%s:%u)", sub->file, sub->line);
  if (message) {
    fputs(": ", f);
    pg_text_write_visible(f, message, strlen(message), 0);
  }
  if (sub && sub->suppressed) fprintf(f, " [waived: %s]", sub->suppressed);
  if (sub && sub->baselined) fputs(" [in the baseline]", f);
  fputc('\n', f);
}

static void suite_lines(FILE *f, const pg_suite_result *s, const char *prefix,
                        const pg_text_options *o) {
  for (size_t j = 0; j < s->n_subjects; j++) {
    const pg_subject_result *sub = &s->subjects[j];
    if (sub->outcome == PG_FAIL && !sub->suppressed && !sub->baselined)
      text_line(f, o->color, "FAIL", s, prefix, sub);
    else if (o->verbose)
      text_line(f, o->color,
                sub->suppressed  ? "WAIV"
                : sub->baselined ? "BASE"
                : sub->outcome == PG_PASS ? "ok"
                                          : "??",
                s, prefix, sub);
  }
  if (o->verbose && s->skipped) text_line(f, o->color, "skip", s, prefix, NULL);
}

/* Totals of one plan's suites. */
typedef struct plan_totals {
  size_t queries, subjects, passed, failed, unknown, skipped, suppressed, baselined;
} plan_totals;

static void plan_summary(FILE *f, const char *plan, const plan_totals *t) {
  fprintf(f, "%s: %zu quer%s, %zu subject%s: %zu passed, %zu failed, %zu unknown until "
             "apply; %zu quer%s skipped (no subject)\n",
          plan, t->queries, t->queries == 1 ? "y" : "ies", t->subjects,
          t->subjects == 1 ? "" : "s", t->passed, t->failed, t->unknown, t->skipped,
          t->skipped == 1 ? "y" : "ies");
  if (t->suppressed) fprintf(f, "%s: %zu failing subject%s waived\n", plan, t->suppressed,
                             t->suppressed == 1 ? "" : "s");
  if (t->baselined)
    fprintf(f, "%s: %zu failing subject%s in the baseline (not new)\n", plan, t->baselined,
            t->baselined == 1 ? "" : "s");
}

/* A summary line per plan, in order of first appearance: one pass over the
 * suites, whatever the number of plans. */
static int plan_summaries(FILE *f, const pg_report *r) {
  size_t np = pg_report_plan_count(r), n = pg_report_suite_count(r);
  plan_totals *t = calloc(np ? np : 1, sizeof *t);
  if (!t) return PG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    plan_totals *p = &t[report_suite_plan(r, i)];
    p->queries++;
    p->subjects += s->n_subjects;
    p->passed += s->passed;
    p->failed += s->failed;
    p->unknown += s->unknown;
    p->skipped += s->skipped != NULL;
    p->suppressed += s->suppressed;
    p->baselined += s->baselined;
  }
  for (size_t p = 0; p < np; p++)
    plan_summary(f, pg_report_suite(r, report_plan_at(r, p)->first)->plan, &t[p]);
  free(t);
  return PG_OK;
}

int pg_report_write_text(const pg_report *r, FILE *out, const pg_text_options *opts,
                         pg_diags *diags) {
  static const pg_text_options plain = {0, 0};
  const pg_text_options *o = opts ? opts : &plain;
  unsigned long mark = writer_begin();
  int multi = pg_report_plan_count(r) > 1;
  size_t n = pg_report_suite_count(r);
  for (size_t i = 0; i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    char prefix[1100] = "";
    if (multi) snprintf(prefix, sizeof prefix, "%s:", s->plan);
    suite_lines(out, s, prefix, o);
  }
  int rc = plan_summaries(out, r);
  if (rc == PG_OK && ferror(out)) rc = PG_ERR_IO;
  return writer_end(mark, rc, "text report", diags);
}
