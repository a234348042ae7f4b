/* Queries over a plan's graph: sets of checked queries (the built-in ones
 * compiled into the library, files, folders), running them into a report
 * of suites and subjects, writing the report as JUnit XML or JSON, and
 * ad-hoc `match ... return` queries that give rows. The language is in
 * docs/query-language.md. */
#ifndef PLANGRAPH_QUERY_H
#define PLANGRAPH_QUERY_H

#include <stdint.h>
#include <stdio.h>

#include "plangraph/diag.h"
#include "plangraph/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pg_query_set pg_query_set;
typedef struct pg_report pg_report;
typedef struct pg_table pg_table;

/* ---- query sets -------------------------------------------------------- */

PG_API int pg_query_set_new(pg_query_set **out);
PG_API void pg_query_set_free(pg_query_set *set);   /* NULL is a no-op */

/* How long reading a query file from a pipe or FIFO may wait for data
 * (0: PG_DEFAULT_INPUT_WAIT), as pg_load_options.input_wait_seconds. */
PG_API void pg_query_set_input_wait(pg_query_set *set, double seconds);

/* Adds the built-in queries (queries/NAME.pgq at build time). */
PG_API int pg_query_set_add_builtin(pg_query_set *set, pg_diags *diags);
/* Parses and checks one query text; name is used in messages. Errors give
 * file:line:column, a snippet with a caret, and PG_ERR_PARSE. An id that is
 * already in the set is an error. */
PG_API int pg_query_set_add_text(pg_query_set *set, const char *name, const char *text,
                          size_t len, pg_diags *diags);
/* A .pgq file, or every *.pgq in a folder (sorted by name). */
PG_API int pg_query_set_add_path(pg_query_set *set, const char *path, pg_diags *diags);
/* Keeps only the ids in `only` (comma-separated; NULL: all), then drops the
 * ids in `skip`. An id in either list that no query has is an error. */
PG_API int pg_query_set_select(pg_query_set *set, const char *only, const char *skip,
                        pg_diags *diags);
/* Sets parameter `key` of every query that declares it. An undeclared key or
 * a value of the wrong type is PG_ERR_NOT_FOUND / PG_ERR_PARSE. Lists are
 * comma-separated. */
PG_API int pg_query_set_param(pg_query_set *set, const char *key, const char *value,
                       pg_diags *diags);

PG_API size_t pg_query_set_count(const pg_query_set *set);

typedef struct pg_query_info {
  const char *id;
  const char *title;
  const char *severity;        /* critical, high, medium, low */
  const char *description;     /* or NULL */
  const char *skip_reason;     /* or NULL */
  const char *file;            /* where the query came from */
  size_t n_params;
} pg_query_info;

typedef struct pg_param_info {
  const char *name;
  const char *type;            /* string, number, bool, list<string>, list<number> */
  const char *default_text;    /* the default as written, or NULL */
  const char *value_text;      /* the --param value, or NULL */
} pg_param_info;

PG_API int pg_query_set_info(const pg_query_set *set, size_t i, pg_query_info *out);
PG_API int pg_query_set_param_info(const pg_query_set *set, size_t i, size_t j,
                            pg_param_info *out);

/* ---- built-in functions ------------------------------------------------ */

/* One built-in function of the query language, as the docs list it. The
 * strings are static; the signature is a copy held in the struct. */
typedef struct pg_function_info {
  const char *name;
  unsigned min_args, max_args;
  char signature[96];          /* "paths(value, string) -> list"; optional
                                  arguments in brackets */
  const char *doc;             /* one line */
} pg_function_info;

/* Built-in functions, in the order of the docs' table. */
PG_API size_t pg_function_count(void);
/* Fills *out for the i-th function; PG_ERR_NOT_FOUND past the end. */
PG_API int pg_function_get(size_t i, pg_function_info *out);

/* ---- running ----------------------------------------------------------- */

typedef struct pg_check_options {
  uint64_t max_steps;          /* evaluation steps per query; 0: the default */
  double timeout_seconds;      /* for all queries on one plan; 0: none */
  unsigned jobs;               /* queries evaluated at once; 0: one per CPU,
                                  or one when the plan is small (pg_check_run) */
} pg_check_options;

