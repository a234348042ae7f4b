/* A report as JSON: plans, their suites and subjects, and a summary; the
 * machine-readable twin of the text and JUnit outputs. */
#include <jansson.h>

#include "plangraph/plangraph.h"
#include "plangraph/query.h"
#include "report/ending.h"
#include "run/results.h"

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static const char *outcome_name(pg_outcome o) {
  return o == PG_PASS ? "pass" : o == PG_FAIL ? "fail" : "unknown";
}

static json_t *subject_json(const pg_subject_result *sub) {
  json_t *res = json_array();
  for (size_t i = 0; res && i < sub->n_addresses; i++)
    json_array_append_new(res, json_string(sub->addresses[i]));
  return json_pack("{s:o, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:b}", "name", json_string(sub->name),
                   "outcome", outcome_name(sub->outcome), "message", str_or_null(sub->message),
                   "resources", res ? res : json_array(), "path", str_or_null(sub->path),
                   "file", str_or_null(sub->file),
                   "line", sub->file ? json_integer(sub->line) : json_null(), "suppressed",
                   str_or_null(sub->suppressed), "baselined", sub->baselined);
}

static json_t *suite_json(const pg_suite_result *s) {
  json_t *params = json_object(), *subjects = json_array();
  for (size_t i = 0; params && i < s->n_params; i++)
    json_object_set_new(params, s->param_names[i], json_string(s->param_values[i]));
  for (size_t i = 0; subjects && i < s->n_subjects; i++)
    json_array_append_new(subjects, subject_json(&s->subjects[i]));
  return json_pack("{s:s, s:o, s:s, s:o, s:o, s:f, s:I, s:s, s:I, s:I, s:I, s:I, s:I, s:o}",
                   "id",
                   s->query_id, "title", str_or_null(s->title), "severity", s->severity,
                   "parameters", params ? params : json_object(), "skipped",
                   str_or_null(s->skipped), "time", s->seconds, "steps", (json_int_t)s->steps, "timestamp", s->timestamp,
                   "passed", (json_int_t)s->passed, "failed", (json_int_t)s->failed,
                   "unknown", (json_int_t)s->unknown, "suppressed",
                   (json_int_t)s->suppressed, "baselined", (json_int_t)s->baselined, "subjects",
                   subjects ? subjects : json_array());
}

/* Where a plan's time went: load, build, evaluation (wall time: the
 * queries may run in parallel), and each query's time, steps and subjects
 * (added by query_timing). */
static json_t *timings_json(const report_plan *rp) {
  return json_pack("{s:f, s:f, s:f, s:{}}", "load", rp->load_seconds, "build",
                   rp->build_seconds, "evaluate", rp->eval_seconds, "queries");
}

static void query_timing(json_t *plan, const pg_suite_result *s) {
  json_t *queries = json_object_get(json_object_get(plan, "timings"), "queries");
  json_object_set_new(queries, s->query_id,
                      json_pack("{s:f, s:I, s:I}", "seconds", s->seconds, "steps",
                                (json_int_t)s->steps, "subjects", (json_int_t)s->n_subjects));
}

int pg_report_write_json(const pg_report *r, FILE *out, pg_diags *diags) {
  unsigned long mark = writer_begin();
  json_t *plans = json_array();
  size_t passed = 0, failed = 0, unknown = 0, skipped = 0, n = pg_report_suite_count(r);
  for (size_t i = 0; plans && i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    passed += s->passed;
    failed += s->failed;
    unknown += s->unknown;
    skipped += s->skipped != NULL;
    /* Plans are numbered in order of first appearance. */
    json_t *plan = json_array_get(plans, report_suite_plan(r, i));
    if (!plan) {
      plan = json_pack("{s:s, s:[], s:o}", "plan", s->plan, "suites", "timings",
                       timings_json(report_plan_at(r, report_suite_plan(r, i))));
      json_array_append_new(plans, plan);
    }
    json_array_append_new(json_object_get(plan, "suites"), suite_json(s));
    query_timing(plan, s);
  }
  json_t *doc = json_pack("{s:s, s:s, s:{s:I, s:I, s:I, s:I, s:I}, s:o}", "tool", "plangraph",
                          "version", PG_VERSION, "summary", "queries", (json_int_t)n, "passed",
                          (json_int_t)passed, "failed", (json_int_t)failed, "unknown",
                          (json_int_t)unknown, "skipped", (json_int_t)skipped, "plans",
                          plans ? plans : json_array());
  int rc = doc ? json_dumpf(doc, out, JSON_INDENT(2)) : -1;
  json_decref(doc);
  if (rc == 0) rc = fputc('\n', out) == EOF ? -1 : 0;
  return writer_end(mark, rc != 0, "JSON report", diags);
}

int pg_report_write_baseline(const pg_report *r, FILE *out, pg_diags *diags) {
  unsigned long mark = writer_begin();
  json_t *found = json_array();
  for (size_t i = 0; found && i < pg_report_suite_count(r); i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    for (size_t j = 0; j < s->n_subjects; j++) {
      const pg_subject_result *sub = &s->subjects[j];
      if (sub->outcome != PG_FAIL || sub->suppressed) continue;
      char fp[17];
      pg_subject_fingerprint(r, s, sub, fp);
      json_array_append_new(found, json_pack("{s:s, s:s, s:s, s:s}", "fingerprint", fp, "query",
                                             s->query_id, "subject", sub->name, "plan",
                                             s->plan));
    }
  }
  json_t *doc = found ? json_pack("{s:i, s:o}", "version", 1, "findings", found) : NULL;
  int rc = doc ? json_dumpf(doc, out, JSON_INDENT(2)) : -1;
  json_decref(doc);
  if (rc == 0) rc = fputc('\n', out) == EOF ? -1 : 0;
  return writer_end(mark, rc != 0, "baseline", diags);
}
