/* Where a plan's Terraform sources are, for findings on the .tf line: the
 * directory given with --tf-dir, or by default the plan file's own
 * directory when it holds Terraform files (terraform plan is usually run
 * there, and the plan written beside the code). */
#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

static int has_tf_files(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  int found = 0;
  struct dirent *e;
  while (!found && (e = readdir(d))) {
    size_t n = strlen(e->d_name);
    found = (n > 3 && strcmp(e->d_name + n - 3, ".tf") == 0) ||
            (n > 8 && strcmp(e->d_name + n - 8, ".tf.json") == 0);
  }
  closedir(d);
  return found;
}

const char *cli_source_dir(const char *plan, const char *tf_dir, char *buf, size_t cap) {
  if (tf_dir) return tf_dir;
  if (!plan || strcmp(plan, "-") == 0) return NULL;
  const char *slash = strrchr(plan, '/');
  if (!slash) snprintf(buf, cap, ".");
  else if (slash == plan) snprintf(buf, cap, "/");
  else snprintf(buf, cap, "%.*s", (int)(slash - plan), plan);
  return has_tf_files(buf) ? buf : NULL;
}
