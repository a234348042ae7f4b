/* Option parsing, checking and help text, all made from a command's option
 * table; the options several commands take are defined here, once. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli/cli.h"

const cli_option cli_opt_help = {"help", 'h', NULL, "show this help", CLI_TEXT, NULL};

/* ---- shared options ---------------------------------------------------- */

static const char *const color_choices[] = {"auto", "always", "never", NULL};
const char *const cli_severity_names[] = {"critical", "high", "medium", "low", NULL};

const cli_option cli_opt_config = {
    "config", 0, "FILE",
    "settings (default: $PLANGRAPH_CONFIG, else .plangraph.yml upward)", CLI_TEXT,
    NULL};
const cli_option cli_opt_queries = {"queries", 0, "PATH",
                                    "add a .pgq file or a folder of them (repeatable)",
                                    CLI_TEXT, NULL};
const cli_option cli_opt_no_builtin = {"no-builtin", 0, NULL, "leave out the built-in queries",
                                       CLI_TEXT, NULL};
const cli_option cli_opt_only = {"only", 0, "IDS", "run only these query ids (comma-separated)",
                                 CLI_TEXT, NULL};
const cli_option cli_opt_skip = {"skip", 0, "IDS", "leave out these query ids (comma-separated)",
                                 CLI_TEXT, NULL};
const cli_option cli_opt_param = {
    "param", 0, "KEY=VALUE",
    "set a query parameter; lists are comma-separated (repeatable)", CLI_KEYVAL, NULL};
const cli_option cli_opt_output = {"output", 'o', "FILE",
                                   "write to FILE (atomically) instead of standard output",
                                   CLI_TEXT, NULL};
const cli_option cli_opt_verbose = {"verbose", 'v', NULL,
                                    "text: passes, unknowns and skips too; whole messages, fixes",
                                    CLI_TEXT, NULL};
const cli_option cli_opt_timeout = {"timeout", 0, "SECONDS",
                                    "stop evaluating after this long (exit 2)", CLI_SECONDS,
                                    NULL};
const cli_option cli_opt_tf_graph = {"tf-graph", 0, "FILE",
                                     "add edges from `terraform graph` output", CLI_TEXT, NULL};
const cli_option cli_opt_tf_dir = {
    "tf-dir", 0, "DIR", "the root module's folder: file:line, regions, inputs, locals (default: the plan's)",
    CLI_TEXT, NULL};
const cli_option cli_opt_color = {
    "color", 0, "WHEN",
    "auto (on a terminal), always or never; reads NO_COLOR, FORCE_COLOR",
    CLI_CHOICE, color_choices};

/* ---- finding options --------------------------------------------------- */

static int find_long(const cli_command *cmd, const char *name, size_t len) {
  for (int i = 0; cmd->options && cmd->options[i]; i++)
    if (strlen(cmd->options[i]->name) == len && strncmp(cmd->options[i]->name, name, len) == 0)
      return i;
  return -1;
}

static int find_short(const cli_command *cmd, char c) {
  for (int i = 0; cmd->options && cmd->options[i]; i++)
    if (cmd->options[i]->short_name == c) return i;
  return -1;
}

/* ---- checking values --------------------------------------------------- */

/* "a, b or c" into buf. */
static const char *choice_list(const char *const *c, char *buf, size_t cap) {
  size_t n = 0, len = 0;
  while (c[n]) n++;
  buf[0] = '\0';
  for (size_t i = 0; i < n && len < cap; i++)
    len += (size_t)snprintf(buf + len, cap - len, "%s%s", i == 0 ? "" : i + 1 < n ? ", " : " or ",
                            c[i]);
  return buf;
}

static int value_ok(const cli_option *o, const char *v) {
  char *end;
  switch (o->kind) {
  case CLI_TEXT: return 1;
  case CLI_CHOICE:
    for (size_t i = 0; o->choices[i]; i++)
      if (strcmp(v, o->choices[i]) == 0) return 1;
    return 0;
  case CLI_SECONDS: {
    double d;
    return cli_seconds(v, &d);
  }
  case CLI_COUNT: {
    unsigned long n = strtoul(v, &end, 10);
    return *v >= '0' && *v <= '9' && !*end && n >= 1 && n <= 1024;
  }
  case CLI_SEVERITY: return pg_severity_rank(v) >= 0;
  case CLI_KEYVAL: return strchr(v, '=') && v[0] != '=';
  }
  return 0;
}

int cli_check_value(const cli_command *cmd, const cli_option *o, const char *value,
                    const char *where) {
  if (!o->arg || !value || value_ok(o, value)) return EXIT_OK;
  char want[256];
  switch (o->kind) {
  case CLI_CHOICE: choice_list(o->choices, want, sizeof want); break;
  case CLI_SECONDS:
    snprintf(want, sizeof want, "a positive number of seconds up to %d", CLI_MAX_TIMEOUT);
    break;
  case CLI_COUNT: snprintf(want, sizeof want, "a whole number from 1 to 1024"); break;
  case CLI_SEVERITY: choice_list(cli_severity_names, want, sizeof want); break;
  default: snprintf(want, sizeof want, "%s", o->arg); break;
  }
  return cli_usage_error(cmd, "--%s wants %s, not '%s'%s%s", o->name, want, value,
                         where ? " (set at " : "", where ? where : "");
}

