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

static const char *const format_names[] = {"text",  "json",   "junit",
                                           "sarif", "github", "gitlab", NULL};
static const char *const sarif_unknown_names[] = {"note", "omit", NULL};

static const cli_option format_option = CLI_FORMAT(format_names, "text (default), json, junit, "
                                                          "sarif, github or gitlab"),
    opt_junit = {"junit", 0, "FILE", "also write JUnit XML to FILE", CLI_TEXT, NULL},
    opt_sarif = {"sarif", 0, "FILE", "also write SARIF 2.1.0 to FILE (for code scanning)", CLI_TEXT,
             NULL},
    opt_sarif_unknown = {"sarif-unknown", 0, "WHAT",
                     "SARIF: unknown subjects as 'note' results (default) or 'omit'", CLI_CHOICE,
                     sarif_unknown_names},
    opt_repo_root = {"repo-root", 0, "DIR",
                 "sarif, github, gitlab: paths relative to DIR (default: git top)", CLI_TEXT,
                 NULL},
    opt_baseline = {"baseline", 0, "FILE", "report the failures FILE lists as known, not failing",
                CLI_TEXT, NULL},
    opt_write_baseline = {"write-baseline", 0, "FILE",
                          "write today's failures to FILE as a baseline", CLI_TEXT, NULL},
    opt_fail_on = {"fail-on", 0, "SEVERITY",
               "lowest severity that fails the run (default low; any case)", CLI_SEVERITY, NULL},
    opt_soft_fail = {"soft-fail", 0, NULL, "exit 0 even when checks fail", CLI_TEXT, NULL},
    opt_jobs = {"jobs", 'j', "N", "evaluate N queries at once (default: one per CPU; one for a small plan)", CLI_COUNT,
            NULL},
    opt_timings = {"timings", 0, NULL,
               "print load, build, evaluation and per-query times to standard error", CLI_TEXT,
               NULL};

static const cli_option *const options[] = {
    &cli_opt_config, &cli_opt_queries, &cli_opt_no_builtin, &cli_opt_only, &cli_opt_skip,
    &cli_opt_param, &format_option, &cli_opt_output, &opt_junit, &opt_sarif,
    &opt_sarif_unknown, &opt_repo_root, &opt_baseline, &opt_write_baseline, &opt_fail_on,
    &opt_soft_fail, &cli_opt_verbose, &cli_opt_color, &cli_opt_timeout, &opt_jobs,
    &opt_timings, &cli_opt_tf_graph, &cli_opt_tf_dir, NULL};

enum { FMT_TEXT, FMT_JSON, FMT_JUNIT, FMT_SARIF, FMT_GITHUB, FMT_GITLAB, FMT_BASELINE };

/* The format's index in format_names (the option table checked it). */
static int format_index(const char *f) {
  for (int i = 0; f && format_names[i]; i++)
    if (strcmp(f, format_names[i]) == 0) return i;
  return FMT_TEXT;
}

/* How the reports are written, from the options. */
typedef struct report_opts {
  int verbose;
  int color;            /* --color, NO_COLOR, FORCE_COLOR, the terminal */
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
  /* Only the main report, to standard output, may be coloured. */
  int color = format == FMT_TEXT && (!path || strcmp(path, "-") == 0) && ro->color;
  cli_out out;
  if (cli_out_open(&out, path) != EXIT_OK) return EXIT_BAD;
  pg_diags *d = NULL;
  if (pg_diags_new(&d) != PG_OK) {
    cli_out_abort(&out);
    cli_print_diags_rc(NULL, PG_ERR_NOMEM, "writing a report");
    return EXIT_BAD;
  }
  int rc = write_one(r, out.f, format, ro, color, d);
  cli_print_diags_rc(d, rc, "writing a report");
  pg_diags_free(d);
  if (rc != PG_OK) {
    cli_out_abort(&out);
    return EXIT_BAD;
  }
  return cli_out_commit(&out);
}

/* Whether some query still in use declares parameter key. */
static int declared(const pg_query_set *set, const char *key) {
  for (size_t i = 0; i < pg_query_set_count(set); i++) {
    pg_query_info q;
    if (pg_query_set_info(set, i, &q) != PG_OK) continue;
    for (size_t j = 0; j < q.n_params; j++) {
      pg_param_info p;
      if (pg_query_set_param_info(set, i, j, &p) == PG_OK && strcmp(p.name, key) == 0) return 1;
    }
  }
  return 0;
}

