/* Shared CLI helpers: printing diagnostics, loading a plan, finding a node
 * by address with suggestions. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "plangraph/guard.h"

/* How this program's user meets what a diagnostic is about: the library's
 * message names no option or variable, so its head and tail are reworded
 * here. A row applies when the diagnostic's limit or argument matches and
 * its message starts with `head` and ends with `tail`. */
static const struct wording {
  pg_limit limit;
  pg_arg arg;
  const char *head, *cli_head;  /* replaced prefix */
  const char *tail, *cli_tail;  /* replaced suffix */
} wordings[] = {
    {PG_LIMIT_INPUT_BYTES, PG_ARG_NONE, "", "", "", " (PLANGRAPH_MAX_INPUT)"},
    {PG_LIMIT_NODES, PG_ARG_NONE, "", "", "", " (PLANGRAPH_MAX_NODES)"},
    {PG_LIMIT_STEPS, PG_ARG_NONE, "", "", "", " (PLANGRAPH_MAX_STEPS)"},
    {PG_LIMIT_INPUT_WAIT, PG_ARG_NONE, "", "", ")", "; PLANGRAPH_INPUT_WAIT sets the wait)"},
    {PG_LIMIT_TIMEOUT, PG_ARG_NONE, "", "", "the time limit", "--timeout"},
    {PG_LIMIT_NONE, PG_ARG_PARAM_VALUE, "parameter ", "--param ", "", ""},
    {PG_LIMIT_NONE, PG_ARG_PARAM_UNKNOWN, "parameter ", "--param ", "",
     " (see plangraph list-queries)"},
    {PG_LIMIT_NONE, PG_ARG_ONLY_UNKNOWN, "", "--only: ", "", " (see plangraph list-queries)"},
    {PG_LIMIT_NONE, PG_ARG_SKIP_UNKNOWN, "", "--skip: ", "", " (see plangraph list-queries)"},
};

static int worded_already(const char *m, size_t n, const struct wording *w) {
  size_t tn = strlen(w->cli_tail);
  return strncmp(m, w->cli_head, strlen(w->cli_head)) == 0 && n >= tn &&
         strcmp(m + n - tn, w->cli_tail) == 0;
}

/* The message as this program words it: malloc'd, or NULL when no row
 * applies, it reads so already, or out of memory. */
static char *reword(const pg_diag *d) {
  for (size_t i = 0; i < sizeof wordings / sizeof *wordings; i++) {
    const struct wording *w = &wordings[i];
    if (w->limit != d->limit || w->arg != d->arg) continue;
    const char *m = d->message;
    size_t n = strlen(m), hn = strlen(w->head), tn = strlen(w->tail);
    if (worded_already(m, n, w)) return NULL;
    if (n < hn + tn || strncmp(m, w->head, hn) != 0 || strcmp(m + n - tn, w->tail) != 0)
      continue;
    size_t cap = strlen(w->cli_head) + n + strlen(w->cli_tail) + 1;
    char *s = malloc(cap);
    if (s) snprintf(s, cap, "%s%.*s%s", w->cli_head, (int)(n - hn - tn), m + hn, w->cli_tail);
    return s;
  }
  return NULL;
}

void cli_show(const char *fmt, ...) {
  va_list ap, again;
  va_start(ap, fmt);
  va_copy(again, ap);
  char small[512];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  char *text = n >= 0 && (size_t)n >= sizeof small ? malloc((size_t)n + 1) : NULL;
  if (text) vsnprintf(text, (size_t)n + 1, fmt, again);
  va_end(again);
  va_end(ap);
  if (n >= 0 && (text || (size_t)n < sizeof small))
    pg_text_write_visible(stdout, text ? text : small, (size_t)n, 0);
  else if (n >= 0)
    fputs("(out of memory)", stdout);
  putchar('\n');
  free(text);
}