int cli_check_values(const cli_args *a) {
  for (int i = 0; a->cmd->options && a->cmd->options[i]; i++)
    if (a->value[i] && cli_check_value(a->cmd, a->cmd->options[i], a->value[i], NULL) != EXIT_OK)
      return EXIT_BAD;
  for (size_t i = 0; i < a->nall; i++) {
    char where[300];
    snprintf(where, sizeof where, "%s)", a->all_where[i] ? a->all_where[i] : "");
    if (cli_check_value(a->cmd, a->cmd->options[a->all_index[i]], a->all[i],
                        a->all_where[i] ? where : NULL) != EXIT_OK)
      return EXIT_BAD;
  }
  return EXIT_OK;
}

int cli_color_wanted(const cli_args *a, FILE *f) {
  const char *when = cli_opt(a, "color");
  if (when && strcmp(when, "always") == 0) return 1;
  if (when && strcmp(when, "never") == 0) return 0;
  const char *no = getenv("NO_COLOR"), *force = getenv("FORCE_COLOR"), *term = getenv("TERM");
  if (no && *no) return 0;
  if (force && *force) return 1;
  /* Standard output is held in memory until the command ends (outputs.c):
   * ask whether the real one is a terminal. */
  int tty = f == stdout ? cli_stdout_isatty() : isatty(fileno(f));
  return tty && !(term && strcmp(term, "dumb") == 0);
}

/* ---- parsing ----------------------------------------------------------- */

int cli_usage_error(const cli_command *cmd, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "plangraph %s: ", cmd->name);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nusage: plangraph %s %s\n(see plangraph %s --help)\n", cmd->name,
          cmd->usage, cmd->name);
  return EXIT_BAD;
}

/* Returns EXIT_OK, EXIT_BAD on a usage error, or -1 when --help was given
 * (help already printed). */
int cli_parse(const cli_command *cmd, int argc, char **argv, cli_args *out) {
  memset(out, 0, sizeof *out);
  out->cmd = cmd;
  int only_pos = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (only_pos || a[0] != '-' || strcmp(a, "-") == 0) {
      if (out->npos == CLI_MAX_VALUES) return cli_usage_error(cmd, "too many arguments");
      out->pos[out->npos++] = a;
      continue;
    }
    if (strcmp(a, "--") == 0) {
      only_pos = 1;
      continue;
    }
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      cli_command_help(cmd, stdout);
      return -1;
    }
    int idx;
    const char *val = NULL;
    if (a[1] == '-') {
      const char *eq = strchr(a + 2, '=');
      size_t len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
      idx = find_long(cmd, a + 2, len);
      if (eq) val = eq + 1;
    } else {
      /* -j2, -fjson: a short option's value may follow it directly (as
       * getopt allows); flags cannot be grouped. */
      idx = find_short(cmd, a[1]);
      if (idx >= 0 && a[2] != '\0') {
        if (cmd->options[idx]->arg) val = a + 2;
        else idx = -1;
      }
    }
    if (idx < 0) return cli_usage_error(cmd, "unknown option '%s'", a);
    const cli_option *o = cmd->options[idx];
    if (o->arg && !val) {
      if (i + 1 >= argc) return cli_usage_error(cmd, "option --%s needs %s", o->name, o->arg);
      val = argv[++i];
    } else if (!o->arg && val) {
      return cli_usage_error(cmd, "option --%s takes no value", o->name);
    }
    out->value[idx] = val;
    out->given[idx]++;
    if (val) {
      if (out->nall == CLI_MAX_VALUES) return cli_usage_error(cmd, "too many options");
      out->all[out->nall] = val;
      out->all_index[out->nall++] = idx;
    }
  }
  if (out->npos < cmd->min_args) return cli_usage_error(cmd, "missing arguments");
  if (out->npos > cmd->max_args)
    return cli_usage_error(cmd, "unexpected argument '%s'", out->pos[cmd->max_args]);
  return cli_check_values(out);
}

static void option_line(const cli_option *o, FILE *out) {
  char left[64];
  if (o->short_name)
    snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "",
             o->arg ? o->arg : "");
  else
    snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
  fprintf(out, "  %-28s %s\n", left, o->help);
}

void cli_command_help(const cli_command *cmd, FILE *out) {
  fprintf(out, "usage: plangraph %s %s\n\n%s\n\n%s\n\noptions:\n", cmd->name, cmd->usage,
          cmd->summary, cmd->description);
  for (int i = 0; cmd->options && cmd->options[i]; i++) option_line(cmd->options[i], out);
  option_line(&cli_opt_help, out);
  fputs("\nexit status: 0 success, 1 findings (or no path), 2 bad input or usage\n", out);
}

int cli_option_index(const cli_command *cmd, const char *name) {
  return find_long(cmd, name, strlen(name));
}

const char *cli_opt(const cli_args *a, const char *name) {
  int i = find_long(a->cmd, name, strlen(name));
  return i >= 0 ? a->value[i] : NULL;
}

int cli_flag(const cli_args *a, const char *name) {
  int i = find_long(a->cmd, name, strlen(name));
  return i >= 0 && a->given[i] > 0;
}

const char *cli_opt_nth(const cli_args *a, const char *name, size_t n) {
  int idx = find_long(a->cmd, name, strlen(name));
  for (size_t i = 0; idx >= 0 && i < a->nall; i++)
    if (a->all_index[i] == idx && n-- == 0) return a->all[i];
  return NULL;
}
