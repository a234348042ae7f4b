/* plangraph query: an ad-hoc query on one plan, printed as rows. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static const char *const formats[] = {"table", "json", "csv", NULL};
/* -f is --format in every command; --file has -F (before 0.x, -f). */
static const cli_option opt_file = {"file", 'F', "FILE",
                                "read the query from FILE ('-' for standard input)", CLI_TEXT,
                                NULL},
    format_option = CLI_FORMAT(formats, "table (default), json or csv");
static const cli_option *const options[] = {&opt_file, &format_option, &cli_opt_timeout,
                                            &cli_opt_tf_graph, NULL};

/* A CSV cell: control characters shown as escapes, and a cell that a
 * spreadsheet would run as a formula (=, +, -, @) prefixed with ' as
 * OWASP recommends. */
static void csv_cell(const char *raw) {
  char *s = pg_text_visible(raw, strlen(raw), 0);
  if (!s) return;
  const char *lead = strchr("=+-@", s[0]) && s[0] ? "'" : "";
  if (!strpbrk(s, ",\"")) {
    printf("%s%s", lead, s);
    free(s);
    return;
  }
  printf("\"%s", lead);
  for (const char *c = s; *c; c++) {
    if (*c == '"') putchar('"');
    putchar(*c);
  }
  putchar('"');
  free(s);
}

/* A table cell with control characters shown as escapes. */
static void table_cell(const char *raw, int width, const char *sep) {
  char *s = pg_text_visible(raw, strlen(raw), 0);
  printf("%-*s%s", width, s ? s : "", sep);
  free(s);
}

static void print_table(const pg_table *t) {
  size_t cols = pg_table_columns(t), rows = pg_table_rows(t);
  size_t *width = calloc(cols ? cols : 1, sizeof *width);
  if (!width) return;
  for (size_t c = 0; c < cols; c++) {
    width[c] = strlen(pg_table_column(t, c));
    for (size_t r = 0; r < rows; r++) {
      size_t w = strlen(pg_table_text(t, r, c));
      if (w > width[c]) width[c] = w < 80 ? w : 80;
    }
  }
  for (size_t c = 0; c < cols; c++)
    printf("%-*s%s", c + 1 < cols ? (int)width[c] : 0, pg_table_column(t, c),
           c + 1 < cols ? "  " : "\n");
  for (size_t r = 0; r < rows; r++)
    for (size_t c = 0; c < cols; c++)
      table_cell(pg_table_text(t, r, c), c + 1 < cols ? (int)width[c] : 0,
                 c + 1 < cols ? "  " : "\n");
  printf("(%zu row%s)\n", rows, rows == 1 ? "" : "s");
  free(width);
}

static void print_json(const pg_table *t) {
  size_t cols = pg_table_columns(t), rows = pg_table_rows(t);
  fputs("[", stdout);
  for (size_t r = 0; r < rows; r++) {
    fputs(r ? ",\n  {" : "\n  {", stdout);
    for (size_t c = 0; c < cols; c++) {
      if (c) fputs(", ", stdout);
      /* Column names are expression text: let jansson quote them. */
      json_t *name = json_string(pg_table_column(t, c));
      char *key = name ? json_dumps(name, JSON_ENCODE_ANY) : NULL;
      printf("%s: %s", key ? key : "\"?\"", pg_table_json(t, r, c));
      free(key);
      json_decref(name);
    }
    fputs("}", stdout);
  }
  fputs(rows ? "\n]\n" : "]\n", stdout);
}

static void print_csv(const pg_table *t) {
  size_t cols = pg_table_columns(t), rows = pg_table_rows(t);
  for (size_t c = 0; c < cols; c++) {
    csv_cell(pg_table_column(t, c));
    putchar(c + 1 < cols ? ',' : '\n');
  }
  for (size_t r = 0; r < rows; r++)
    for (size_t c = 0; c < cols; c++) {
      csv_cell(pg_table_text(t, r, c));
      putchar(c + 1 < cols ? ',' : '\n');
    }
}

static int run(const cli_args *a) {
  const char *file = cli_opt(a, "file"), *format = cli_opt(a, "format");
  if (!format) format = "table";
  if (!file && a->npos < 2)
    return cli_usage_error(&cmd_query, "give a query as an argument or with --file FILE");
  if (file && a->npos == 2)
    return cli_usage_error(&cmd_query,
                           "give a query as an argument or with --file FILE, not both");
  double timeout = 0; /* checked by the option table */
  cli_seconds(cli_opt(a, "timeout"), &timeout);
  size_t len = 0;
  char *text = NULL;
  if (file) {
    pg_diags *d = NULL;
    pg_read_options ro = {PG_MAX_QUERY_BYTES, cli_input_wait(), PG_LIMIT_QUERY_BYTES,
                          "a query file"};
    if (pg_diags_new(&d) != PG_OK) {
      cli_say_out_of_memory(NULL);
      return EXIT_BAD;
    }
    int rc = pg_read_file(&text, &len, file, &ro, d);
    cli_print_diags(d);
    pg_diags_free(d);
    if (rc != PG_OK) return EXIT_BAD;
  } else if ((text = strdup(a->pos[1])) != NULL) {
    len = strlen(text);
  } else {
    return EXIT_BAD;
  }
  pg_graph *g = NULL;
  int rc = cli_load(a->pos[0], cli_opt(a, "tf-graph"), &g);
  pg_table *t = NULL;
  if (rc == EXIT_OK) {
    pg_diags *d = NULL;
    pg_check_options opts = {0, timeout, 0};
    cli_check_limits(&opts);
    if (pg_diags_new(&d) != PG_OK ||
        pg_query_run(g, file ? file : "<query>", text, len, &opts, &t, d) != PG_OK)
      rc = EXIT_BAD;
    cli_print_diags(d);
    pg_diags_free(d);
  }
  if (rc == EXIT_OK) {
    if (strcmp(format, "json") == 0) print_json(t);
    else if (strcmp(format, "csv") == 0) print_csv(t);
    else print_table(t);
  }
  pg_table_free(t);
  pg_graph_free(g);
  free(text);
  return rc;
}

const cli_command cmd_query = {
    "query", "PLAN ['QUERY' | --file FILE] [--format table|json|csv]",
    "run an ad-hoc query and print rows",
    "QUERY is `match PATTERNS [where COND] return EXPR [as NAME], ...` (one row\n"
    "per distinct match), or one or more `check` blocks (one row per subject:\n"
    "subject, outcome, message). See docs/query-language.md. Example:\n"
    "  plangraph query plan.json 'match (lb: aws_lb) -[link subnets]-> (s: aws_subnet)\n"
    "    return lb, s, region(s)'",
    options, 1, 2, run};
