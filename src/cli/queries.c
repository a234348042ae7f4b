/* The query set of a command: built-ins, the project folder, --queries. */
#include <stdio.h>
#include <dirent.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"

#define PROJECT_QUERIES ".plangraph/queries"

/* A query file, or each file of a folder of them, is an input that no
 * report may replace. */
static void note_queries(const char *path) {
  cli_note_input(path);
  DIR *dir = opendir(path);
  if (!dir) return;
  struct dirent *e;
  char buf[4096];
  while ((e = readdir(dir)) != NULL) {
    snprintf(buf, sizeof buf, "%s/%s", path, e->d_name);
    cli_note_input(buf);
  }
  closedir(dir);
}

int cli_query_set(const cli_args *a, pg_query_set **out) {
  pg_query_set *set = NULL;
  pg_diags *d = NULL;
  if (pg_query_set_new(&set) != PG_OK || pg_diags_new(&d) != PG_OK) {
    pg_query_set_free(set);
    pg_diags_free(d);
    cli_print_diags_rc(NULL, PG_ERR_NOMEM, "reading the queries");
    return EXIT_BAD;
  }
  pg_query_set_input_wait(set, cli_input_wait());
  int rc = PG_OK;
  if (!cli_flag(a, "no-builtin")) rc = pg_query_set_add_builtin(set, d);
  struct stat st;
  if (rc == PG_OK && stat(PROJECT_QUERIES, &st) == 0 && S_ISDIR(st.st_mode))
    rc = pg_query_set_add_path(set, PROJECT_QUERIES, d);
  if (rc == PG_OK) note_queries(PROJECT_QUERIES);
  const char *path;
  for (size_t i = 0; rc == PG_OK && (path = cli_opt_nth(a, "queries", i)); i++) {
    rc = pg_query_set_add_path(set, path, d);
    note_queries(path);
  }
  cli_print_diags_rc(d, rc, "reading the queries");
  pg_diags_free(d);
  if (rc != PG_OK) {
    pg_query_set_free(set);
    return EXIT_BAD;
  }
  *out = set;
  return EXIT_OK;
}