/* The default step budget of a query: PG_DEFAULT_MAX_STEPS plus
 * PG_DEFAULT_STEPS_PER_ELEMENT per graph node and edge. Built-in queries
 * take under 20 steps per element, so only a runaway query (a cross
 * product of scans) meets it; it then fails with PG_ERR_LIMIT. */
#define PG_DEFAULT_MAX_STEPS 10000000ull
#define PG_DEFAULT_STEPS_PER_ELEMENT 1000ull
#define PG_MAX_QUERY_BYTES (16u << 20)   /* a query file or ad-hoc query */

PG_API int pg_report_new(pg_report **out);
PG_API void pg_report_free(pg_report *r);           /* NULL is a no-op */

/* Runs every query of the set on g and appends one suite per query to the
 * report, in the set's order. plan names the plan in the report. opts may
 * be NULL. Queries are evaluated opts->jobs at a time (the graph is only
 * read); the report is the same whatever the number. With jobs 0, one per
 * CPU, but one when the queries' estimated cost on g is small (a second
 * worker costs more to start than it saves on a plan of a few hundred
 * resources). A query that fails to evaluate (limit, timeout) makes the
 * whole call fail: the report then holds the suites before it, as if they
 * had run one by one. */
PG_API int pg_check_run(const pg_query_set *set, const pg_graph *g, const char *plan,
                 const pg_check_options *opts, pg_report *report, pg_diags *diags);
/* pg_check_run for the set's last plan: each query's compiled form (its
 * syntax tree, regexes and libraries: 2.5 MB for the built-in queries) is
 * freed as soon as the query has run, rather than held while the others
 * run. The set still describes its queries (pg_query_set_info,
 * pg_query_set_param_info, the reports' rules), but a query it freed
 * cannot run again: pg_check_run and this call then fail with
 * PG_ERR_NOT_FOUND and a diagnostic. */
PG_API int pg_check_run_last(pg_query_set *set, const pg_graph *g, const char *plan,
                      const pg_check_options *opts, pg_report *report, pg_diags *diags);

typedef enum pg_outcome { PG_PASS, PG_FAIL, PG_UNKNOWN } pg_outcome;

typedef struct pg_subject_result {
  const char *name;            /* unique within its suite */
  pg_outcome outcome;
  const char *message;         /* one line; NULL on a pass */
  const char *const *addresses;/* resources involved */
  size_t n_addresses;
  const char *path;            /* the graph path matched, or NULL */
  /* Where its own resource is declared (pg_node_info.file, .line): the
   * resource its name starts with, else the first of its resources with
   * a source location; or NULL and 0. */
  const char *file;
  unsigned line;
  /* A failing subject accepted by a waiver (pg_report_waive): why, who
   * and until when; it then counts in the suite's `suppressed`, not its
   * `failed`. NULL otherwise. */
  const char *suppressed;
  int in_source;               /* suppressed by a plangraph:ignore= comment on
                                  its block (SARIF kind inSource) */
  /* A failing subject whose fingerprint is in the baseline
   * (pg_report_baseline): known, not new; counted in the suite's
   * `baselined`, not its `failed`. */
  int baselined;
  /* The region of its own resource (as for file), else of the first of
   * its resources whose region is known, or NULL. */
  const char *region;
  /* The matched graph paths as JSON text, typed: an array with one
   * {"nodes": [address...], "edges": [{"kind", "label", "forward"} or
   * null...]} per pattern of the check (docs/report-format.md), or NULL
   * when the check matches no pattern. */
  const char *path_json;
} pg_subject_result;

typedef struct pg_suite_result {
  const char *plan;
  const char *query_id;
  const char *title;
  const char *severity;
  const char *const *param_names;   /* parameters and the values in use */
  const char *const *param_values;
  size_t n_params;
  const char *skipped;         /* why the query had no subject, else NULL */
  double seconds;
  const char *timestamp;       /* ISO 8601, UTC */
  const pg_subject_result *subjects;
  size_t n_subjects;
  size_t passed, failed, unknown;
  size_t suppressed;           /* failing subjects accepted by a waiver */
  size_t baselined;            /* failing subjects known from the baseline */
  uint64_t steps;              /* evaluation steps the query took */
  /* Each parameter's value as the query received it, as JSON text, typed
   * by its declaration (string, number, bool, list; null when unset and
   * not a list), parallel to param_names; NULL when the query did not
   * run. */
  const char *const *param_json;
} pg_suite_result;

