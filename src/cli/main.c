/* plangraph: the command-line entry point. Dispatches to a command from the
 * table below; `plangraph help` and `--help` are made from the same table. */
#include <malloc.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/generate.h"

static const cli_command *const commands[] = {
    &cmd_check, &cmd_config, &cmd_query, &cmd_list_queries, &cmd_list_functions,
    &cmd_lint, &cmd_stats, &cmd_graph, &cmd_explain, &cmd_path,
    &cmd_generate, NULL};
const cli_command *const *const cli_commands = commands; /* cli/generate.h */

static void main_help(FILE *out) {
  fputs("usage: plangraph COMMAND [ARGS...]\n\n"
        "Reads the JSON plan that `terraform show -json PLANFILE` writes, builds a\n"
        "typed dependency graph of providers, regions, modules and resources, and\n"
        "answers questions about it.\n\ncommands:\n", out);
  for (size_t i = 0; commands[i]; i++)
    fprintf(out, "  %-15s %s\n", commands[i]->name, commands[i]->summary);
  fputs("\nPLAN is a plan JSON file, '-' for standard input, or a binary plan file\n"
        "(converted with `terraform show -json` when terraform is on PATH).\n\n"
        "Run `plangraph COMMAND --help` for a command's options.\n"
        "exit status: 0 success, 1 findings (or no path), 2 bad input or usage\n", out);
}

static int run_main(int argc, char **argv) {
  if (argc < 2) {
    main_help(stderr);
    return EXIT_BAD;
  }
  const char *name = argv[1];
  if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
    if (argc > 2) {
      for (size_t i = 0; commands[i]; i++)
        if (strcmp(commands[i]->name, argv[2]) == 0) {
          cli_command_help(commands[i], stdout);
          return EXIT_OK;
        }
    }
    main_help(stdout);
    return EXIT_OK;
  }
  if (strcmp(name, "--version") == 0 || strcmp(name, "version") == 0) {
    printf("plangraph %s\n", PG_VERSION);
    return EXIT_OK;
  }
  for (size_t i = 0; commands[i]; i++) {
    if (strcmp(commands[i]->name, name) != 0) continue;
    cli_args a;
    int rc = cli_parse(commands[i], argc - 2, argv + 2, &a);
    if (rc < 0) return EXIT_OK; /* --help */
    if (rc != EXIT_OK) return rc;
    if (cli_limits_valid() != EXIT_OK) return EXIT_BAD;
    return commands[i]->run(&a);
  }
  fprintf(stderr, "plangraph: unknown command '%s' (see plangraph --help)\n", name);
  return EXIT_BAD;
}

int main(int argc, char **argv) {
#ifdef M_MMAP_THRESHOLD
  /* Allocations of 128 KB and more (grown arrays: a report's subjects,
   * hash sets) always come from mmap and go back when freed. By default
   * glibc raises that threshold once such a block is freed, and later
   * ones land in the heap between small allocations and stay resident
   * after their query: check of a 50 MB plan peaks 2.2 MB higher without
   * this. (Arena blocks are mapped by the arena itself, whatever the
   * threshold: src/base/arena.c.) */
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
  cli_outputs_begin();
  return cli_outputs_finish(run_main(argc, argv));
}
