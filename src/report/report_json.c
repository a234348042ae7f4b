/* A report as JSON: plans, their suites and subjects, and a summary; the
 * machine-readable twin of the text and JUnit outputs. Its layout is
 * docs/report-format.md, checked by docs/report.schema.json in the tests;
 * REPORT_FORMAT is its version. The report is written as it is walked (a
 * subject at a time), never built as a tree first: on a large report the
 * tree cost more than the rest of the writing. */
#include <inttypes.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/jsonesc.h"
#include "plangraph/plangraph.h"
#include "plangraph/query.h"
#include "report/ending.h"
#include "run/results.h"

/* MAJOR.MINOR: MINOR grows when a field is added, MAJOR when one is
 * removed, renamed, retyped or changes meaning (docs/report-format.md). */
#define REPORT_FORMAT "1.1"

/* ---- a JSON writer --------------------------------------------------- */

/* Members and elements as they come, indented by two spaces a level. The
 * pieces (a comma, an indent, a key) gather in buf and go to the stream
 * 32 KB at a time: a stream call per piece cost a third of the writing. */
typedef struct jout {
  FILE *f;
  int depth;    /* open containers */
  int first;    /* nothing written yet in the innermost container */
  int err;      /* a write failed */
  size_t used;  /* bytes of buf not written yet */
  char buf[32768];
} jout;

static void flush(jout *o) {
  if (o->used && fwrite(o->buf, 1, o->used, o->f) != o->used) o->err = 1;
  o->used = 0;
}

static void put(jout *o, const char *s, size_t n) {
  if (n > sizeof o->buf - o->used) {
    flush(o);
    if (n > sizeof o->buf) {
      if (fwrite(s, 1, n, o->f) != n) o->err = 1;
      return;
    }
  }
  memcpy(o->buf + o->used, s, n);
  o->used += n;
}

static void puts_(jout *o, const char *s) { put(o, s, strlen(s)); }

/* Before an element or a member: a comma after the previous one, a new
 * line and the indent. */
static void next(jout *o) {
  static const char spaces[] = "                                ";
  if (!o->first) put(o, ",", 1);
  o->first = 0;
  put(o, "\n", 1);
  for (int d = o->depth * 2; d > 0; d -= 32) put(o, spaces, d < 32 ? (size_t)d : 32);
}

static void open_(jout *o, const char *bracket) {
  puts_(o, bracket);
  o->depth++;
  o->first = 1;
}

/* Closes the innermost container; an empty one stays "{}" or "[]". */
static void close_(jout *o, const char *bracket) {
  o->depth--;
  if (!o->first) {
    o->first = 1;  /* no comma before the bracket */
    next(o);
  }
  puts_(o, bracket);
  o->first = 0;
}

/* A string, escaped as base/jsonesc.h says. */
static void str(jout *o, const char *s) {
  if (!s) {
    puts_(o, "null");
    return;
  }
  put(o, "\"", 1);
  for (;;) {
    /* The run up to the next byte json_escape escapes (or the end),
     * copied whole: most strings are all run. */
    const char *end = s;
    while ((unsigned char)*end >= 0x20 && *end != '"' && *end != '\\') end++;
    put(o, s, (size_t)(end - s));
    if (!*end) break;
    char buf[8];
    puts_(o, json_escape((unsigned char)*end, buf));
    s = end + 1;
  }
  put(o, "\"", 1);
}

static void key(jout *o, const char *k) {
  next(o);
  str(o, k);
  put(o, ": ", 2);
}

static void key_str(jout *o, const char *k, const char *v) {
  key(o, k);
  str(o, v);
}

static void key_count(jout *o, const char *k, uint64_t n) {
  char buf[32];
  snprintf(buf, sizeof buf, "%" PRIu64, n);
  key(o, k);
  puts_(o, buf);
}