/* Every --param (the configuration file's first), set before --only and
 * --skip narrow the set, so that one set of parameters serves several
 * runs: a parameter no query declares is an error; one whose queries are
 * all left out gets a note (when `selected`, after the selection). */
static int apply_params(const cli_args *a, pg_query_set *set, pg_diags *d, int selected) {
  int idx = cli_option_index(a->cmd, "param");
  for (size_t i = 0; i < a->nall; i++) {
    if (a->all_index[i] != idx) continue;
    const char *kv = a->all[i];
    const char *eq = strchr(kv, '=');
    char key[128];
    snprintf(key, sizeof key, "%.*s", (int)(eq - kv < 127 ? eq - kv : 127), kv);
    if (selected) {
      if (!a->all_from_config[i] && !declared(set, key))
        fprintf(stderr, "plangraph check: note: --param %s: every query that declares it is "
                        "left out (--only, --skip)\n", key);
      continue;
    }
    if (pg_query_set_param(set, key, eq + 1, d) != PG_OK) {
      if (a->all_where[i])
        pg_diags_add(d, PG_SEV_NOTE, a->all_where[i], 0, 0, NULL,
                     "parameter %s is set here", key);
      return EXIT_BAD;
    }
  }
  return EXIT_OK;
}

/* Monotonic seconds, for --timings' figure of the report writing. */
static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* --timings: where a plan's time went (its suites are first..), slowest
 * queries first. The evaluation's wall time is what the run waited for;
 * the queries' own times summed show what the jobs shared out. */