PG_API size_t pg_report_suite_count(const pg_report *r);
PG_API const pg_suite_result *pg_report_suite(const pg_report *r, size_t i);
/* How many distinct plans the report covers (plans recorded only by
 * pg_report_add_error are not counted). */
PG_API size_t pg_report_plan_count(const pg_report *r);
/* Where plan's time went, in seconds: reading it, building its graph, and
 * evaluating every query (wall time: with several jobs, less than the
 * queries' own times summed); a time not known is < 0. PG_OK, or
 * PG_ERR_NOT_FOUND when no suite of the report ran on plan. */
PG_API int pg_report_plan_times(const pg_report *r, const char *plan, double *load,
                                double *build, double *evaluate);

/* A plan that could not be read or checked, so that the writers report it
 * as an error entry (a JUnit error testcase, a JSON `errors` element, a
 * text line) beside the plans that were checked. */
typedef struct pg_plan_error {
  const char *plan;
  const char *message;   /* one line */
} pg_plan_error;
/* Records an error for plan (both strings copied). PG_OK or PG_ERR_NOMEM. */
PG_API int pg_report_add_error(pg_report *r, const char *plan, const char *message);
PG_API size_t pg_report_error_count(const pg_report *r);
PG_API const pg_plan_error *pg_report_error(const pg_report *r, size_t i);
/* Rank of a severity name (low 0 .. critical 3), -1 when not one. */
PG_API int pg_severity_rank(const char *severity);

/* JUnit XML (valid against the Jenkins xUnit JUnit schema), written with
 * libxml2. Suite names get a "PLAN:" prefix when the report covers several
 * plans. Returns PG_OK or PG_ERR_IO / PG_ERR_INTERNAL. */
PG_API int pg_report_write_junit(const pg_report *r, FILE *out, pg_diags *diags);
PG_API int pg_report_write_json(const pg_report *r, FILE *out, pg_diags *diags);

/* How the text report looks. The caller decides colour (a terminal, NO_COLOR):
 * the library never looks at the stream. */
typedef struct pg_text_options {
  int verbose;   /* also list passing, unknown and skipped subjects */
  int color;     /* ANSI colours by severity */
} pg_text_options;

/* Text for people: a line per failing subject (severity, query id, subject,
 * message; prefixed by the plan when the report covers several), then a
 * summary line per plan. opts may be NULL (plain, not verbose). Returns
 * PG_OK, or PG_ERR_IO when the stream reports a write error. */
PG_API int pg_report_write_text(const pg_report *r, FILE *out, const pg_text_options *opts,
                         pg_diags *diags);

/* ---- waivers ----------------------------------------------------------- */

/* The acceptance of some failing subjects: those of query `query` ("*":
 * any) with a resource whose instance address matches the glob `address`
 * (fnmatch: *, ?, [...]; a subject with no resource is matched by its
 * name). Strings are the caller's. */
typedef struct pg_waiver {
  const char *query;
  const char *address;
  const char *reason;          /* why the finding is accepted */
  const char *owner;           /* who accepted it, or the ticket; or NULL */
  const char *expires;         /* YYYY-MM-DD, the last day it holds; or NULL */
} pg_waiver;

/* Applies the waivers (the first that matches a subject counts) to every
 * failing subject of the report. A waiver matches a subject of its query
 * ("*": of any) when its address, a glob whose only wildcards are `*` and
 * `?` (brackets are themselves, as in addresses), matches one of the
 * subject's resources, or its name when it has none. Waivers without a
 * wildcard are found by hash: the cost is linear in subjects plus waivers
 * (plus subjects times waivers with a wildcard). An active waiver makes
 * the subject suppressed; one whose expiry is before `today` (YYYY-MM-DD)
 * leaves it failing and adds to its message that the waiver expired.
 * matched[i]
 * (n entries, or NULL) counts the subjects waiver i matched, so that the
 * caller can warn about a waiver that matches nothing. PG_OK or
 * PG_ERR_NOMEM. */
