/* The plangraph command: commands and their options are data (tables in
 * main.c and each cmd_*.c); parsing, usage and --help are made from them. */
#ifndef PG_CLI_H
#define PG_CLI_H

#include <stdio.h>

#include "plangraph/plangraph.h"

/* Exit statuses, documented in the README and in --help. */
enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_BAD = 2 };

#define CLI_MAX_OPTIONS 32
/* Plans (or query files) and option values per command: a monorepo's
 * check of every stack of a monorepo passes one plan per stack. */
#define CLI_MAX_VALUES 1024

/* What an option's value must be; cli_check_value is the one validator of
 * each kind, for the command line and the configuration file alike. */
typedef enum cli_kind {
  CLI_TEXT,      /* anything (a flag has no value at all) */
  CLI_CHOICE,    /* one of `choices` */
  CLI_SECONDS,   /* a positive number */
  CLI_COUNT,     /* a whole number from 1 to 1024 */
  CLI_SEVERITY,  /* critical, high, medium or low, in any case */
  CLI_KEYVAL     /* KEY=VALUE with a non-empty KEY */
} cli_kind;

typedef struct cli_option {
  const char *name;      /* long name, without "--" */
  char short_name;       /* 0 when none; one meaning in every command */
  const char *arg;       /* argument placeholder, NULL for a flag */
  const char *help;      /* one line */
  cli_kind kind;         /* how its value is checked */
  const char *const *choices; /* CLI_CHOICE: the values, NULL-terminated */
} cli_option;

/* Options several commands take, defined once (options.c); a command's
 * table points at them. */
extern const cli_option cli_opt_config, cli_opt_queries, cli_opt_no_builtin, cli_opt_only,
    cli_opt_skip, cli_opt_param, cli_opt_output, cli_opt_verbose, cli_opt_timeout,
    cli_opt_tf_graph, cli_opt_tf_dir, cli_opt_color,
    cli_opt_help; /* every command takes --help (cli_parse handles it) */
/* The values of a CLI_SEVERITY option, as help and completion offer them
 * (pg_severity_rank accepts them in any case). */
extern const char *const cli_severity_names[];
/* --format with a command's own choices (the first is the default). */
#define CLI_FORMAT(choices, help) {"format", 'f', "FORMAT", help, CLI_CHOICE, choices}

struct cli_args;

typedef struct cli_command {
  const char *name;
  const char *usage;         /* arguments after the command name */
  const char *summary;       /* one line for the command list */
  const char *description;   /* paragraph for --help */
  const cli_option *const *options; /* NULL-terminated */
  size_t min_args, max_args; /* positional argument counts */
  int (*run)(const struct cli_args *a);
} cli_command;

typedef struct cli_args {
  const cli_command *cmd;
  const char *value[CLI_MAX_OPTIONS];   /* last value given, or NULL */
  int given[CLI_MAX_OPTIONS];           /* times given */
  const char *pos[CLI_MAX_VALUES];      /* positional arguments */
  size_t npos;
  const char *all[CLI_MAX_VALUES];      /* every option value, in order */
  int all_index[CLI_MAX_VALUES];        /* which option each belongs to */
  int all_from_config[CLI_MAX_VALUES];  /* set by the configuration file */
  const char *all_where[CLI_MAX_VALUES];/* and then FILE:LINE:COL, else NULL */
  size_t nall;
} cli_args;

/* options.c */
int cli_parse(const cli_command *cmd, int argc, char **argv, cli_args *out);
void cli_command_help(const cli_command *cmd, FILE *out);
const char *cli_opt(const cli_args *a, const char *name);
/* The index of option name in cmd's table, or -1. */
int cli_option_index(const cli_command *cmd, const char *name);
int cli_flag(const cli_args *a, const char *name);
/* Every value of a repeatable option, in order: the i-th, or NULL. */
const char *cli_opt_nth(const cli_args *a, const char *name, size_t i);
int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Whether value suits option o (by its kind); prints a usage error naming
 * the option (and `where`, FILE:LINE:COL of a configuration file, when not
 * NULL) and returns EXIT_BAD when it does not. */
int cli_check_value(const cli_command *cmd, const cli_option *o, const char *value,
                    const char *where);
/* Every value a (after the configuration file) holds, checked. */
int cli_check_values(const cli_args *a);
/* --color auto|always|never with NO_COLOR and FORCE_COLOR: whether to
 * colour what goes to f. */
int cli_color_wanted(const cli_args *a, FILE *f);

/* limits.c: PLANGRAPH_MAX_* and PLANGRAPH_INPUT_WAIT from the environment;
 * EXIT_BAD (message printed) when one is set to nonsense. */
int cli_load_limits(pg_load_options *opts);
int cli_check_limits(pg_check_options *opts);
/* Whether every limit variable that is set makes sense (main checks this
 * before any command runs, so the others need not report). */
int cli_limits_valid(void);
/* PLANGRAPH_INPUT_WAIT, for query files; 0: the default. */
double cli_input_wait(void);
/* --timeout's value (NULL: none, *out 0): 1, or 0 for anything but a
 * finite positive number of seconds up to CLI_MAX_TIMEOUT. The option
 * table's CLI_SECONDS kind checks with it; commands read with it. */
#define CLI_MAX_TIMEOUT 31536000
int cli_seconds(const char *s, double *out);

/* convert.c: pg_load_options.convert for binary plan files, by running
 * `terraform show -json` when terraform is on PATH. */
int cli_convert_plan(const char *path, void *ctx, uint64_t max_bytes, char **out, size_t *len,
                     pg_diags *diags);

/* print.c */
void cli_print_diags(const pg_diags *d);
/* "plangraph: error: out of memory DOING" (DOING may be NULL), the one
 * spelling of that line. */