static void print_timings(const pg_report *r, size_t first, const char *plan,
                          const pg_graph *g) {
  double load, build, wall = -1, summed = 0;
  pg_graph_timings(g, &load, &build);
  pg_report_plan_times(r, plan, NULL, NULL, &wall);
  size_t n = pg_report_suite_count(r);
  const pg_suite_result **by_time = calloc(n - first + 1, sizeof *by_time);
  size_t k = 0;
  for (size_t i = first; by_time && i < n; i++) {
    by_time[k++] = pg_report_suite(r, i);
    summed += by_time[k - 1]->seconds;
  }
  fprintf(stderr, "%s: load %.3f s, build %.3f s, evaluation %.3f s (queries %.3f s summed)\n",
          plan, load, build, wall < 0 ? summed : wall, summed);
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

/* A waiver of a query id that no query has (before --only and --skip
 * narrow the set) can never match: most likely a typo, which would leave
 * the finding failing with nothing said. */
static void warn_unknown_waivers(const pg_query_set *set, const cli_config *cfg, pg_diags *d) {
  for (size_t i = 0; i < cfg->n_waivers; i++) {
    const char *id = cfg->waivers[i].query;
    if (strcmp(id, "*") == 0) continue;
    size_t k = 0;
    pg_query_info q;
    while (k < pg_query_set_count(set) &&
           !(pg_query_set_info(set, k, &q) == PG_OK && strcmp(q.id, id) == 0))
      k++;
    if (k == pg_query_set_count(set))
      pg_diags_add(d, PG_SEV_WARNING, cfg->waiver_where[i], 0, 0, NULL,
                   "the waiver names query %s, which is not a query in use; check its id", id);
  }
}

/* The queries in use, with their parameters; none at all is a usage
 * error (a run that checks nothing must not pass). */
static int prepare(const cli_args *a, const cli_config *cfg, pg_query_set **set,
                   int *threshold, pg_check_options *opts) {
  /* The option table checked every value (cli_check_values). */
  const char *jobs = cli_opt(a, "jobs");
  opts->jobs = jobs ? (unsigned)strtoul(jobs, NULL, 10) : 0;
  cli_seconds(cli_opt(a, "timeout"), &opts->timeout_seconds);
  const char *fail_on = cli_opt(a, "fail-on");
  *threshold = fail_on ? pg_severity_rank(fail_on) : 0;
  int rc = cli_query_set(a, set);
  if (rc != EXIT_OK) return rc;
  pg_diags *d = NULL;
  if (pg_diags_new(&d) != PG_OK) {
    cli_print_diags_rc(NULL, PG_ERR_NOMEM, "setting the query parameters");
    return EXIT_BAD;
  }
  warn_unknown_waivers(*set, cfg, d);
  rc = apply_params(a, *set, d, 0);
  int sel = rc == EXIT_OK ? pg_query_set_select(*set, cli_opt(a, "only"), cli_opt(a, "skip"), d)
                          : PG_OK;
  if (rc == EXIT_OK) rc = sel == PG_OK ? apply_params(a, *set, d, 1) : EXIT_BAD;
  cli_print_diags_rc(d, sel, "selecting the queries");
  pg_diags_free(d);
  if (rc == EXIT_OK && pg_query_set_count(*set) == 0)
    return cli_usage_error(&cmd_check, "no query in use%s; nothing would be checked",
                           cli_opt(a, "only") || cli_opt(a, "skip")
                               ? " (--only and --skip leave out every query)"
                               : " (no built-in queries and no .pgq file found)");
  return rc;
}

/* Reports that would collide: XML and a text report both on standard
 * output. */
static int outputs_clash(const cli_args *a, int format) {
  const char *out = cli_opt(a, "output"), *junit = cli_opt(a, "junit");
  const char *sarif = cli_opt(a, "sarif");
  int main_stdout = !out || strcmp(out, "-") == 0;
  if (junit && strcmp(junit, "-") == 0 && main_stdout)
    return cli_usage_error(&cmd_check, "--junit - and the %s report would both go to standard "
                                       "output; give --junit a file or -o FILE",
                           format_names[format]);
  if (sarif && strcmp(sarif, "-") == 0 && main_stdout)
    return cli_usage_error(&cmd_check, "--sarif - and the %s report would both go to standard "
                                       "output; give --sarif a file or -o FILE",
                           format_names[format]);
  return EXIT_OK;
}

/* --repo-root (default: the git top level of the first plan's folder) and
 * --sarif-unknown. */
static int ci_options(const cli_args *a, report_opts *ro) {
  const char *unknown = cli_opt(a, "sarif-unknown");
  ro->ci.unknown = !unknown || strcmp(unknown, "note") == 0;
  ro->ci.repo_root = cli_repo_root(a->npos ? a->pos[0] : ".", cli_opt(a, "repo-root"),
                                   ro->root, sizeof ro->root);
  if (!ro->ci.repo_root) {
    cli_say_out_of_memory(NULL);
    return EXIT_BAD;
  }
  return EXIT_OK;
}

static int run_with(const cli_args *a, const cli_config *cfg);

/* The configuration file's settings under the command line's. */
static int run(const cli_args *given) {
  cli_config cfg;
  cli_args a = *given;
  int rc = cli_config_load(&cfg, cli_opt(given, "config"), given->npos ? given->pos[0] : NULL);
  if (rc == EXIT_OK) rc = cli_config_apply(&cfg, &a);
  if (rc == EXIT_OK) rc = cli_check_values(&a);
  if (rc == EXIT_OK) rc = run_with(&a, &cfg);
  cli_config_free(&cfg);
  return rc;
}

/* Out of memory is said even when nothing else was (no silent exit 2). */
static int out_of_memory(void) {
  cli_print_diags_rc(NULL, PG_ERR_NOMEM, "checking the plans");
  return EXIT_BAD;
}

/* Whether the report has a suite of query `id` ("*": any query). */
static int query_ran(const pg_report *r, const char *id) {
  if (strcmp(id, "*") == 0) return 1;
  for (size_t i = 0; i < pg_report_suite_count(r); i++)
    if (strcmp(pg_report_suite(r, i)->query_id, id) == 0) return 1;
  return 0;
}

/* The configuration's waivers, with today's UTC date for their expiry; a
 * waiver that matches no failing subject of a query that ran is warned
 * about (one of a query that --only or --skip left out is not, as its
 * parameters are not). */
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
  if (rc != EXIT_OK) rc = out_of_memory();   /* the only way it fails */
  for (size_t i = 0; rc == EXIT_OK && i < cfg->n_waivers; i++)
    if (!matched[i] && query_ran(r, cfg->waivers[i].query))
      pg_diags_add(d, PG_SEV_WARNING, cfg->waiver_where[i], 0, 0, NULL,
                   "the waiver of %s for %s matches no failing subject; remove it",
                   cfg->waivers[i].query, cfg->waivers[i].address);
  cli_print_diags(d);
  pg_diags_free(d);
  free(matched);
  return rc;
}

