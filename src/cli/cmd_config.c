/* plangraph config --show: the settings `check` would take from the
 * configuration file (found as check finds it), each with where it was
 * written, and the defaults of the rest. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/config.h"

static const cli_option show = {"show", 0, NULL, "print the effective configuration",
                               CLI_TEXT, NULL};
static const cli_option *const options[] = {&cli_opt_config, &show, NULL};

/* check's single-valued settings and their defaults. */
static const struct {
  const char *option, *fallback;
} shown[] = {
    {"only", "(all)"},        {"skip", "(none)"},       {"no-builtin", "false"},
    {"fail-on", "low"},       {"soft-fail", "false"},   {"format", "text"},
    {"output", "(standard output)"}, {"junit", "(none)"}, {"sarif", "(none)"},
    {"sarif-unknown", "note"}, {"repo-root", "(git top level)"},
    {"tf-dir", "(the plan's folder)"}, {"timeout", "(none)"}, {"jobs", "(one per CPU; one if small)"},
    {"verbose", "false"},     {"baseline", "(none)"},
};

static void show_line(const cli_config *c, const char *key, const cli_setting *s,
                      const char *fallback) {
  int flag = s && strcmp(s->value, "1") == 0 &&
             (strcmp(key, "soft-fail") == 0 || strcmp(key, "no-builtin") == 0 ||
              strcmp(key, "verbose") == 0);
  if (s)
    printf("%-14s %-32s # %s:%u\n", key, flag ? "true" : s->value, c->path, s->line);
  else
    printf("%-14s %-32s # default\n", key, fallback);
}

static int run(const cli_args *a) {
  cli_config c;
  int rc = cli_config_load(&c, cli_opt(a, "config"), a->npos ? a->pos[0] : NULL);
  if (rc != EXIT_OK) return rc;
  printf("# configuration file: %s\n", c.path ? c.path : "(none)");
  for (size_t i = 0; i < sizeof shown / sizeof *shown; i++)
    show_line(&c, shown[i].option, cli_config_find(&c, shown[i].option), shown[i].fallback);
  for (size_t i = 0; i < c.n; i++)
    if (strcmp(c.set[i].option, "queries") == 0 || strcmp(c.set[i].option, "param") == 0)
      printf("%-14s %-32s # %s:%u\n", c.set[i].option, c.set[i].value, c.path, c.set[i].line);
  cli_config_free(&c);
  return EXIT_OK;
}

const cli_command cmd_config = {
    "config", "[PLAN] --show [OPTIONS]", "show the settings check takes from .plangraph.yml",
    "Finds the configuration file as check does (--config, else $PLANGRAPH_CONFIG,\n"
    "else the first .plangraph.yml from PLAN's folder, or the current folder, up\n"
    "to the repository root) and prints each setting with the file and line that\n"
    "set it, or its default. Options given to check on the command line override\n"
    "these; --param and --queries add to the file's.",
    options, 0, 1, run};
