/* Loading: read the plan bytes (file, standard input, or a binary plan file
 * converted by terraform), then run the build stages in order. */
#include "graph_impl.h"

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

/* Reads all of fd into a malloc'd buffer, refusing more than max bytes;
 * hint (a regular file's size, or 0) sizes the buffer up front. */
static int read_all(int fd, uint64_t max, size_t hint, char **out, size_t *len) {
  size_t cap = hint && hint <= max ? hint + 1 : 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  if (!buf) return PG_ERR_NOMEM;
  for (;;) {
    if (n == cap) {
      char *nb = realloc(buf, cap * 2 + 1);
      if (!nb) {
        free(buf);
        return PG_ERR_NOMEM;
      }
      buf = nb;
      cap *= 2;
    }
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0) {
      if (errno == EINTR) continue;
      free(buf);
      return PG_ERR_IO;
    }
    if (r == 0) break;
    n += (size_t)r;
    if ((uint64_t)n > max) {
      free(buf);
      return PG_ERR_LIMIT;
    }
  }
  buf[n] = '\0';
  *out = buf;
  *len = n;
  return PG_OK;
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
  int rc = read_all(fds[0], max, 0, out, len);
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
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  int fd = 0;
  size_t hint = 0;
  if (strcmp(path, "-") != 0) {
    struct stat st;
    if (stat(path, &st) < 0) {
      pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "cannot open: %s",
                   strerror(errno));
      return PG_ERR_IO;
    }
    if (S_ISDIR(st.st_mode)) {
      pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                   "is a directory; expected the JSON file that "
                   "`terraform show -json PLANFILE` writes");
      return PG_ERR_IO;
    }
    if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > max) {
      pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                   "is %llu bytes, over the input limit of %llu bytes",
                   (unsigned long long)st.st_size, (unsigned long long)max);
      return PG_ERR_LIMIT;
    }
    if (S_ISREG(st.st_mode)) hint = (size_t)st.st_size;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "cannot open: %s",
                   strerror(errno));
      return PG_ERR_IO;
    }
  }
  char *text = NULL;
  size_t len = 0;
  int rc = read_all(fd, max, hint, &text, &len);
  if (fd != 0) close(fd);
  if (rc == PG_ERR_LIMIT) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                 "input is over the limit of %llu bytes", (unsigned long long)max);
    return rc;
  }
  if (rc != PG_OK) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "cannot read: %s",
                 rc == PG_ERR_NOMEM ? "out of memory" : strerror(errno));
    return rc;
  }
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
  if (rc == PG_OK && opts && opts->tf_graph_path)
    rc = tfgraph_apply(&b, opts->tf_graph_path);
  if (rc == PG_OK) rc = g_finish(&b);
  if (rc != PG_OK) {
    if (rc == PG_ERR_NOMEM)
      pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "out of memory");
    pg_graph_free(g);
    return rc;
  }
  *out = g;
  return PG_OK;
}