PG_API int pg_report_waive(pg_report *r, const pg_waiver *waivers, size_t n, const char *today,
                           size_t *matched, pg_diags *diags);

/* ---- baseline ---------------------------------------------------------- */

/* A subject's fingerprint: 16 hex digits of a hash of the query id, the
 * subject's name and resources (and its plan when the report covers
 * several), never of lines or messages, so that it stays the same from run
 * to run while the finding does. Used by SARIF, GitLab and baselines. */
PG_API void pg_subject_fingerprint(const pg_report *r, const pg_suite_result *s,
                                   const pg_subject_result *sub, char out[17]);
/* Marks every failing subject (not waived) whose fingerprint is one of
 * fps[0..n) as baselined. found[i] (or NULL) is set when fps[i] matched a
 * failing subject, so that the caller can list the fixed ones. PG_OK, or
 * PG_ERR_NOMEM (nothing marked). */
PG_API int pg_report_baseline(pg_report *r, const char *const *fps, size_t n, int *found);
/* The failing subjects that are not waived, as a baseline file: JSON
 * {"version": 1, "findings": [{"fingerprint", "query", "subject", "plan"}]}.
 * PG_OK or PG_ERR_IO with a diagnostic. */
PG_API int pg_report_write_baseline(const pg_report *r, FILE *out, pg_diags *diags);

/* ---- CI formats -------------------------------------------------------- */

/* What the CI formats need besides the report. */
typedef struct pg_ci_options {
  /* The repository root: file paths are written relative to it (a file
   * outside it keeps the path it was found at). NULL: paths as found. */
  const char *repo_root;
  /* The queries that made the report, for SARIF rules' descriptions;
   * NULL: titles only. */
  const pg_query_set *queries;
  int unknown;   /* SARIF: 1 reports unknown subjects as results of level
                    note, 0 leaves them out */
} pg_ci_options;

/* Each writer points a finding at its block's file and line, or at the
 * plan file (line 1) when the block was not found; each returns PG_OK or
 * PG_ERR_IO / PG_ERR_NOMEM with a diagnostic. opts may be NULL. */

/* SARIF 2.1.0 (the OASIS schema): one run, the report's queries as rules
 * (help: the fix from docs/queries.md for built-in ones; level and
 * properties.security-severity from the severity), a result per failing
 * subject with its physical location relative to repo_root, its resources
 * as logical locations, and partialFingerprints["plangraph/v1"], a hash of
 * query id, subject and resources that stays put when lines move. */
PG_API int pg_report_write_sarif(const pg_report *r, const pg_ci_options *opts, FILE *out,
                                 pg_diags *diags);
/* GitHub Actions workflow commands, one per failing subject
 * (`::error file=F,line=N,title=T::message`; ::warning for medium,
 * ::notice for low), then a summary line. */
PG_API int pg_report_write_github(const pg_report *r, const pg_ci_options *opts, FILE *out,
                                  pg_diags *diags);
/* A GitLab Code Quality report: a JSON array with an issue per failing
 * subject (check_name, description, fingerprint, severity, location). */
PG_API int pg_report_write_gitlab(const pg_report *r, const pg_ci_options *opts, FILE *out,
                                  pg_diags *diags);

/* ---- ad-hoc queries ---------------------------------------------------- */

/* Runs a `match ... return` (rows are the returned columns) or one or more
 * `check`s (rows are subject, outcome, message) over g. */
PG_API int pg_query_run(const pg_graph *g, const char *name, const char *text, size_t len,
                 const pg_check_options *opts, pg_table **out, pg_diags *diags);
PG_API void pg_table_free(pg_table *t);
PG_API size_t pg_table_columns(const pg_table *t);
PG_API const char *pg_table_column(const pg_table *t, size_t col);
PG_API size_t pg_table_rows(const pg_table *t);
/* A cell as text, and as JSON. */
PG_API const char *pg_table_text(const pg_table *t, size_t row, size_t col);
PG_API const char *pg_table_json(const pg_table *t, size_t row, size_t col);

#ifdef __cplusplus
}
#endif
#endif