/* The first error message of d (or a general one) as a plan's error. */
static int note_error(pg_report *r, const char *plan, const pg_diags *d, const char *otherwise) {
  const char *why = otherwise;
  for (size_t i = 0; d && i < pg_diags_count(d); i++)
    if (pg_diags_get(d, i)->severity == PG_SEV_ERROR) {
      why = pg_diags_get(d, i)->message;
      break;
    }
  return pg_report_add_error(r, plan, why) == PG_OK ? EXIT_OK : EXIT_BAD;
}

/* Loads plan i into *g (from ahead, for the first plan, when it was loaded
 * ahead), with its diagnostics in *d: EXIT_OK, EXIT_BAD, or -1 when out of
 * memory. */
static int load_plan(const cli_args *a, size_t i, cli_load_ahead **ahead, pg_graph **g,
                     pg_diags **d) {
  if (i == 0 && *ahead) {
    cli_load_ahead *la = *ahead;
    *ahead = NULL;
    return cli_load_ahead_finish(la, g, d);
  }
  char dir_buf[4096];
  int nomem;
  const char *dir =
      cli_source_dir(a->pos[i], cli_opt(a, "tf-dir"), dir_buf, sizeof dir_buf, &nomem);
  if (nomem || pg_diags_new(d) != PG_OK) return -1;
  return cli_load_into(a->pos[i], cli_opt(a, "tf-graph"), dir, g, *d);
}

/* The first plan, loading while the queries are read and compiled, when
 * check has two cores or more (load_ahead.c); NULL otherwise. Standard
 * input is read in order, so a plan there is not loaded ahead. */
static cli_load_ahead *load_ahead(const cli_args *a) {
  const char *jobs = cli_opt(a, "jobs");
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  unsigned long cores = jobs ? strtoul(jobs, NULL, 10) : cpus > 0 ? (unsigned long)cpus : 1;
  if (a->npos == 0 || cores < 2 || strcmp(a->pos[0], "-") == 0) return NULL;
  char dir_buf[4096];
  int nomem;
  const char *dir =
      cli_source_dir(a->pos[0], cli_opt(a, "tf-dir"), dir_buf, sizeof dir_buf, &nomem);
  return nomem ? NULL : cli_load_ahead_start(a->pos[0], cli_opt(a, "tf-graph"), dir);
}

/* Reads and checks each plan into the report. A plan that cannot be read
 * or checked becomes an error entry of the report and the others are still
 * checked: *bad_plans counts them. EXIT_BAD only when out of memory. */
static int check_plans(const cli_args *a, pg_query_set *set, const pg_check_options *opts,
                       pg_report *report, size_t *bad_plans, cli_load_ahead **ahead) {
  int rc = EXIT_OK;
  for (size_t i = 0; rc == EXIT_OK && i < a->npos; i++) {
    pg_graph *g = NULL;
    pg_diags *d = NULL;
    int loaded = load_plan(a, i, ahead, &g, &d);
    if (loaded < 0) return out_of_memory();
    if (loaded != EXIT_OK) {
      /* One plan alone that cannot be read gives no report at all. */
      rc = a->npos > 1 ? note_error(report, a->pos[i], d, "the plan could not be read") : EXIT_BAD;
      ++*bad_plans;
      pg_diags_free(d);
      continue;
    }
    pg_diags_free(d);
    d = NULL;
    if (pg_diags_new(&d) != PG_OK) {
      pg_graph_free(g);
      return out_of_memory();
    }
    size_t first = pg_report_suite_count(report);
    /* A query that cannot be evaluated (limit, timeout) stops the run. */
    /* The last plan frees each query's tree once it ran (lower peak). */
    int run_rc = i + 1 < a->npos ? pg_check_run(set, g, a->pos[i], opts, report, d)
                                 : pg_check_run_last(set, g, a->pos[i], opts, report, d);
    if (run_rc != PG_OK) rc = EXIT_BAD;
    cli_print_diags_rc(d, run_rc, "running the queries");
    pg_diags_free(d);
    if (cli_flag(a, "timings")) print_timings(report, first, a->pos[i], g);
    pg_graph_free(g);
  }
  return rc;
}

