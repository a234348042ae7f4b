/* The configuration file, .plangraph.yml: defaults for `plangraph check`'s
 * options, read with libyaml. Found from --config, else PLANGRAPH_CONFIG,
 * else the first .plangraph.yml from the plan's folder up to the
 * repository root (the folder with .git). Command-line options win. */
#ifndef PG_CLI_CONFIG_H
#define PG_CLI_CONFIG_H

#include "cli/cli.h"

#define CLI_CONFIG_MAX 64

/* One setting: an option of `check` and its value, where it was written. */
typedef struct cli_setting {
  const char *option;   /* long option name (static) */
  char *value;          /* malloc'd; "1" for a flag that is on */
  unsigned line, col;   /* 1-based, in the file */
  char *where;          /* "FILE:LINE:COL" (malloc'd) */
} cli_setting;

typedef struct cli_config {
  char *path;                             /* the file read (malloc'd), or NULL */
  cli_setting set[CLI_CONFIG_MAX];        /* in file order */
  size_t n;
  pg_waiver *waivers;                     /* `waivers:`, strings malloc'd */
  char **waiver_where;                    /* "FILE:LINE:COL" of each */
  size_t n_waivers, cap_waivers;
} cli_config;

/* Finds and reads the configuration for plan (may be NULL: the current
 * folder). explicit_path is --config (or NULL). No file is no error.
 * Errors are printed as FILE:LINE:COL: error: ...; returns EXIT_OK or
 * EXIT_BAD. */
int cli_config_load(cli_config *c, const char *explicit_path, const char *plan);
void cli_config_free(cli_config *c);
/* Copies the settings into a, under what the command line gave: a
 * single-valued option keeps its command-line value, a repeatable one
 * (queries, param) gets the file's values first, so that a --param on
 * the command line overrides the same key from the file. */
int cli_config_apply(const cli_config *c, cli_args *a);
/* The setting that gave option its value, or NULL. */
const cli_setting *cli_config_find(const cli_config *c, const char *option);

#endif
