/* A report as SARIF 2.1.0 (OASIS), the format of GitHub code scanning,
 * GitLab and Azure DevOps: one run; the queries in the report as rules
 * (title, description, the fix from docs/queries.md, level and
 * security-severity from the severity); one result per failing subject
 * (and per unknown one, as a note, when asked) with the block's file and
 * line relative to the repository root, the resource addresses as logical
 * locations and a fingerprint that does not move with lines; the plans
 * that could not be checked as the invocation's error notifications.
 * Validated against the OASIS schema in tests/schemas/. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "plangraph/plangraph.h"
#include "plangraph/query.h"
#include "base/alloc.h"
#include "report/ending.h"
#include "report/locations.h"
#include "report/query_docs.h"

/* SARIF level and GitHub's security-severity, by severity rank. */
static const char *const levels[] = {"note", "warning", "error", "error"};
static const char *const security[] = {"3.0", "5.5", "8.0", "9.5"};

static int rank(const char *severity) {
  int r = pg_severity_rank(severity);
  return r < 0 ? 0 : r > 3 ? 3 : r;
}

static json_t *text_obj(const char *s) { return json_pack("{s:s}", "text", s ? s : ""); }

static const char *description_of(const pg_ci_options *o, const char *id) {
  size_t n = o && o->queries ? pg_query_set_count(o->queries) : 0;
  for (size_t i = 0; i < n; i++) {
    pg_query_info q;
    if (pg_query_set_info(o->queries, i, &q) == PG_OK && strcmp(q.id, id) == 0)
      return q.description;
  }
  return NULL;
}

/* help: the documented fix (and why) of a built-in query; else the
 * description or the title. */
static json_t *help_of(const pg_suite_result *s, const char *description) {
  char *fix = query_doc_paragraph(s->query_id, "Fix");
  char *why = query_doc_paragraph(s->query_id, "Why");
  json_t *h;
  if (fix) {
    size_t n = strlen(fix) + (why ? strlen(why) : 0) + 32;
    char *md = malloc(n);
    if (!md) alloc_note_failure();
    if (md) snprintf(md, n, "%s%s%s**Fix.** %s", why ? "**Why.** " : "", why ? why : "",
                     why ? "\n\n" : "", fix);
    h = json_pack("{s:s, s:s}", "text", fix, "markdown", md ? md : fix);
    free(md);
  } else {
    h = text_obj(description ? description : s->title);
  }
  free(fix);
  free(why);
  return h;
}

/* A rule's name: SARIF wants it readable and different from the id, so
 * "replica-per-region" is named "ReplicaPerRegion". */
static void rule_name(const char *id, char *out, size_t cap) {
  size_t n = 0;
  for (int up = 1; *id && n + 1 < cap; id++) {
    if (*id == '-' || *id == '_' || *id == '.') {
      up = 1;
      continue;
    }
    out[n++] = up && *id >= 'a' && *id <= 'z' ? (char)(*id - 'a' + 'A') : *id;
    up = 0;
  }
  out[n] = '\0';
}

static json_t *rule_json(const pg_suite_result *s, const pg_ci_options *o) {
  char name[256];
  rule_name(s->query_id, name, sizeof name);
  const char *desc = description_of(o, s->query_id);
  char *checks = desc ? NULL : query_doc_paragraph(s->query_id, "Checks");
  if (checks) desc = checks;
  int r = rank(s->severity);
  json_t *rule = json_pack("{s:s, s:s, s:o, s:o, s:o, s:{s:s}, s:{s:s, s:s, s:[s]}}", "id",
                   s->query_id, "name", name, "shortDescription",
                   text_obj(s->title ? s->title : s->query_id), "fullDescription",
                   text_obj(desc ? desc : s->title ? s->title : s->query_id), "help",
                   help_of(s, desc), "defaultConfiguration", "level", levels[r],
                   "properties", "security-severity", security[r], "problem.severity",
                   s->severity, "tags", "reliability");
  free(checks);
  return rule;
}

static json_t *logical(const pg_subject_result *sub) {
  json_t *a = json_array();
  for (size_t i = 0; a && i < sub->n_addresses; i++)
    json_array_append_new(a, json_pack("{s:s, s:s}", "fullyQualifiedName", sub->addresses[i],
                                       "kind", "resource"));
  return a ? a : json_array();
}

