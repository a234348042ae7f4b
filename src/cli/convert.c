/* Converting a binary plan file: the library asks (pg_load_options.convert)
 * and the command answers by running `terraform show -json`, the one tool
 * that can read that format. The library itself never runs a program. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/cli.h"

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

/* Runs `terraform show -json path` with its output into fd (a temporary
 * file: terraform may take its time, and the output is read once whole).
 * Returns 0 when terraform ran and exited 0. */
static int terraform_show(const char *path, int fd) {
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    dup2(fd, 1);
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, 2);
    execlp("terraform", "terraform", "show", "-json", "-no-color", path, (char *)NULL);
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

/* Reads what terraform wrote; its own messages (the temporary file's name)
 * would mislead, so the caller words a failure. */
static int read_output(const char *tmp, uint64_t max, char **out, size_t *len) {
  pg_diags *quiet = NULL;
  if (pg_diags_new(&quiet) != PG_OK) return PG_ERR_NOMEM;
  pg_read_options ro = {max, 0, PG_LIMIT_INPUT_BYTES, NULL};
  int rc = pg_read_file(out, len, tmp, &ro, quiet);
  pg_diags_free(quiet);
  return rc;
}

int cli_convert_plan(const char *path, void *ctx, uint64_t max_bytes, char **out, size_t *len,
                     pg_diags *diags) {
  (void)ctx;
  *out = NULL;
  if (!on_path("terraform")) return PG_ERR_NOT_FOUND;
  const char *dir = getenv("TMPDIR");
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s/plangraph-show-XXXXXX", dir && *dir ? dir : "/tmp");
  int fd = mkstemp(tmp);
  int rc = fd < 0 ? PG_ERR_IO : PG_OK;
  if (rc == PG_OK && terraform_show(path, fd) != 0) rc = PG_ERR_IO;
  if (fd >= 0) close(fd);
  if (rc == PG_OK) rc = read_output(tmp, max_bytes, out, len);
  if (fd >= 0) unlink(tmp);
  if (rc != PG_OK)
    pg_diags_add(diags, PG_SEV_ERROR, path, 0, 0, NULL,
                 "is a binary plan file and `terraform show -json` failed on "
                 "it; run it in the directory that made the plan (after "
                 "`terraform init`) and pass its output");
  return rc;
}