/* Seconds as a JSON number (null when negative: not measured). */
static void key_seconds(jout *o, const char *k, double s) {
  char buf[40];
  if (s < 0 || s != s) snprintf(buf, sizeof buf, "null");
  else snprintf(buf, sizeof buf, "%.17g", s);
  key(o, k);
  puts_(o, buf);
}

/* JSON text the run wrote (pg_suite_result.param_json,
 * pg_subject_result.path_json), as it is; fallback when there is none. */
static void key_embedded(jout *o, const char *k, const char *text, const char *fallback) {
  key(o, k);
  if (text) puts_(o, text);
  else if (fallback) str(o, fallback);
  else puts_(o, "[]");
}

/* ---- the report ------------------------------------------------------ */

static const char *outcome_name(pg_outcome o) {
  return o == PG_PASS ? "pass" : o == PG_FAIL ? "fail" : "unknown";
}

static void write_subject(jout *o, const pg_subject_result *sub) {
  next(o);
  open_(o, "{");
  key_str(o, "name", sub->name);
  key_str(o, "outcome", outcome_name(sub->outcome));
  key_str(o, "message", sub->message);
  key(o, "resources");
  open_(o, "[");
  for (size_t i = 0; i < sub->n_addresses; i++) {
    next(o);
    str(o, sub->addresses[i]);
  }
  close_(o, "]");
  key_embedded(o, "paths", sub->path_json, NULL);
  key_str(o, "file", sub->file);
  key(o, "line");
  if (sub->file) {
    char buf[16];
    snprintf(buf, sizeof buf, "%u", sub->line);
    puts_(o, buf);
  } else {
    puts_(o, "null");
  }
  key_str(o, "suppressed", sub->suppressed);
  key(o, "baselined");
  puts_(o, sub->baselined ? "true" : "false");
  close_(o, "}");
}

static void write_suite(jout *o, const pg_suite_result *s) {
  next(o);
  open_(o, "{");
  key_str(o, "id", s->query_id);
  key_str(o, "title", s->title);
  key_str(o, "severity", s->severity);
  /* name -> the value the query received, typed; the text as given when
   * the query did not run far enough to receive it. */
  key(o, "parameters");
  open_(o, "{");
  for (size_t i = 0; i < s->n_params; i++)
    key_embedded(o, s->param_names[i], s->param_json ? s->param_json[i] : NULL,
                 s->param_values[i]);
  close_(o, "}");
  key_str(o, "skipped", s->skipped);
  key_seconds(o, "time", s->seconds < 0 ? 0 : s->seconds);
  key_count(o, "steps", s->steps);
  key_str(o, "timestamp", s->timestamp);
  key_count(o, "passed", s->passed);
  key_count(o, "failed", s->failed);
  key_count(o, "unknown", s->unknown);
  key_count(o, "suppressed", s->suppressed);
  key_count(o, "baselined", s->baselined);
  key(o, "subjects");
  open_(o, "[");
  for (size_t i = 0; i < s->n_subjects && !o->err; i++) write_subject(o, &s->subjects[i]);
  close_(o, "]");
  close_(o, "}");
}

/* Where a plan's time went: load, build (null when not known), evaluation
 * (wall time: the queries may run in parallel), and each query's time,
 * steps and subjects. order[0..n) are the plan's suites. */
static void write_timings(jout *o, const pg_report *r, size_t plan, const size_t *order,
                          size_t n) {
  const report_plan *rp = report_plan_at(r, plan);
  key(o, "timings");
  open_(o, "{");
  key_seconds(o, "load", rp->load_seconds);
  key_seconds(o, "build", rp->build_seconds);
  key_seconds(o, "evaluate", rp->eval_seconds < 0 ? 0 : rp->eval_seconds);
  key(o, "queries");
  open_(o, "{");
  for (size_t i = 0; i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, order[i]);
    key(o, s->query_id);
    open_(o, "{");
    key_seconds(o, "seconds", s->seconds < 0 ? 0 : s->seconds);
    key_count(o, "steps", s->steps);
    key_count(o, "subjects", s->n_subjects);
    close_(o, "}");
  }
  close_(o, "}");
  close_(o, "}");
}