void cli_say_out_of_memory(const char *doing);
/* Prints d (which may be NULL: the list itself could not be made); when
 * status is PG_ERR_NOMEM and no diagnostic says so already, one line
 * does: "plangraph: error: out of memory DOING". Never a silent exit 2. */
void cli_print_diags_rc(const pg_diags *d, int status, const char *doing);
/* Prints one line to stdout for a person: the formatted text with its
 * control characters escaped (pg_text_visible; plan values in stats and
 * explain cannot forge or erase lines), then a newline. */
void cli_show(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Loads a plan, printing diagnostics; returns EXIT_OK or EXIT_BAD. */
int cli_load(const char *path, const char *tf_graph, pg_graph **out);
/* The same, finding blocks' .tf lines under source_dir (NULL: none). */
int cli_load_at(const char *path, const char *tf_graph, const char *source_dir,
                pg_graph **out);
/* The same, leaving the diagnostics (printed) in d for the caller. */
int cli_load_into(const char *path, const char *tf_graph, const char *source_dir,
                  pg_graph **out, pg_diags *d);
/* cli_load_into in two steps, so that the load may run on a thread of its
 * own (cmd_check.c) and its diagnostics print later, in order: the first
 * loads, printing nothing, and returns pg_graph_load's status (or
 * CLI_LOAD_REFUSED: a limit's variable is wrong, and that was printed);
 * the second prints d, notes the inputs, guards the graph's secrets and
 * returns EXIT_OK or EXIT_BAD. */
#define CLI_LOAD_REFUSED 1
int cli_load_quiet(const char *path, const char *tf_graph, const char *source_dir,
                   pg_graph **out, pg_diags *d);
int cli_load_settle(int status, const char *path, const char *tf_graph, pg_graph **out,
                    pg_diags *d);

/* A plan loading on a thread of its own (load_ahead.c), so that check
 * compiles its queries meanwhile. start loads path as cli_load_into would
 * (source_dir is copied); NULL when no thread could start, and then the
 * caller loads as usual. finish waits, then prints the diagnostics and
 * guards the graph as cli_load_into does, hands the diagnostics over to
 * *diags (the caller frees them) and frees la. drop waits and frees la
 * and all it loaded, printing nothing (NULL: a no-op). */
typedef struct cli_load_ahead cli_load_ahead;
cli_load_ahead *cli_load_ahead_start(const char *path, const char *tf_graph,
                                     const char *source_dir);
int cli_load_ahead_finish(cli_load_ahead *la, pg_graph **out, pg_diags **diags);
void cli_load_ahead_drop(cli_load_ahead *la);
/* Looks an address up; prints a helpful error (with close matches) and
 * returns -1 when it is not in the graph. */
pg_node_id cli_find_node(const pg_graph *g, const char *address);

/* outputs.c: every output held until the command is done, checked
 * against the plans' secrets, then written (see the file's comment). */
typedef struct cli_out {
  FILE *f;              /* where to write: a temporary file, memory, or stdout */
  char *buf;            /* the held stream's bytes (memory only) */
  size_t len;
  const char *target;   /* the path given, or NULL for stdout */
  char *dest;           /* a file's path renamed over (symbolic links resolved) */
  char *tmp;            /* the temporary file beside it, being written */
  int slot;             /* tmp's entry among those removed on a signal */
} cli_out;
/* Refuses (EXIT_BAD, message printed) a path that is an input, another
 * output, a folder, a dangling link or in a missing folder. */
int cli_out_open(cli_out *o, const char *path);
/* The output is complete: it is written when the command ends. */
int cli_out_commit(cli_out *o);
void cli_out_abort(cli_out *o);
/* main: standard output into memory, signal handlers for temporary files. */
void cli_outputs_begin(void);
/* main: writes everything (or nothing when rc is EXIT_BAD or a check
 * fails); returns the exit status. */
int cli_outputs_finish(int rc);
/* The reports are whole though the command will exit 2 (a plan among
 * several could not be checked and they say so): write them anyway. */
void cli_outputs_keep(void);
/* A file read as input (plan, query file, --tf-graph): no report may
 * replace it. */
void cli_note_input(const char *path);
/* The graph's secrets join those no output may hold; EXIT_BAD out of
 * memory (message printed). */
int cli_guard_graph(const pg_graph *g);
/* Whether the real standard output is a terminal. */
int cli_stdout_isatty(void);

extern const cli_command cmd_stats, cmd_graph, cmd_explain, cmd_path, cmd_check,
    cmd_query, cmd_list_queries, cmd_list_functions, cmd_lint, cmd_config;

/* locate.c: the root module's directory for a plan: tf_dir when given,
 * else the plan file's directory when it holds .tf or .tf.json files, else
 * NULL (*nomem set when memory ran out looking). The result is in buf (cap
 * bytes) or is tf_dir itself. */
const char *cli_source_dir(const char *plan, const char *tf_dir, char *buf, size_t cap,
                           int *nomem);
/* The repository root for CI paths: repo_root when given, else the
 * nearest folder from the plan's folder upward that holds .git, else the
 * current folder. In buf (cap bytes) or repo_root itself; NULL when out
 * of memory. */
const char *cli_repo_root(const char *plan, const char *repo_root, char *buf, size_t cap);

/* baseline.c: --baseline FILE applied to the report (NULL: nothing);
 * prints errors and the fixed findings; EXIT_OK or EXIT_BAD. */
int cli_apply_baseline(pg_report *r, const char *path);

/* queries.c: the query set a command uses: built-ins (unless --no-builtin),
 * ./.plangraph/queries when present, then every --queries PATH. Prints
 * diagnostics; returns EXIT_OK or EXIT_BAD. */
int cli_query_set(const cli_args *a, pg_query_set **out);

#endif
