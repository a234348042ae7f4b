/* plangraph lint: parses and checks query files without reading a plan. */
#include "cli/cli.h"

static const cli_option *const options[] = {NULL};

static int run(const cli_args *a) {
  int bad = 0;
  for (size_t i = 0; i < a->npos; i++) {
    pg_query_set *set = NULL;
    pg_diags *d = NULL;
    if (pg_query_set_new(&set) != PG_OK || pg_diags_new(&d) != PG_OK) {
      pg_query_set_free(set);
      return EXIT_BAD;
    }
    pg_query_set_input_wait(set, cli_input_wait());
    int rc = pg_query_set_add_path(set, a->pos[i], d);
    cli_print_diags(d);
    if (rc != PG_OK) bad = 1;
    else
      for (size_t q = 0; q < pg_query_set_count(set); q++) {
        pg_query_info info;
        pg_query_set_info(set, q, &info);
        printf("%s: ok (%s)\n", info.file, info.id);
      }
    pg_diags_free(d);
    pg_query_set_free(set);
  }
  return bad ? EXIT_BAD : EXIT_OK;
}

const cli_command cmd_lint = {
    "lint", "FILE|FOLDER...", "check query files without reading a plan",
    "Parses and checks each .pgq file (every *.pgq of a folder): syntax, unknown\n"
    "names and functions, argument counts, type errors and regular expressions,\n"
    "each reported as file:line:column with the source line. Exit 2 when any\n"
    "file has an error.",
    options, 1, CLI_MAX_VALUES, run};
