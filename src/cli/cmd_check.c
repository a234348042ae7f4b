/* plangraph check: runs the queries on one or more plans and reports each
 * subject's outcome as text, JSON, JUnit XML, SARIF, GitHub workflow
 * commands or a GitLab Code Quality report. No report is written when any
 * plan or query is bad. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/config.h"

static const cli_option options[] = {
    {"config", 0, "FILE", "settings from FILE (default: $PLANGRAPH_CONFIG, else "
                          ".plangraph.yml from the plan's folder up)"},
    {"queries", 0, "PATH", "add a .pgq file or a folder of them (repeatable)"},
    {"no-builtin", 0, NULL, "leave out the built-in queries"},
    {"only", 0, "IDS", "run only these query ids (comma-separated)"},
    {"skip", 0, "IDS", "leave out these query ids (comma-separated)"},
    {"param", 0, "KEY=VALUE", "set a query parameter; lists are comma-separated (repeatable)"},
    {"format", 'f', "FORMAT", "text (default), json, junit, sarif, github or gitlab"},
    {"output", 'o', "FILE", "write the report there instead of standard output"},
    {"junit", 0, "FILE", "also write JUnit XML to FILE"},
    {"sarif", 0, "FILE", "also write SARIF 2.1.0 to FILE (for code scanning)"},
    {"sarif-unknown", 0, "WHAT", "SARIF: unknown subjects as 'note' results (default) or 'omit'"},
    {"repo-root", 0, "DIR", "sarif, github, gitlab: paths relative to DIR (default: git top)"},
    {"baseline", 0, "FILE", "report the failures FILE lists as known, not failing"},
    {"write-baseline", 0, "FILE", "write today's failures to FILE as a baseline"},
    {"fail-on", 0, "SEVERITY", "lowest severity that fails the run (default low)"},
    {"soft-fail", 0, NULL, "exit 0 even when checks fail"},
    {"verbose", 'v', NULL, "text: list passing, unknown and skipped subjects too"},
    {"timeout", 0, "SECONDS", "stop evaluating after this long (exit 2)"},
    {"jobs", 'j', "N", "evaluate N queries at once (default: one per CPU)"},
    {"timings", 0, NULL, "print load, build and per-query times to standard error"},
    {"tf-graph", 0, "FILE", "add edges from `terraform graph` output"},
    {"tf-dir", 0, "DIR", "the root module's .tf files, for findings' file:line "
                         "(default: the plan's folder)"},
    {0}};

enum { FMT_TEXT, FMT_JSON, FMT_JUNIT, FMT_SARIF, FMT_GITHUB, FMT_GITLAB, FMT_BASELINE };

static const char *const format_names[] = {"text", "json", "junit", "sarif", "github", "gitlab"};

static int parse_format(const char *f, int *out) {
  *out = FMT_TEXT;
  if (!f) return EXIT_OK;
  for (int i = 0; i < (int)(sizeof format_names / sizeof *format_names); i++)
    if (strcmp(f, format_names[i]) == 0) {
      *out = i;
      return EXIT_OK;
    }
  return cli_usage_error(&cmd_check,
                         "unknown format '%s' (text, json, junit, sarif, github, gitlab)", f);
}

/* How the reports are written, from the options. */
typedef struct report_opts {
  int verbose;
  pg_ci_options ci;
  char root[4096];      /* the repository root ci.repo_root points at */
} report_opts;

static int write_one(const pg_report *r, FILE *f, int format, const report_opts *ro,
                     int color, pg_diags *d) {
  switch (format) {
  case FMT_JSON: return pg_report_write_json(r, f, d);
  case FMT_JUNIT: return pg_report_write_junit(r, f, d);
  case FMT_SARIF: return pg_report_write_sarif(r, &ro->ci, f, d);
  case FMT_GITHUB: return pg_report_write_github(r, &ro->ci, f, d);
  case FMT_GITLAB: return pg_report_write_gitlab(r, &ro->ci, f, d);
  case FMT_BASELINE: return pg_report_write_baseline(r, f, d);
  default: {
    pg_text_options text = {ro->verbose, color};
    return pg_report_write_text(r, f, &text, d);
  }
  }
}

static int write_report(const pg_report *r, const char *path, int format,
                        const report_opts *ro) {
  cli_out out;
  if (cli_out_open(&out, path) != EXIT_OK) return EXIT_BAD;
  pg_diags *d = NULL;
  int rc = pg_diags_new(&d) == PG_OK ? write_one(r, out.f, format, ro,
                                                 out.target == NULL && cli_color_enabled(out.f), d)
                                      : PG_ERR_NOMEM;
  cli_print_diags_rc(d, rc, "writing a report");
  pg_diags_free(d);
  if (rc != PG_OK) {
    cli_out_abort(&out);
    return EXIT_BAD;
  }
  return cli_out_commit(&out);
}

