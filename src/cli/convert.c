/* Converting a binary plan file: the library asks (pg_load_options.convert)
 * and the command answers by running `terraform show -json`, the one tool
 * that can read that format. The library itself never runs a program.
 *
 * terraform is looked up on PATH by hand, in absolute entries only: an
 * empty or relative entry (PATH=":/usr/bin", "bin:...") would run a
 * `terraform` from the working directory, which in CI is the pull
 * request's checkout. It runs at most the input wait
 * (PLANGRAPH_INPUT_WAIT, 120 s by default), and its own error message is
 * kept for ours. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

/* terraform's message kept for ours, at most this long. */
#define MAX_TF_MESSAGE 600

/* Fills full with the first absolute PATH entry that holds an executable
 * regular file prog; 1 when found. */
static int find_on_path(const char *prog, char *full, size_t cap) {
  const char *path = getenv("PATH");
  if (!path) return 0;
  while (*path) {
    const char *colon = strchr(path, ':');
    size_t n = colon ? (size_t)(colon - path) : strlen(path);
    struct stat st;
    if (n && path[0] == '/' && n + strlen(prog) + 2 < cap) {
      memcpy(full, path, n);
      full[n] = '/';
      strcpy(full + n + 1, prog);
      if (stat(full, &st) == 0 && S_ISREG(st.st_mode) && access(full, X_OK) == 0) return 1;
    }
    path += n + (colon ? 1 : 0);
  }
  return 0;
}

/* A temporary file for terraform's output or messages; -1 on failure. */
static int temp_file(char *name, size_t cap) {
  const char *dir = getenv("TMPDIR");
  snprintf(name, cap, "%s/plangraph-show-XXXXXX", dir && *dir ? dir : "/tmp");
  return mkstemp(name);
}

/* How long terraform may run: the input wait. */
static double show_wait(void) {
  double w = cli_input_wait();
  return w > 0 ? w : PG_DEFAULT_INPUT_WAIT;
}

/* How `terraform show` ended. */
enum { SHOW_OK, SHOW_FAILED, SHOW_TIMEOUT, SHOW_NOT_RUN };

/* Waits for pid at most wait seconds, then kills it. */
static int wait_bounded(pid_t pid, double wait) {
  struct timespec tick = {0, 20 * 1000 * 1000};
  double waited = 0;
  int status = 0;
  for (;;) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) break;
    if (r < 0 && errno != EINTR) return SHOW_FAILED;
    if (waited >= wait) {
      kill(pid, SIGKILL);
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
      return SHOW_TIMEOUT;
    }
    nanosleep(&tick, NULL);
    waited += 0.02;
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? SHOW_OK : SHOW_FAILED;
}

/* Runs `terraform show -json path` with its output into out_fd and its
 * messages into err_fd (temporary files: the output is read once whole). */
static int terraform_show(const char *exe, const char *path, int out_fd, int err_fd) {
  pid_t pid = fork();
  if (pid < 0) return SHOW_NOT_RUN;
  if (pid == 0) {
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    execl(exe, "terraform", "show", "-json", "-no-color", path, (char *)NULL);
    _exit(127);
  }
  return wait_bounded(pid, show_wait());
}

/* Reads a temporary file; its own messages (the file's name) would
 * mislead, so the caller words a failure. */
static int read_temp(const char *tmp, uint64_t max, char **out, size_t *len) {
  pg_diags *quiet = NULL;
  if (pg_diags_new(&quiet) != PG_OK) return PG_ERR_NOMEM;
  pg_read_options ro = {max, 0, PG_LIMIT_INPUT_BYTES, NULL};
  int rc = pg_read_file(out, len, tmp, &ro, quiet);
  pg_diags_free(quiet);
  return rc;
}

/* terraform's messages as one line: whitespace runs become one space,
 * other control bytes '?', cut at MAX_TF_MESSAGE bytes. */
static void one_line(const char *in, size_t n, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n && o < MAX_TF_MESSAGE; i++) {
    unsigned char c = (unsigned char)in[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      if (o && out[o - 1] != ' ') out[o++] = ' ';
    } else {
      out[o++] = c < 0x20 || c == 0x7f ? '?' : (char)c;
    }
  }
  while (o && out[o - 1] == ' ') o--;
  out[o] = '\0';
}

static void report_failure(const char *path, int how, const char *err_tmp, pg_diags *diags) {
  char *msg = NULL;
  size_t n = 0;
  char said[MAX_TF_MESSAGE + 1] = "";
  if (err_tmp[0] && read_temp(err_tmp, 1 << 20, &msg, &n) == PG_OK) one_line(msg, n, said);
  free(msg);
  if (how == SHOW_TIMEOUT)
    pg_diags_add(diags, PG_SEV_ERROR, path, 0, 0, NULL,
                 "is a binary plan file and `terraform show -json` ran longer than %g s "
                 "(PLANGRAPH_INPUT_WAIT); it was stopped", show_wait());
  else
    pg_diags_add(diags, PG_SEV_ERROR, path, 0, 0, NULL,
                 "is a binary plan file and `terraform show -json` failed on it%s%s%s; "
                 "run it in the directory that made the plan (after `terraform init`) "
                 "and pass its output", said[0] ? " (terraform: \"" : "", said,
                 said[0] ? "\")" : "");
}

int cli_convert_plan(const char *path, void *ctx, uint64_t max_bytes, char **out, size_t *len,
                     pg_diags *diags) {
  (void)ctx;
  *out = NULL;
  char exe[PATH_MAX];
  if (!find_on_path("terraform", exe, sizeof exe)) return PG_ERR_NOT_FOUND;
  char out_tmp[PATH_MAX] = "", err_tmp[PATH_MAX] = "";
  int out_fd = temp_file(out_tmp, sizeof out_tmp);
  int err_fd = out_fd < 0 ? -1 : temp_file(err_tmp, sizeof err_tmp);
  int how = err_fd < 0 ? SHOW_NOT_RUN : terraform_show(exe, path, out_fd, err_fd);
  int rc = how == SHOW_OK ? PG_OK : PG_ERR_IO;
  if (out_fd >= 0) close(out_fd);
  if (err_fd >= 0) close(err_fd);
  if (rc == PG_OK) rc = read_temp(out_tmp, max_bytes, out, len);
  if (rc != PG_OK) report_failure(path, how, err_fd >= 0 ? err_tmp : "", diags);
  if (out_fd >= 0) unlink(out_tmp);
  if (err_fd >= 0) unlink(err_tmp);
  return rc;
}
