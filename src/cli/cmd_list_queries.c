/* plangraph list-queries: the queries in use, with their parameters. */
#include "cli/cli.h"

static const cli_option *const options[] = {&cli_opt_queries, &cli_opt_no_builtin, NULL};

static int run(const cli_args *a) {
  pg_query_set *set = NULL;
  int rc = cli_query_set(a, &set);
  if (rc != EXIT_OK) return rc;
  for (size_t i = 0; i < pg_query_set_count(set); i++) {
    pg_query_info q;
    pg_query_set_info(set, i, &q);
    printf("%-32s %-8s %s\n", q.id, q.severity, q.title);
    for (size_t j = 0; j < q.n_params; j++) {
      pg_param_info p;
      pg_query_set_param_info(set, i, j, &p);
      printf("%-32s %-8s   param %s: %s%s%s\n", "", "", p.name, p.type,
             p.default_text ? " = " : "", p.default_text ? p.default_text : "");
    }
  }
  pg_query_set_free(set);
  return EXIT_OK;
}

const cli_command cmd_list_queries = {
    "list-queries", "[--queries PATH]...", "list the queries in use",
    "Prints the id, severity and title of every query that `check` would run,\n"
    "and the parameters each declares with their defaults.",
    options, 0, 0, run};