/* The configuration file's --param values (from_config) or the command
 * line's: the file's are set before --only/--skip narrow the set, so that
 * a parameter of a query left out is no error. */
static int apply_params(const cli_args *a, pg_query_set *set, pg_diags *d, int from_config) {
  int idx = cli_option_index(a->cmd, "param");
  for (size_t i = 0; i < a->nall; i++) {
    if (a->all_index[i] != idx || a->all_from_config[i] != from_config) continue;
    const char *kv = a->all[i];
    const char *eq = strchr(kv, '=');
    if (!eq || eq == kv) return cli_usage_error(&cmd_check, "--param wants KEY=VALUE, got '%s'", kv);
    char key[128];
    snprintf(key, sizeof key, "%.*s", (int)(eq - kv < 127 ? eq - kv : 127), kv);
    if (pg_query_set_param(set, key, eq + 1, d) != PG_OK) {
      if (a->all_where[i])
        pg_diags_add(d, PG_SEV_NOTE, a->all_where[i], 0, 0, NULL,
                     "parameter %s is set here", key);
      return EXIT_BAD;
    }
  }
  return EXIT_OK;
}

static int parse_jobs(const char *s, unsigned *out) {
  *out = 0;
  if (!s) return EXIT_OK;
  char *end;
  unsigned long n = strtoul(s, &end, 10);
  if (*end || !*s || *s == '-' || n == 0 || n > 1024)
    return cli_usage_error(&cmd_check, "--jobs wants a whole number from 1 to 1024");
  *out = (unsigned)n;
  return EXIT_OK;
}

/* --timings: where a plan's time went (its suites are first..), slowest
 * queries first. */
static void print_timings(const pg_report *r, size_t first, const char *plan,
                          const pg_graph *g) {
  double load, build, eval = 0;
  pg_graph_timings(g, &load, &build);
  size_t n = pg_report_suite_count(r);
  const pg_suite_result **by_time = calloc(n - first + 1, sizeof *by_time);
  size_t k = 0;
  for (size_t i = first; by_time && i < n; i++) {
    by_time[k++] = pg_report_suite(r, i);
    eval += by_time[k - 1]->seconds;
  }
  fprintf(stderr, "%s: load %.3f s, build %.3f s, queries %.3f s (summed)\n", plan, load,
          build, eval);
  /* Insertion sort by time, slowest first: a few dozen queries. */
  for (size_t i = 1; by_time && i < k; i++)
    for (size_t j = i; j > 0 && by_time[j]->seconds > by_time[j - 1]->seconds; j--) {
      const pg_suite_result *t = by_time[j];
      by_time[j] = by_time[j - 1];
      by_time[j - 1] = t;
    }
  for (size_t i = 0; by_time && i < k; i++)
    fprintf(stderr, "  %9.3f s %12llu steps %8zu subjects  %s\n", by_time[i]->seconds,
            (unsigned long long)by_time[i]->steps, by_time[i]->n_subjects,
            by_time[i]->query_id);
  free(by_time);
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
                   pg_check_options *opts) {
  int rc = parse_format(cli_opt(a, "format"), format);
  if (rc == EXIT_OK) rc = parse_jobs(cli_opt(a, "jobs"), &opts->jobs);
  if (rc != EXIT_OK) return rc;
  const char *fail_on = cli_opt(a, "fail-on");
  *threshold = fail_on ? pg_severity_rank(fail_on) : 0;
  if (*threshold < 0)
    return cli_usage_error(&cmd_check, "--fail-on wants critical, high, medium or low");
  if ((rc = cli_parse_timeout(&cmd_check, cli_opt(a, "timeout"), &opts->timeout_seconds)) != EXIT_OK)
    return rc;
  if ((rc = cli_query_set(a, set)) != EXIT_OK) return rc;
  pg_diags *d = NULL;
  if (pg_diags_new(&d) != PG_OK) {
    cli_print_diags_rc(NULL, PG_ERR_NOMEM, "setting the query parameters");
    return EXIT_BAD;
  }
  rc = apply_params(a, *set, d, 1);
  if (rc == EXIT_OK)
    rc = pg_query_set_select(*set, cli_opt(a, "only"), cli_opt(a, "skip"), d) == PG_OK
             ? apply_params(a, *set, d, 0)
             : EXIT_BAD;
  cli_print_diags(d);
  pg_diags_free(d);
  return rc;
}

/* --repo-root (default: the git top level of the first plan's folder) and
 * --sarif-unknown. */
static int ci_options(const cli_args *a, report_opts *ro) {
  const char *unknown = cli_opt(a, "sarif-unknown");
  if (unknown && strcmp(unknown, "note") != 0 && strcmp(unknown, "omit") != 0)
    return cli_usage_error(&cmd_check, "--sarif-unknown wants note or omit");
  ro->ci.unknown = !unknown || strcmp(unknown, "note") == 0;
  ro->ci.repo_root = cli_repo_root(a->npos ? a->pos[0] : ".", cli_opt(a, "repo-root"),
                                   ro->root, sizeof ro->root);
  return EXIT_OK;
}