/* Writes every report asked for; EXIT_OK or EXIT_BAD. */
static int write_reports(const cli_args *a, pg_report *report, int format,
                         const report_opts *ro) {
  int rc = EXIT_OK;
  /* A baseline written now holds every failure; one read marks the known. */
  const char *wb = cli_opt(a, "write-baseline");
  if (wb) rc = write_report(report, wb, FMT_BASELINE, ro);
  if (rc == EXIT_OK) rc = cli_apply_baseline(report, cli_opt(a, "baseline"));
  const char *junit = cli_opt(a, "junit"), *sarif = cli_opt(a, "sarif");
  if (rc == EXIT_OK && junit) rc = write_report(report, junit, FMT_JUNIT, ro);
  if (rc == EXIT_OK && sarif) rc = write_report(report, sarif, FMT_SARIF, ro);
  if (rc == EXIT_OK) rc = write_report(report, cli_opt(a, "output"), format, ro);
  return rc;
}

static int run_with(const cli_args *a, const cli_config *cfg) {
  pg_query_set *set = NULL;
  pg_report *report = NULL;
  int format = format_index(cli_opt(a, "format")), threshold = 0;
  pg_check_options opts = {0, 0, 0};
  size_t bad_plans = 0;
  int rc = outputs_clash(a, format);
  cli_load_ahead *ahead = rc == EXIT_OK ? load_ahead(a) : NULL;
  if (rc == EXIT_OK) rc = prepare(a, cfg, &set, &threshold, &opts);
  if (rc == EXIT_OK && pg_report_new(&report) != PG_OK) rc = out_of_memory();
  cli_check_limits(&opts);
  if (rc == EXIT_OK) rc = check_plans(a, set, &opts, report, &bad_plans, &ahead);
  /* (Not taken when the queries were bad: then nothing of it shows.) */
  cli_load_ahead_drop(ahead);
  if (rc == EXIT_OK && bad_plans == a->npos) rc = EXIT_BAD;
  if (rc == EXIT_OK) rc = waive(report, cfg);
  /* Reports only once every plan has been read and checked. */
  report_opts ro = {cli_flag(a, "verbose"), cli_color_wanted(a, stdout), {NULL, set, 1}, ""};
  if (rc == EXIT_OK) rc = ci_options(a, &ro);
  double write_start = now_seconds();
  if (rc == EXIT_OK) rc = write_reports(a, report, format, &ro);
  if (rc == EXIT_OK && cli_flag(a, "timings"))
    fprintf(stderr, "reports written in %.3f s\n", now_seconds() - write_start);
  if (rc == EXIT_OK && bad_plans) {
    cli_outputs_keep(); /* the reports show the bad plans as errors */
    rc = EXIT_BAD;
  }
  if (rc == EXIT_OK && fails(report, threshold) && !cli_flag(a, "soft-fail"))
    rc = EXIT_FINDINGS;
  pg_report_free(report);
  pg_query_set_free(set);
  return rc;
}

const cli_command cmd_check = {
    "check", "PLAN... [OPTIONS]", "run the queries and report what fails",
    "Runs every query in use (the built-in ones, ./.plangraph/queries when it\n"
    "exists, and each --queries PATH) on each PLAN. Text output gives each\n"
    "failing subject two lines (severity, query id, subject, region; then the\n"
    "message), then a summary per plan and, for several, a grand total; --junit\n"
    "writes JUnit XML for CI, one testsuite per query per plan.\n"
    "A subject whose outcome depends on values known only after apply is\n"
    "reported as unknown (a skipped testcase in JUnit), never as pass or fail.\n"
    "--tf-dir names the folder of the .tf files (by default the plan's own\n"
    "folder) so that findings carry the file and line of their block, and a\n"
    "provider's region expression, module inputs and local values are read\n"
    "there (plan JSON records only what they read, not what they make of\n"
    "it); --sarif\n"
    "and --format sarif|github|gitlab write paths relative to --repo-root.\n"
    "Exit status 1 when a subject fails at or above --fail-on (default low),\n"
    "unless --soft-fail; 2 on a bad query, parameter or option (and then no\n"
    "report is written) or on a plan that cannot be read or checked (the\n"
    "reports then show it as an error beside the plans that were checked).\n"
    "--color auto|always|never colours the text report (NO_COLOR set to\n"
    "anything disables, FORCE_COLOR enables).",
    options, 1, CLI_MAX_VALUES, run};
