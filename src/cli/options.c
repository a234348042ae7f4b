/* Option parsing and help text, both made from a command's option table. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static const cli_option help_option = {"help", 'h', NULL, "show this help"};

static int find_long(const cli_command *cmd, const char *name, size_t len) {
  for (int i = 0; cmd->options && cmd->options[i].name; i++)
    if (strlen(cmd->options[i].name) == len && strncmp(cmd->options[i].name, name, len) == 0)
      return i;
  return -1;
}

static int find_short(const cli_command *cmd, char c) {
  for (int i = 0; cmd->options && cmd->options[i].name; i++)
    if (cmd->options[i].short_name == c) return i;
  return -1;
}

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
      idx = a[2] == '\0' ? find_short(cmd, a[1]) : -1;
    }
    if (idx < 0) return cli_usage_error(cmd, "unknown option '%s'", a);
    const cli_option *o = &cmd->options[idx];
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
  return EXIT_OK;
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
  for (int i = 0; cmd->options && cmd->options[i].name; i++) option_line(&cmd->options[i], out);
  option_line(&help_option, out);
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
