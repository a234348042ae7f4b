/* Paths, URIs and fingerprints of findings for the CI formats (see
 * locations.h). A path is made relative to the repository root through
 * realpath, so "./x", "a/../x" and symbolic links all name one file. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "report/locations.h"
#include "base/alloc.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


char *loc_root_real(const char *root) {
  char *real = root ? realpath(root, NULL) : NULL;
  /* Not "no root": the writer's ending says out of memory. */
  if (root && !real && errno == ENOMEM) alloc_note_failure();
  return real;
}

static char *clean_copy(const char *file) {
  while (file[0] == '.' && file[1] == '/') file += 2;
  return strdup(file);
}

char *loc_repo_path(const char *root_real, const char *file) {
  char *real = root_real ? realpath(file, NULL) : NULL;
  if (root_real && !real && errno == ENOMEM) return NULL;
  size_t n = root_real ? strlen(root_real) : 0;
  if (real && strncmp(real, root_real, n) == 0 && (real[n] == '/' || n == 1)) {
    char *rel = strdup(real + (n == 1 ? 1 : n + 1));
    free(real);
    return rel;
  }
  free(real);
  return clean_copy(file);
}

char *loc_uri_encode(const char *path) {
  static const char hex[] = "0123456789ABCDEF";
  size_t n = strlen(path);
  char *out = malloc(3 * n + 1), *o = out;
  if (!out) return NULL;
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("-._~/", *p)) {
      *o++ = (char)*p;
    } else {
      *o++ = '%';
      *o++ = hex[*p >> 4];
      *o++ = hex[*p & 15];
    }
  }
  *o = '\0';
  return out;
}

int loc_of(const char *root_real, const pg_suite_result *s, const pg_subject_result *sub,
           char **path, unsigned *line) {
  const char *file = sub && sub->file ? sub->file : s->plan;
  *line = sub && sub->file ? sub->line : 1;
  *path = loc_repo_path(root_real, file);
  return *path ? PG_OK : PG_ERR_NOMEM;
}