static json_t *result_json(const pg_report *r, const pg_suite_result *s,
                           const pg_subject_result *sub, size_t rule, const char *root) {
  char *path = NULL, fp[17];
  unsigned line;
  if (loc_of(root, s, sub, &path, &line) != PG_OK) return NULL;
  char *uri = loc_uri_encode(path);
  free(path);
  if (!uri) return NULL;
  pg_subject_fingerprint(r, s, sub, fp);
  const char *level = sub->outcome == PG_FAIL ? levels[rank(s->severity)] : "note";
  json_t *res = json_pack(
      "{s:s, s:I, s:s, s:o, s:[{s:{s:{s:s, s:s}, s:{s:I}}, s:o}], s:{s:s}, s:{s:s, s:s, s:s}}",
      "ruleId", s->query_id, "ruleIndex", (json_int_t)rule, "level", level, "message",
      text_obj(sub->message ? sub->message : sub->name), "locations", "physicalLocation",
      "artifactLocation", "uri", uri, "uriBaseId", "%SRCROOT%", "region", "startLine",
      (json_int_t)line, "logicalLocations", logical(sub), "partialFingerprints",
      "plangraph/v1", fp, "properties", "subject", sub->name, "plan", s->plan, "outcome",
      sub->outcome == PG_FAIL ? "fail" : "unknown");
  free(uri);
  if (res && sub->baselined) json_object_set_new(res, "baselineState", json_string("unchanged"));
  if (res && sub->suppressed)
    json_object_set_new(res, "suppressions",
                        json_pack("[{s:s, s:s, s:s}]", "kind",
                                  sub->in_source ? "inSource" : "external", "status", "accepted",
                                  "justification", sub->suppressed));
  return res;
}

/* Rules in order of first appearance, and each suite's rule index. */
static int add_results(json_t *rules, json_t *results, const pg_report *r,
                       const pg_ci_options *o, const char *root) {
  json_t *index = json_object();
  int rc = index ? 0 : -1;
  for (size_t i = 0; rc == 0 && i < pg_report_suite_count(r); i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    json_t *at = json_object_get(index, s->query_id);
    if (!at) {
      at = json_integer((json_int_t)json_array_size(rules));
      json_object_set_new(index, s->query_id, at);
      if (json_array_append_new(rules, rule_json(s, o)) < 0) rc = -1;
    }
    for (size_t j = 0; rc == 0 && j < s->n_subjects; j++) {
      const pg_subject_result *sub = &s->subjects[j];
      if (sub->outcome == PG_PASS || (sub->outcome == PG_UNKNOWN && !(o && o->unknown)))
        continue;
      json_t *res = result_json(r, s, sub, (size_t)json_integer_value(at), root);
      if (!res || json_array_append_new(results, res) < 0) rc = -1;
    }
  }
  json_decref(index);
  return rc;
}

/* The run's invocation: it succeeded when every plan was checked; each
 * plan that could not be read or checked is an error notification on
 * that plan's file, so that code scanning shows the run as incomplete
 * rather than as clean. */
static json_t *invocation(const pg_report *r, const char *root) {
  size_t n = pg_report_error_count(r);
  json_t *notes = json_array(), *inv = NULL;
  for (size_t i = 0; notes && i < n; i++) {
    const pg_plan_error *e = pg_report_error(r, i);
    char *path = loc_repo_path(root, e->plan);
    char *uri = path ? loc_uri_encode(path) : NULL;
    json_t *note = uri ? json_pack("{s:s, s:o, s:[{s:{s:{s:s, s:s}}}]}", "level", "error",
                                   "message", text_obj(e->message), "locations",
                                   "physicalLocation", "artifactLocation", "uri", uri,
                                   "uriBaseId", "%SRCROOT%")
                       : NULL;
    free(path);
    free(uri);
    if (!note || json_array_append_new(notes, note) < 0) {
      json_decref(notes);
      notes = NULL;
    }
  }
  if (notes)
    inv = json_pack("[{s:b, s:o}]", "executionSuccessful", n == 0,
                    "toolExecutionNotifications", notes);
  return inv;
}

static json_t *base_ids(const char *root) {
  if (!root) return json_object();
  char *enc = loc_uri_encode(root);
  size_t n = enc ? strlen(enc) + 16 : 0;
  char *uri = enc ? malloc(n) : NULL;
  if (uri) snprintf(uri, n, "file://%s%s", enc, enc[strlen(enc) - 1] == '/' ? "" : "/");
  json_t *ids = uri ? json_pack("{s:{s:s}}", "%SRCROOT%", "uri", uri) : NULL;
  free(enc);
  free(uri);
  return ids;
}

int pg_report_write_sarif(const pg_report *r, const pg_ci_options *opts, FILE *out,
                          pg_diags *diags) {
  unsigned long mark = writer_begin();
  char *root = loc_root_real(opts ? opts->repo_root : NULL);
  json_t *rules = json_array(), *results = json_array();
  int rc = rules && results ? add_results(rules, results, r, opts, root) : -1;
  json_t *doc = NULL;
  if (rc == 0)
    doc = json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:o, s:o, s:s, s:o}]}", "$schema",
                    "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0",
                    "runs", "tool", "driver", "name", "plangraph", "version", PG_VERSION,
                    "rules", rules, "invocations", invocation(r, root), "originalUriBaseIds",
                    base_ids(root), "columnKind", "unicodeCodePoints", "results", results);
  else {
    json_decref(rules);
    json_decref(results);
  }
  free(root);
  rc = doc ? json_dumpf(doc, out, JSON_INDENT(2)) : -1;
  json_decref(doc);
  if (rc == 0) rc = fputc('\n', out) == EOF ? -1 : 0;
  return writer_end(mark, rc != 0, "SARIF report", diags);
}
