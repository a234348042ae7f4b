/* A report as JSON: plans, their suites and subjects, and a summary; the
 * machine-readable twin of the text and JUnit outputs. Its layout is
 * docs/report-format.md, checked by docs/report.schema.json in the tests;
 * REPORT_FORMAT is its version. */
#include <jansson.h>

#include "plangraph/plangraph.h"
#include "plangraph/query.h"
#include "run/results.h"

/* MAJOR.MINOR: MINOR grows when a field is added, MAJOR when one is
 * removed, renamed, retyped or changes meaning (docs/report-format.md). */
#define REPORT_FORMAT "1.0"

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

/* JSON text the run wrote (pg_suite_result.param_json,
 * pg_subject_result.path_json) as a value; fallback when there is none. */
static json_t *embedded(const char *text, json_t *fallback) {
  json_t *v = text ? json_loads(text, JSON_DECODE_ANY, NULL) : NULL;
  if (!v) return fallback;
  json_decref(fallback);
  return v;
}

static const char *outcome_name(pg_outcome o) {
  return o == PG_PASS ? "pass" : o == PG_FAIL ? "fail" : "unknown";
}

static json_t *subject_json(const pg_subject_result *sub) {
  json_t *res = json_array();
  for (size_t i = 0; res && i < sub->n_addresses; i++)
    json_array_append_new(res, json_string(sub->addresses[i]));
  return json_pack("{s:o, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:b}", "name",
                   json_string(sub->name), "outcome", outcome_name(sub->outcome), "message",
                   str_or_null(sub->message), "resources", res ? res : json_array(), "paths",
                   embedded(sub->path_json, json_array()), "file", str_or_null(sub->file),
                   "line", sub->file ? json_integer(sub->line) : json_null(), "suppressed",
                   str_or_null(sub->suppressed), "baselined", sub->baselined);
}

/* name -> the value the query received, typed; the text as given when the
 * query did not run far enough to receive it. */
static json_t *params_json(const pg_suite_result *s) {
  json_t *params = json_object();
  for (size_t i = 0; params && i < s->n_params; i++)
    json_object_set_new(params, s->param_names[i],
                        embedded(s->param_json ? s->param_json[i] : NULL,
                                 json_string(s->param_values[i])));
  return params ? params : json_object();
}

static json_t *suite_json(const pg_suite_result *s) {
  json_t *subjects = json_array();
  for (size_t i = 0; subjects && i < s->n_subjects; i++)
    json_array_append_new(subjects, subject_json(&s->subjects[i]));
  return json_pack("{s:s, s:o, s:s, s:o, s:o, s:f, s:I, s:s, s:I, s:I, s:I, s:I, s:I, s:o}",
                   "id", s->query_id, "title", str_or_null(s->title), "severity", s->severity,
                   "parameters", params_json(s), "skipped", str_or_null(s->skipped), "time",
                   s->seconds, "steps", (json_int_t)s->steps, "timestamp", s->timestamp,
                   "passed", (json_int_t)s->passed, "failed", (json_int_t)s->failed,
                   "unknown", (json_int_t)s->unknown, "suppressed", (json_int_t)s->suppressed,
                   "baselined", (json_int_t)s->baselined, "subjects",
                   subjects ? subjects : json_array());
}

static json_t *seconds_or_null(double s) { return s < 0 ? json_null() : json_real(s); }

/* Where a plan's time went: load, build (null when not known), evaluation
 * (wall time: the queries may run in parallel), and each query's time,
 * steps and subjects (added by query_timing). */
static json_t *timings_json(const report_plan *rp) {
  return json_pack("{s:o, s:o, s:f, s:{}}", "load", seconds_or_null(rp->load_seconds),
                   "build", seconds_or_null(rp->build_seconds), "evaluate", rp->eval_seconds,
                   "queries");
}

static void query_timing(json_t *plan, const pg_suite_result *s) {
  json_t *queries = json_object_get(json_object_get(plan, "timings"), "queries");
  json_object_set_new(queries, s->query_id,
                      json_pack("{s:f, s:I, s:I}", "seconds", s->seconds, "steps",
                                (json_int_t)s->steps, "subjects", (json_int_t)s->n_subjects));
}

/* Counts over every suite of the report. */
typedef struct totals {
  size_t passed, failed, unknown, skipped, suppressed, baselined;
} totals;

static json_t *summary_json(size_t queries, const totals *t) {
  return json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I}", "queries", (json_int_t)queries,
                   "passed", (json_int_t)t->passed, "failed", (json_int_t)t->failed,
                   "unknown", (json_int_t)t->unknown, "skipped", (json_int_t)t->skipped,
                   "suppressed", (json_int_t)t->suppressed, "baselined",
                   (json_int_t)t->baselined);
}

int pg_report_write_json(const pg_report *r, FILE *out, pg_diags *diags) {
  json_t *plans = json_array();
  totals t = {0};
  size_t n = pg_report_suite_count(r);
  for (size_t i = 0; plans && i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    t.passed += s->passed;
    t.failed += s->failed;
    t.unknown += s->unknown;
    t.skipped += s->skipped != NULL;
    t.suppressed += s->suppressed;
    t.baselined += s->baselined;
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
  json_t *doc = json_pack("{s:s, s:s, s:s, s:o, s:o}", "version", REPORT_FORMAT, "tool",
                          "plangraph", "tool_version", PG_VERSION, "summary",
                          summary_json(n, &t), "plans", plans ? plans : json_array());
  int rc = doc ? json_dumpf(doc, out, JSON_INDENT(2)) : -1;
  json_decref(doc);
  if (rc == 0) rc = fputc('\n', out) == EOF ? -1 : 0;
  if (rc != 0) {
    pg_diags_add(diags, PG_SEV_ERROR, NULL, 0, 0, NULL, "writing the JSON report failed");
    return PG_ERR_IO;
  }
  return PG_OK;
}

int pg_report_write_baseline(const pg_report *r, FILE *out, pg_diags *diags) {
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
  if (rc != 0) {
    pg_diags_add(diags, PG_SEV_ERROR, NULL, 0, 0, NULL, "writing the baseline failed");
    return PG_ERR_IO;
  }
  return PG_OK;
}
