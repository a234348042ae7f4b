/* plangraph list-functions: the query language's built-in functions, with
 * their signatures and descriptions, as text or as the Markdown table that
 * docs/query-language.md holds (a test keeps the two equal). */
#include <string.h>

#include "cli/cli.h"

static const char *const formats[] = {"text", "markdown", NULL};
static const cli_option format_option = CLI_FORMAT(formats, "text (default) or markdown");
static const cli_option *const options[] = {&format_option, NULL};

/* A table cell: '|' would end the cell, so it is escaped. */
static void markdown_cell(const char *s) {
  for (; *s; s++) {
    if (*s == '|') putchar('\\');
    putchar(*s);
  }
}

static int run(const cli_args *a) {
  const char *format = cli_opt(a, "format");
  int markdown = format && strcmp(format, "markdown") == 0;
  if (markdown) fputs("| function | description |\n|---|---|\n", stdout);
  for (size_t i = 0; i < pg_function_count(); i++) {
    pg_function_info f;
    pg_function_get(i, &f);
    if (!markdown) {
      printf("%-40s %s\n", f.signature, f.doc);
      continue;
    }
    fputs("| `", stdout);
    markdown_cell(f.signature);
    fputs("` | ", stdout);
    markdown_cell(f.doc);
    fputs(" |\n", stdout);
  }
  return EXIT_OK;
}

const cli_command cmd_list_functions = {
    "list-functions", "[--format FORMAT]", "list the query language's built-in functions",
    "Prints the signature and a one-line description of every built-in function\n"
    "of the query language; --format markdown prints the table that\n"
    "docs/query-language.md holds.",
    options, 0, 0, run};
