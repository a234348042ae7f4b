/* Loading: read the plan bytes (file, standard input, or a binary plan file
 * converted by terraform), then run the build stages in order. */
#include "graph/graph_impl.h"
#include "base/input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* igraph aborts on error by default; the library must never abort. */
static void igraph_quiet_handler(const char *reason, const char *file, int line,
                                 igraph_error_t err) {
  (void)reason; (void)file; (void)line; (void)err;
  IGRAPH_FINALLY_FREE();
}

static void igraph_quiet_warning(const char *reason, const char *file, int line) {
  (void)reason; (void)file; (void)line;
}

static void igraph_setup(void) {
  static int done;
  if (done) return;
  done = 1;
  igraph_set_error_handler(igraph_quiet_handler);
  igraph_set_warning_handler(igraph_quiet_warning);
}

static int on_path(const char *prog) {
  const char *path = getenv("PATH");
  if (!path) return 0;
  char full[4096];
  while (*path) {
    const char *colon = strchr(path, ':');
    size_t n = colon ? (size_t)(colon - path) : strlen(path);
    if (n && n + strlen(prog) + 2 < sizeof full) {
      memcpy(full, path, n);
      full[n] = '/';
      strcpy(full + n + 1, prog);
      if (access(full, X_OK) == 0) return 1;
    }
    path += n + (colon ? 1 : 0);
  }
  return 0;
}

/* Runs `terraform show -json path` and captures what it prints. */
static int terraform_show(const char *path, uint64_t max, char **out, size_t *len) {
  int fds[2];
  if (pipe(fds) < 0) return PG_ERR_IO;
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return PG_ERR_IO;
  }
  if (pid == 0) {
    dup2(fds[1], 1);
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, 2);
    close(fds[0]);
    close(fds[1]);
    execlp("terraform", "terraform", "show", "-json", "-no-color", path, (char *)NULL);
    _exit(127);
  }
  close(fds[1]);
  int rc = input_read_fd(fds[0], max, 0, -1, out, len);
  close(fds[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (rc == PG_OK && (!WIFEXITED(status) || WEXITSTATUS(status) != 0)) {
    free(*out);
    *out = NULL;
    rc = PG_ERR_IO;
  }
  return rc;
}

static int is_zip(const char *buf, size_t len) {
  return len >= 4 && memcmp(buf, "PK\x03\x04", 4) == 0;
}

static int load_owned(pg_graph **out, const char *name, char *text, size_t len,
                      const pg_load_options *opts, pg_diags *diags);

int pg_graph_load(pg_graph **out, const char *path, const pg_load_options *opts,
                  pg_diags *diags) {
  *out = NULL;
  uint64_t max = opts && opts->max_input_bytes ? opts->max_input_bytes
                                               : PG_DEFAULT_MAX_INPUT;
  double wait = opts && opts->input_wait_seconds > 0 ? opts->input_wait_seconds
                                                     : PG_DEFAULT_INPUT_WAIT;
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  static const pg_limit which = PG_LIMIT_INPUT_BYTES;
  input_limits lim = {max, &which, wait,
                      "the JSON file that `terraform show -json PLANFILE` writes"};
  char *text = NULL;
  size_t len = 0;
  int rc = input_read(path, name, &lim, &text, &len, diags);
  if (rc != PG_OK) return rc;
  if (is_zip(text, len)) {
    free(text);
    text = NULL;
    if (strcmp(path, "-") == 0 || !on_path("terraform")) {
      pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                   "is a binary plan file; plangraph reads its JSON form: run "
                   "`terraform show -json %s > plan.json` in the directory "
                   "that made it, then pass plan.json",
                   strcmp(path, "-") == 0 ? "PLANFILE" : path);
      return PG_ERR_NOT_PLAN;
    }
    rc = terraform_show(path, max, &text, &len);
    if (rc != PG_OK) {
      pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                   "is a binary plan file and `terraform show -json` failed on "
                   "it; run it in the directory that made the plan (after "
                   "`terraform init`) and pass its output");
      return rc;
    }
  }
  return load_owned(out, name, text, len, opts, diags);
}

int pg_graph_load_buffer(pg_graph **out, const char *name, const char *data,
                         size_t len, const pg_load_options *opts,
                         pg_diags *diags) {
  *out = NULL;
  char *text = malloc(len + 1);
  if (!text) return PG_ERR_NOMEM;
  if (len) memcpy(text, data, len);
  text[len] = '\0';
  return load_owned(out, name ? name : "<buffer>", text, len, opts, diags);
}

static int load_owned(pg_graph **out, const char *name, char *text, size_t len,
                      const pg_load_options *opts, pg_diags *diags) {
  igraph_setup();
  pg_graph *g = calloc(1, sizeof *g);
  if (!g) {
    free(text);
    return PG_ERR_NOMEM;
  }
  arena_init(&g->arena);
  g->text = text;
  g->text_len = len;
  g->max_nodes = opts && opts->max_nodes ? opts->max_nodes : PG_DEFAULT_MAX_NODES;
  int rc = strtab_init(&g->strs, &g->arena) == 0 ? PG_OK : PG_ERR_NOMEM;
  if (rc == PG_OK) {
    g->source = g_intern_cstr(g, name);
    g->str_unknown = g_intern_cstr(g, "unknown");
    if (!g->source || !g->str_unknown) rc = PG_ERR_NOMEM;
  }
  build b = {g, diags};
  if (rc == PG_OK) rc = plan_read_sections(&b);
  if (rc == PG_OK) rc = config_load(&b);
  if (rc == PG_OK) rc = nodes_build(&b);
  if (rc == PG_OK) rc = regions_resolve(&b);
  if (rc == PG_OK) rc = refs_resolve(&b);
  if (rc == PG_OK) rc = values_link(&b);
  if (rc == PG_OK) rc = secrets_collect(&b);
  if (rc == PG_OK && opts && opts->tf_graph_path)
    rc = tfgraph_apply(&b, opts->tf_graph_path);
  if (rc == PG_OK) rc = g_finish(&b);
  if (rc != PG_OK && g->over_node_limit) {
    rc = PG_ERR_LIMIT;
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                 "has more than %llu graph nodes, the limit",
                 (unsigned long long)g->max_nodes);
    pg_diags_set_limit(diags, PG_LIMIT_NODES);
  } else if (rc == PG_ERR_NOMEM) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "out of memory");
  }
  if (rc != PG_OK) {
    pg_graph_free(g);
    return rc;
  }
  *out = g;
  return PG_OK;
}
