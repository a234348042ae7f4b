/* Loading a plan on a thread of its own while the command does other work:
 * check reads and compiles its queries (about 5 ms for the built-in ones,
 * 5% of stats on a 9 MB plan) while its first plan loads, when it has two
 * cores or more. The load
 * prints nothing on its thread; its diagnostics are printed when the
 * command takes the graph, so output keeps the order it has without the
 * thread. The library keeps no state between calls, so the load and the
 * compile share nothing. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

struct cli_load_ahead {
  pthread_t thread;
  const char *path, *tf_graph; /* the command line's (not owned) */
  char *source_dir;            /* owned, or NULL */
  pg_graph *graph;             /* the result, until taken */
  pg_diags *diags;             /* its diagnostics, until taken */
  int status;                  /* cli_load_quiet's */
};

static void *load(void *arg) {
  cli_load_ahead *la = arg;
  la->status = cli_load_quiet(la->path, la->tf_graph, la->source_dir, &la->graph, la->diags);
  return NULL;
}

static void release(cli_load_ahead *la) {
  pg_graph_free(la->graph);
  pg_diags_free(la->diags);
  free(la->source_dir);
  free(la);
}

cli_load_ahead *cli_load_ahead_start(const char *path, const char *tf_graph,
                                     const char *source_dir) {
  cli_load_ahead *la = calloc(1, sizeof *la);
  if (!la) return NULL;
  la->path = path;
  la->tf_graph = tf_graph;
  la->source_dir = source_dir ? strdup(source_dir) : NULL;
  if ((source_dir && !la->source_dir) || pg_diags_new(&la->diags) != PG_OK ||
      pthread_create(&la->thread, NULL, load, la) != 0) {
    release(la);
    return NULL;
  }
  return la;
}

int cli_load_ahead_finish(cli_load_ahead *la, pg_graph **out, pg_diags **diags) {
  pthread_join(la->thread, NULL);
  *out = la->graph;
  *diags = la->diags;
  la->graph = NULL;
  la->diags = NULL;
  int rc = cli_load_settle(la->status, la->path, la->tf_graph, out, *diags);
  release(la);
  return rc;
}

void cli_load_ahead_drop(cli_load_ahead *la) {
  if (!la) return;
  pthread_join(la->thread, NULL);
  release(la);
}
