/* Where a plan's Terraform sources are, for findings on the .tf line: the
 * directory given with --tf-dir, or by default the plan file's own
 * directory when it holds Terraform files (terraform plan is usually run
 * there, and the plan written beside the code), or for a plan on standard
 * input the working directory when it holds them. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

/* 1 when dir holds .tf or .tf.json files, 0 when not (or it cannot be
 * read), -1 when memory ran out looking. */
static int has_tf_files(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return errno == ENOMEM ? -1 : 0;
  int found = 0;
  struct dirent *e;
  errno = 0;
  while (!found && (e = readdir(d))) {
    size_t n = strlen(e->d_name);
    found = (n > 3 && strcmp(e->d_name + n - 3, ".tf") == 0) ||
            (n > 8 && strcmp(e->d_name + n - 8, ".tf.json") == 0);
  }
  closedir(d);
  return found;
}

const char *cli_source_dir(const char *plan, const char *tf_dir, char *buf, size_t cap,
                           int *nomem) {
  *nomem = 0;
  if (tf_dir) return tf_dir;
  if (!plan) return NULL;
  if (strcmp(plan, "-") == 0) {
    /* A plan piped in (terraform show -json tfplan | plangraph check -)
     * is made where the command runs: the working directory. */
    int here = has_tf_files(".");
    *nomem = here < 0;
    snprintf(buf, cap, ".");
    return here > 0 ? buf : NULL;
  }
  const char *slash = strrchr(plan, '/');
  if (!slash) snprintf(buf, cap, ".");
  else if (slash == plan) snprintf(buf, cap, "/");
  else snprintf(buf, cap, "%.*s", (int)(slash - plan), plan);
  int found = has_tf_files(buf);
  *nomem = found < 0;
  return found > 0 ? buf : NULL;
}

const char *cli_repo_root(const char *plan, const char *repo_root, char *buf, size_t cap) {
  if (repo_root) return repo_root;
  char dir[4096], real[PATH_MAX];
  const char *slash = strcmp(plan, "-") == 0 ? NULL : strrchr(plan, '/');
  if (!slash) snprintf(dir, sizeof dir, ".");
  else snprintf(dir, sizeof dir, "%.*s", slash == plan ? 1 : (int)(slash - plan), plan);
  /* The caller's buffer: realpath(dir, NULL) mallocs its answer, and out
   * of memory there would silently make every CI path relative to ".". */
  int ok = realpath(dir, real) != NULL;
  if (!ok && errno == ENOMEM) return NULL;
  snprintf(buf, cap, "%s", ok ? real : ".");
  /* Upward to the folder that holds .git (a folder, or a file in a
   * worktree or submodule). */
  for (size_t n = strlen(buf); n > 0; n = strlen(buf)) {
    char probe[4200];
    struct stat st;
    snprintf(probe, sizeof probe, "%s/.git", strcmp(buf, "/") == 0 ? "" : buf);
    if (stat(probe, &st) == 0) return buf;
    char *up = strrchr(buf, '/');
    if (!up || n == 1) break;
    if (up == buf) up[1] = '\0';
    else *up = '\0';
  }
  snprintf(buf, cap, ".");
  return buf;
}
