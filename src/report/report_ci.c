/* A report for CI systems' own formats: GitHub Actions workflow commands
 * (one ::error/::warning/::notice line per failing subject, and an
 * ::error per plan that could not be checked, which GitHub
 * shows on the pull request's diff at the file and line) and a GitLab Code
 * Quality report (a JSON array of issues that merge requests show). Paths
 * are relative to the repository root, as both systems want. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "plangraph/query.h"
#include "report/ending.h"
#include "report/locations.h"

static int rank(const char *severity) {
  int r = pg_severity_rank(severity);
  return r < 0 ? 0 : r > 3 ? 3 : r;
}

/* ---- GitHub workflow commands ------------------------------------------- */

static const char *const gh_commands[] = {"notice", "warning", "error", "error"};

/* A workflow command's message (property 0) or property value (1):
 * GitHub reads %, CR and LF escaped, and in properties ':' and ','. */
static void gh_escaped(FILE *f, const char *s, int property) {
  for (; s && *s; s++) {
    if (*s == '%') fputs("%25", f);
    else if (*s == '\r') fputs("%0D", f);
    else if (*s == '\n') fputs("%0A", f);
    else if (property && *s == ':') fputs("%3A", f);
    else if (property && *s == ',') fputs("%2C", f);
    else fputc(*s, f);
  }
}

static int gh_line(FILE *f, const char *root, const pg_suite_result *s,
                   const pg_subject_result *sub) {
  char *path;
  unsigned line;
  if (loc_of(root, s, sub, &path, &line) != PG_OK) return PG_ERR_NOMEM;
  fprintf(f, "::%s file=", gh_commands[rank(s->severity)]);
  gh_escaped(f, path, 1);
  fprintf(f, ",line=%u,title=", line);
  char title[512];
  snprintf(title, sizeof title, "%s (%s): %s", s->query_id, s->severity, sub->name);
  gh_escaped(f, title, 1);
  fputs("::", f);
  gh_escaped(f, sub->message ? sub->message : sub->name, 0);
  fputc('\n', f);
  free(path);
  return PG_OK;
}

/* A plan that could not be read or checked: an error on its file, so
 * that the run does not look clean in the pull request. */
static int gh_plan_error(FILE *f, const char *root, const pg_plan_error *e) {
  char *path = loc_repo_path(root, e->plan);
  if (!path) return PG_ERR_NOMEM;
  fputs("::error file=", f);
  gh_escaped(f, path, 1);
  fputs(",title=", f);
  gh_escaped(f, "plangraph: plan not checked", 1);
  fputs("::", f);
  gh_escaped(f, e->message, 0);
  fputc('\n', f);
  free(path);
  return PG_OK;
}

int pg_report_write_github(const pg_report *r, const pg_ci_options *opts, FILE *out,
                           pg_diags *diags) {
  unsigned long mark = writer_begin();
  char *root = loc_root_real(opts ? opts->repo_root : NULL);
  size_t counts[4] = {0}, unknown = 0;
  int rc = PG_OK;
  for (size_t i = 0; rc == PG_OK && i < pg_report_suite_count(r); i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    unknown += s->unknown;
    for (size_t j = 0; rc == PG_OK && j < s->n_subjects; j++) {
      if (s->subjects[j].outcome != PG_FAIL || s->subjects[j].suppressed ||
          s->subjects[j].baselined)
        continue;
      counts[rank(s->severity)]++;
      rc = gh_line(out, root, s, &s->subjects[j]);
    }
  }
  size_t errors = pg_report_error_count(r);
  for (size_t i = 0; rc == PG_OK && i < errors; i++)
    rc = gh_plan_error(out, root, pg_report_error(r, i));
  free(root);
  fprintf(out, "plangraph: %zu failed (%zu critical, %zu high, %zu medium, %zu low), "
               "%zu unknown until apply",
          counts[0] + counts[1] + counts[2] + counts[3], counts[3], counts[2], counts[1],
          counts[0], unknown);
  if (errors) fprintf(out, ", %zu plan%s not checked", errors, errors == 1 ? "" : "s");
  fputc('\n', out);
  if (rc == PG_OK && ferror(out)) rc = PG_ERR_IO;
  return writer_end(mark, rc, "GitHub report", diags);
}

/* ---- GitLab Code Quality ---------------------------------------------------- */

static const char *const gl_severities[] = {"info", "minor", "major", "critical"};

static json_t *gl_issue(const pg_report *r, const char *root, const pg_suite_result *s,
                        const pg_subject_result *sub) {
  char *path, fp[17];
  unsigned line;
  if (loc_of(root, s, sub, &path, &line) != PG_OK) return NULL;
  pg_subject_fingerprint(r, s, sub, fp);
  json_t *issue = json_pack(
      "{s:s, s:s, s:s, s:s, s:s, s:[s], s:s, s:{s:s, s:{s:I}}}", "type", "issue",
      "engine_name", "plangraph", "check_name", s->query_id, "description",
      sub->message ? sub->message : sub->name, "fingerprint", fp, "categories",
      "Bug Risk", "severity", gl_severities[rank(s->severity)], "location", "path", path,
      "lines", "begin", (json_int_t)line);
  free(path);
  return issue;
}

int pg_report_write_gitlab(const pg_report *r, const pg_ci_options *opts, FILE *out,
                           pg_diags *diags) {
  unsigned long mark = writer_begin();
  char *root = loc_root_real(opts ? opts->repo_root : NULL);
  int rc = 0;
  json_t *issues = json_array();
  if (!issues) rc = -1;
  for (size_t i = 0; rc == 0 && i < pg_report_suite_count(r); i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    for (size_t j = 0; rc == 0 && j < s->n_subjects; j++) {
      if (s->subjects[j].outcome != PG_FAIL || s->subjects[j].suppressed ||
          s->subjects[j].baselined)
        continue;
      json_t *issue = gl_issue(r, root, s, &s->subjects[j]);
      if (!issue || json_array_append_new(issues, issue) < 0) rc = -1;
    }
  }
  free(root);
  if (rc == 0) rc = json_dumpf(issues, out, JSON_INDENT(2));
  json_decref(issues);
  if (rc == 0) rc = fputc('\n', out) == EOF ? -1 : 0;
  return writer_end(mark, rc != 0, "GitLab report", diags);
}
