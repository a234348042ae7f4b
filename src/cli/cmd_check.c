/* plangraph check: runs the queries on one or more plans and reports each
 * subject's outcome as text, JSON or JUnit XML. No report is written when
 * any plan or query is bad. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

static const cli_option options[] = {
    {"queries", 0, "PATH", "add a .pgq file or a folder of them (repeatable)"},
    {"no-builtin", 0, NULL, "leave out the built-in queries"},
    {"only", 0, "IDS", "run only these query ids (comma-separated)"},
    {"skip", 0, "IDS", "leave out these query ids (comma-separated)"},
    {"param", 0, "KEY=VALUE", "set a query parameter; lists are comma-separated (repeatable)"},
    {"format", 'f', "FORMAT", "text (default), json or junit"},
    {"output", 'o', "FILE", "write the report there instead of standard output"},
    {"junit", 0, "FILE", "also write JUnit XML to FILE"},
    {"fail-on", 0, "SEVERITY", "lowest severity that fails the run (default low)"},
    {"soft-fail", 0, NULL, "exit 0 even when checks fail"},
    {"verbose", 'v', NULL, "text: list passing, unknown and skipped subjects too"},
    {"timeout", 0, "SECONDS", "stop evaluating after this long (exit 2)"},
    {"tf-graph", 0, "FILE", "add edges from `terraform graph` output"},
    {0}};

enum { FMT_TEXT, FMT_JSON, FMT_JUNIT };

static int parse_format(const char *f, int *out) {
  if (!f || strcmp(f, "text") == 0) *out = FMT_TEXT;
  else if (strcmp(f, "json") == 0) *out = FMT_JSON;
  else if (strcmp(f, "junit") == 0) *out = FMT_JUNIT;
  else return cli_usage_error(&cmd_check, "unknown format '%s' (text, json, junit)", f);
  return EXIT_OK;
}

static const char *sev_color(const char *sev) {
  int r = pg_severity_rank(sev);
  return r == 3 ? "\033[1;31m" : r == 2 ? "\033[31m" : r == 1 ? "\033[33m" : "\033[36m";
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

static void write_text(const pg_report *r, FILE *f, int color, int verbose) {
  int multi = pg_report_plan_count(r) > 1;
  size_t n = pg_report_suite_count(r);
  for (size_t i = 0; i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    char prefix[1100] = "";
    if (multi) snprintf(prefix, sizeof prefix, "%s:", s->plan);
    for (size_t j = 0; j < s->n_subjects; j++) {
      const pg_subject_result *sub = &s->subjects[j];
      if (sub->outcome == PG_FAIL)
        text_line(f, color, "FAIL", s, prefix, sub->name, sub->message);
      else if (verbose)
        text_line(f, color, sub->outcome == PG_PASS ? "ok" : "??", s, prefix, sub->name,
                  sub->message);
    }
    if (verbose && s->skipped) text_line(f, color, "skip", s, prefix, "", s->skipped);
  }
  /* One summary line per plan. */
  for (size_t i = 0; i < n; i++) {
    const pg_suite_result *first = pg_report_suite(r, i);
    int seen = 0;
    for (size_t k = 0; k < i && !seen; k++)
      seen = strcmp(pg_report_suite(r, k)->plan, first->plan) == 0;
    if (seen) continue;
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
}

static int write_report(const pg_report *r, const char *path, int format, int verbose) {
  cli_out out;
  if (cli_out_open(&out, path) != EXIT_OK) return EXIT_BAD;
  pg_diags *d = NULL;
  if (pg_diags_new(&d) != PG_OK) {
    cli_out_abort(&out);
    return EXIT_BAD;
  }
  int rc = PG_OK;
  if (format == FMT_JSON) rc = pg_report_write_json(r, out.f, d);
  else if (format == FMT_JUNIT) rc = pg_report_write_junit(r, out.f, d);
  else write_text(r, out.f, out.tmp == NULL && cli_color_enabled(out.f), verbose);
  cli_print_diags(d);
  pg_diags_free(d);
  if (rc != PG_OK) {
    cli_out_abort(&out);
    return EXIT_BAD;
  }
  return cli_out_commit(&out);
}