void cli_print_diags(const pg_diags *d) {
  for (size_t i = 0; i < pg_diags_count(d); i++) {
    pg_diag worded = *pg_diags_get(d, i);
    char *message = reword(&worded);
    if (message) worded.message = message;
    char *s = pg_diag_format(&worded);
    if (s) fprintf(stderr, "%s\n", s);
    free(s);
    free(message);
  }
}

void cli_say_out_of_memory(const char *doing) {
  fprintf(stderr, "plangraph: error: out of memory%s%s\n", doing ? " " : "", doing ? doing : "");
}

void cli_print_diags_rc(const pg_diags *d, int status, const char *doing) {
  int said = 0;
  for (size_t i = 0; d && i < pg_diags_count(d); i++) {
    const pg_diag *x = pg_diags_get(d, i);
    said |= x->message && strstr(x->message, "out of memory") != NULL;
  }
  if (d) cli_print_diags(d);
  if (status == PG_ERR_NOMEM && !said) cli_say_out_of_memory(doing);
}

/* With the sources in the plan's folder, as check reads them by default:
 * a provider's region expression there decides regions for every command
 * alike. */
int cli_load(const char *path, const char *tf_graph, pg_graph **out) {
  char dir[4096];
  int nomem;
  const char *source_dir = cli_source_dir(path, NULL, dir, sizeof dir, &nomem);
  if (nomem) {
    cli_say_out_of_memory("loading the plan");
    return EXIT_BAD;
  }
  return cli_load_at(path, tf_graph, source_dir, out);
}

int cli_load_quiet(const char *path, const char *tf_graph, const char *source_dir,
                   pg_graph **out, pg_diags *d) {
  pg_load_options opts = {.tf_graph_path = tf_graph, .convert = cli_convert_plan,
                          .source_dir = source_dir};
  /* (cli_load_limits has said what is wrong with a limit's variable.) */
  if (cli_load_limits(&opts) != EXIT_OK) return CLI_LOAD_REFUSED;
  return pg_graph_load(out, path, &opts, d);
}

int cli_load_into(const char *path, const char *tf_graph, const char *source_dir,
                  pg_graph **out, pg_diags *d) {
  return cli_load_settle(cli_load_quiet(path, tf_graph, source_dir, out, d), path, tf_graph,
                         out, d);
}

int cli_load_settle(int rc, const char *path, const char *tf_graph, pg_graph **out,
                    pg_diags *d) {
  if (rc == CLI_LOAD_REFUSED) return EXIT_BAD;
  cli_print_diags_rc(d, rc, "loading the plan");
  cli_note_input(path);
  cli_note_input(tf_graph);
  if (rc == PG_OK && cli_guard_graph(*out) != EXIT_OK) {
    pg_graph_free(*out);
    *out = NULL;
    return EXIT_BAD;
  }
  return rc == PG_OK ? EXIT_OK : EXIT_BAD;
}

int cli_load_at(const char *path, const char *tf_graph, const char *source_dir,
                pg_graph **out) {
  pg_diags *d = NULL;
  if (pg_diags_new(&d) != PG_OK) {
    cli_say_out_of_memory("loading the plan");
    return EXIT_BAD;
  }
  int rc = cli_load_into(path, tf_graph, source_dir, out, d);
  pg_diags_free(d);
  return rc;
}

pg_node_id cli_find_node(const pg_graph *g, const char *address) {
  pg_node_id id = pg_graph_find(g, address);
  if (id >= 0) return id;
  fprintf(stderr, "plangraph: %s: no node at address %s\n", pg_graph_source(g), address);
  pg_node_id first = pg_graph_first_of_config(g, address);
  if (first >= 0) {
    fprintf(stderr, "  it has instances:");
    int shown = 0;
    for (pg_node_id i = first; i >= 0 && shown < 10; i = pg_graph_next_of_config(g, i), shown++) {
      pg_node_info n;
      pg_graph_node(g, i, &n);
      fprintf(stderr, " %s", n.address);
    }
    fputc('\n', stderr);
  }
  return -1;
}