static void write_summary(jout *o, const pg_report *r) {
  uint64_t t[7] = {0};   /* queries, passed, failed, unknown, skipped, suppressed, baselined */
  static const char *const names[7] = {"queries", "passed", "failed", "unknown",
                                       "skipped", "suppressed", "baselined"};
  for (size_t i = 0; i < pg_report_suite_count(r); i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    t[0]++;
    t[1] += s->passed;
    t[2] += s->failed;
    t[3] += s->unknown;
    t[4] += s->skipped != NULL;
    t[5] += s->suppressed;
    t[6] += s->baselined;
  }
  key(o, "summary");
  open_(o, "{");
  for (int i = 0; i < 7; i++) key_count(o, names[i], t[i]);
  close_(o, "}");
}

/* The plans that could not be read or checked (format 1.1). */
static void write_errors(jout *o, const pg_report *r) {
  key(o, "errors");
  open_(o, "[");
  for (size_t i = 0; i < pg_report_error_count(r); i++) {
    const pg_plan_error *e = pg_report_error(r, i);
    next(o);
    open_(o, "{");
    key_str(o, "plan", e->plan);
    key_str(o, "message", e->message);
    close_(o, "}");
  }
  close_(o, "]");
}

/* The suites grouped by plan (plans in order of first appearance, suites
 * in report order within each): a counting sort, O(suites + plans).
 * *start gets n_plans + 1 offsets into the returned array (malloc'd, as is
 * *start); NULL when out of memory. */
static size_t *suites_by_plan(const pg_report *r, size_t **start) {
  size_t n = pg_report_suite_count(r), np = pg_report_plan_count(r);
  size_t *order = malloc((n ? n : 1) * sizeof *order);
  size_t *at = calloc(np + 2, sizeof *at);
  if (!order || !at) {
    free(order);
    free(at);
    return NULL;
  }
  for (size_t i = 0; i < n; i++) at[report_suite_plan(r, i) + 2]++;
  for (size_t p = 2; p < np + 2; p++) at[p] += at[p - 1];
  for (size_t i = 0; i < n; i++) order[at[report_suite_plan(r, i) + 1]++] = i;
  *start = at;
  return order;
}

static void write_doc(jout *o, const pg_report *r, const size_t *order, const size_t *start) {
  open_(o, "{");
  key_str(o, "version", REPORT_FORMAT);
  key_str(o, "tool", "plangraph");
  key_str(o, "tool_version", PG_VERSION);
  write_summary(o, r);
  key(o, "plans");
  open_(o, "[");
  for (size_t p = 0; p < pg_report_plan_count(r) && !o->err; p++) {
    size_t first = start[p], n = start[p + 1] - first;
    if (!n) continue;  /* a plan is named by its suites */
    next(o);
    open_(o, "{");
    key_str(o, "plan", pg_report_suite(r, order[first])->plan);
    key(o, "suites");
    open_(o, "[");
    for (size_t i = 0; i < n && !o->err; i++) write_suite(o, pg_report_suite(r, order[first + i]));
    close_(o, "]");
    write_timings(o, r, p, order + first, n);
    close_(o, "}");
  }
  close_(o, "]");
  write_errors(o, r);
  close_(o, "}");
  put(o, "\n", 1);
  flush(o);
}

int pg_report_write_json(const pg_report *r, FILE *out, pg_diags *diags) {
  unsigned long mark = writer_begin();
  size_t *start = NULL, *order = suites_by_plan(r, &start);
  jout *o = order ? malloc(sizeof *o) : NULL;  /* its buffer: not on a thread's stack */
  int err = PG_ERR_NOMEM;
  if (o) {
    o->f = out;
    o->depth = 0;
    o->first = 1;
    o->err = 0;
    o->used = 0;
    write_doc(o, r, order, start);
    err = o->err;
  }
  free(o);
  free(order);
  free(start);
  return writer_end(mark, err, "JSON report", diags);
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