static int apply_params(const cli_args *a, pg_query_set *set, pg_diags *d) {
  const char *kv;
  for (size_t i = 0; (kv = cli_opt_nth(a, "param", i)); i++) {
    const char *eq = strchr(kv, '=');
    if (!eq || eq == kv) return cli_usage_error(&cmd_check, "--param wants KEY=VALUE, got '%s'", kv);
    char key[128];
    snprintf(key, sizeof key, "%.*s", (int)(eq - kv < 127 ? eq - kv : 127), kv);
    if (pg_query_set_param(set, key, eq + 1, d) != PG_OK) return EXIT_BAD;
  }
  return EXIT_OK;
}

static int parse_timeout(const char *s, double *out) {
  *out = 0;
  if (!s) return EXIT_OK;
  char *end;
  *out = strtod(s, &end);
  if (*end || *out <= 0)
    return cli_usage_error(&cmd_check, "--timeout wants a positive number of seconds");
  return EXIT_OK;
}

/* Whether any failure is at or above the --fail-on severity. */
static int fails(const pg_report *r, int threshold) {
  for (size_t i = 0; i < pg_report_suite_count(r); i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    if (s->failed && pg_severity_rank(s->severity) >= threshold) return 1;
  }
  return 0;
}

static int prepare(const cli_args *a, pg_query_set **set, int *format, int *threshold,
                   double *timeout) {
  int rc = parse_format(cli_opt(a, "format"), format);
  if (rc != EXIT_OK) return rc;
  const char *fail_on = cli_opt(a, "fail-on");
  *threshold = fail_on ? pg_severity_rank(fail_on) : 0;
  if (*threshold < 0)
    return cli_usage_error(&cmd_check, "--fail-on wants critical, high, medium or low");
  if ((rc = parse_timeout(cli_opt(a, "timeout"), timeout)) != EXIT_OK) return rc;
  if ((rc = cli_query_set(a, set)) != EXIT_OK) return rc;
  pg_diags *d = NULL;
  if (pg_diags_new(&d) != PG_OK) return EXIT_BAD;
  rc = pg_query_set_select(*set, cli_opt(a, "only"), cli_opt(a, "skip"), d) == PG_OK
           ? apply_params(a, *set, d)
           : EXIT_BAD;
  cli_print_diags(d);
  pg_diags_free(d);
  return rc;
}

static int run(const cli_args *a) {
  pg_query_set *set = NULL;
  pg_report *report = NULL;
  int format = FMT_TEXT, threshold = 0;
  double timeout = 0;
  int rc = prepare(a, &set, &format, &threshold, &timeout);
  if (rc == EXIT_OK && pg_report_new(&report) != PG_OK) rc = EXIT_BAD;
  pg_check_options opts = {0, timeout};
  cli_check_limits(&opts);
  for (size_t i = 0; rc == EXIT_OK && i < a->npos; i++) {
    pg_graph *g = NULL;
    rc = cli_load(a->pos[i], cli_opt(a, "tf-graph"), &g);
    if (rc != EXIT_OK) break;
    pg_diags *d = NULL;
    if (pg_diags_new(&d) != PG_OK || pg_check_run(set, g, a->pos[i], &opts, report, d) != PG_OK)
      rc = EXIT_BAD;
    cli_print_diags(d);
    pg_diags_free(d);
    pg_graph_free(g);
  }
  /* Reports only once every plan has been read and checked. */
  const char *junit = cli_opt(a, "junit");
  if (rc == EXIT_OK && junit) rc = write_report(report, junit, FMT_JUNIT, 0);
  if (rc == EXIT_OK)
    rc = write_report(report, cli_opt(a, "output"), format, cli_flag(a, "verbose"));
  if (rc == EXIT_OK && fails(report, threshold) && !cli_flag(a, "soft-fail"))
    rc = EXIT_FINDINGS;
  pg_report_free(report);
  pg_query_set_free(set);
  return rc;
}

const cli_command cmd_check = {
    "check", "PLAN... [OPTIONS]", "run the queries and report what fails",
    "Runs every query in use (the built-in ones, ./.plangraph/queries when it\n"
    "exists, and each --queries PATH) on each PLAN. Text output lists one line\n"
    "per failing subject (severity, query id, subject, message), then a summary\n"
    "per plan; --junit writes JUnit XML for CI, one testsuite per query per plan.\n"
    "A subject whose outcome depends on values known only after apply is\n"
    "reported as unknown (a skipped testcase in JUnit), never as pass or fail.\n"
    "Exit status 1 when a subject fails at or above --fail-on (default low),\n"
    "unless --soft-fail; 2 on a bad plan, query, parameter or option, and then\n"
    "no report is written.",
    options, 1, CLI_MAX_VALUES, run};