static int run_with(const cli_args *a, const cli_config *cfg);

/* The configuration file's settings under the command line's. */
static int run(const cli_args *given) {
  cli_config cfg;
  cli_args a = *given;
  int rc = cli_config_load(&cfg, cli_opt(given, "config"), given->npos ? given->pos[0] : NULL);
  if (rc == EXIT_OK) rc = cli_config_apply(&cfg, &a);
  if (rc == EXIT_OK) rc = run_with(&a, &cfg);
  cli_config_free(&cfg);
  return rc;
}

/* The configuration's waivers, with today's UTC date for their expiry; a
 * waiver that matches no failing subject is warned about. */
static int waive(pg_report *r, const cli_config *cfg) {
  if (!cfg->n_waivers) return EXIT_OK;
  char today[16];
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  strftime(today, sizeof today, "%Y-%m-%d", &tm);
  size_t *matched = calloc(cfg->n_waivers, sizeof *matched);
  pg_diags *d = NULL;
  int rc = matched && pg_diags_new(&d) == PG_OK &&
                   pg_report_waive(r, cfg->waivers, cfg->n_waivers, today, matched, d) == PG_OK
               ? EXIT_OK
               : EXIT_BAD;
  for (size_t i = 0; rc == EXIT_OK && i < cfg->n_waivers; i++)
    if (!matched[i])
      pg_diags_add(d, PG_SEV_WARNING, cfg->waiver_where[i], 0, 0, NULL,
                   "the waiver of %s for %s matches no failing subject; remove it",
                   cfg->waivers[i].query, cfg->waivers[i].address);
  cli_print_diags(d);
  pg_diags_free(d);
  free(matched);
  return rc;
}

static int run_with(const cli_args *a, const cli_config *cfg) {
  pg_query_set *set = NULL;
  pg_report *report = NULL;
  int format = FMT_TEXT, threshold = 0;
  pg_check_options opts = {0, 0, 0};
  int rc = prepare(a, &set, &format, &threshold, &opts);
  if (rc == EXIT_OK && pg_report_new(&report) != PG_OK) {
    cli_print_diags_rc(NULL, PG_ERR_NOMEM, "starting the report");
    rc = EXIT_BAD;
  }
  cli_check_limits(&opts);
  for (size_t i = 0; rc == EXIT_OK && i < a->npos; i++) {
    pg_graph *g = NULL;
    char dir_buf[4096];
    const char *dir = cli_source_dir(a->pos[i], cli_opt(a, "tf-dir"), dir_buf, sizeof dir_buf);
    rc = cli_load_at(a->pos[i], cli_opt(a, "tf-graph"), dir, &g);
    if (rc != EXIT_OK) break;
    pg_diags *d = NULL;
    size_t first = pg_report_suite_count(report);
    int run_rc = pg_diags_new(&d) == PG_OK ? pg_check_run(set, g, a->pos[i], &opts, report, d)
                                            : PG_ERR_NOMEM;
    if (run_rc != PG_OK) rc = EXIT_BAD;
    cli_print_diags_rc(d, run_rc, "running the queries");
    pg_diags_free(d);
    if (rc == EXIT_OK && cli_flag(a, "timings")) print_timings(report, first, a->pos[i], g);
    pg_graph_free(g);
  }
  if (rc == EXIT_OK) rc = waive(report, cfg);
  /* Reports only once every plan has been read and checked. */
  report_opts ro = {cli_flag(a, "verbose"), {NULL, set, 1}, ""};
  if (rc == EXIT_OK) rc = ci_options(a, &ro);
  /* A baseline written now holds every failure; one read marks the known. */
  const char *wb = cli_opt(a, "write-baseline");
  if (rc == EXIT_OK && wb) rc = write_report(report, wb, FMT_BASELINE, &ro);
  if (rc == EXIT_OK) rc = cli_apply_baseline(report, cli_opt(a, "baseline"));
  const char *junit = cli_opt(a, "junit"), *sarif = cli_opt(a, "sarif");
  if (rc == EXIT_OK && junit) rc = write_report(report, junit, FMT_JUNIT, &ro);
  if (rc == EXIT_OK && sarif) rc = write_report(report, sarif, FMT_SARIF, &ro);
  if (rc == EXIT_OK) rc = write_report(report, cli_opt(a, "output"), format, &ro);
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
    "--tf-dir names the folder of the .tf files (by default the plan's own\n"
    "folder) so that findings carry the file and line of their block; --sarif\n"
    "and --format sarif|github|gitlab write paths relative to --repo-root.\n"
    "Exit status 1 when a subject fails at or above --fail-on (default low),\n"
    "unless --soft-fail; 2 on a bad plan, query, parameter or option, and then\n"
    "no report is written.",
    options, 1, CLI_MAX_VALUES, run};
