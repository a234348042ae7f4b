/* Where `import "PATH"` finds a library. PATH is relative (no leading
 * "/", no ".." step) and names a .pgq file: first beside the importing
 * file (a project's `.plangraph/queries/lib/x.pgq` from its queries), then
 * among the built-in libraries (`queries/lib/`, compiled in), so project
 * queries use the catalog's helpers with `import "lib/network.pgq"` too.
 * A built-in query only ever imports built-in libraries. A library must be
 * a regular file inside the importing file's folder once every symlink is
 * resolved (realpath containment, queryset.c): a query folder from a pull
 * request must not read files elsewhere. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/input.h"
#include "query/queryset.h"

int qfile_inside(const char *folder, const char *path, char **real, pg_diags *diags) {
  *real = NULL;
  char *top = realpath(folder, NULL), *file = realpath(path, NULL);
  int rc = PG_OK;
  struct stat st;
  size_t n = top ? strlen(top) : 0;
  if (!top || !file) {
    rc = errno == ENOMEM ? PG_ERR_NOMEM : PG_ERR_IO;
    if (rc == PG_ERR_IO)
      pg_diags_add(diags, PG_SEV_ERROR, path, 0, 0, NULL, "cannot open: %s", strerror(errno));
  } else if (strncmp(file, top, n) != 0 || (file[n] != '/' && strcmp(top, "/") != 0)) {
    pg_diags_add(diags, PG_SEV_ERROR, path, 0, 0, NULL,
                 "refused: a symlink to a file outside %s (query files must stay in "
                 "their folder)", folder);
    rc = PG_ERR_IO;
  } else if (stat(file, &st) != 0 || !S_ISREG(st.st_mode)) {
    pg_diags_add(diags, PG_SEV_ERROR, path, 0, 0, NULL,
                 "refused: not a regular file (a folder's query files must be regular "
                 "files)");
    rc = PG_ERR_IO;
  }
  free(top);
  if (rc == PG_OK) *real = file;
  else free(file);
  return rc;
}

static int bad_path(const char *path) {
  size_t n = strlen(path);
  if (!n || path[0] == '/' || n < 5 || strcmp(path + n - 4, ".pgq") != 0) return 1;
  for (const char *p = path; *p;) {
    const char *slash = strchr(p, '/');
    size_t len = slash ? (size_t)(slash - p) : strlen(p);
    if ((len == 2 && strncmp(p, "..", 2) == 0) || len == 0) return 1;
    p += len + (slash ? 1 : 0);
  }
  return 0;
}

/* dirname(from) + "/" + path, malloc'd; "" for a name with no folder. */
static char *beside(const char *from, const char *path) {
  const char *slash = strrchr(from, '/');
  size_t dir = slash ? (size_t)(slash - from) + 1 : 0;
  char *out = malloc(dir + strlen(path) + 1);
  if (!out) return NULL;
  memcpy(out, from, dir);
  strcpy(out + dir, path);
  return out;
}

static const pg_builtin_query *builtin_lib(const char *name) {
  for (size_t i = 0; i < pg_builtin_libs_count; i++)
    if (strcmp(pg_builtin_libs[i].name, name) == 0) return &pg_builtin_libs[i];
  return NULL;
}

static int is_builtin_query(const char *from) {
  for (size_t i = 0; i < pg_builtin_queries_count; i++)
    if (strcmp(pg_builtin_queries[i].name, from) == 0) return 1;
  return builtin_lib(from) != NULL;
}

static int take_builtin(const pg_builtin_query *b, char **name, char **text, size_t *len) {
  *name = strdup(b->name);
  *text = malloc(b->len + 1);
  if (!*name || !*text) {
    free(*name);
    free(*text);
    *name = *text = NULL;
    return PG_ERR_NOMEM;
  }
  memcpy(*text, b->text, b->len);
  (*text)[b->len] = '\0';
  *len = b->len;
  return PG_OK;
}

static int find_library(void *ctx, const char *from, const char *path, char **name,
                        char **text, size_t *len, pg_diags *diags) {
  (void)ctx;
  *name = *text = NULL;
  if (bad_path(path)) {
    pg_diags_add(diags, PG_SEV_ERROR, from, 0, 0, NULL,
                 "import \"%s\": give a relative path to a .pgq file, without '..'", path);
    return PG_ERR_PARSE;
  }
  char *local = beside(from, path);
  if (!local) return PG_ERR_NOMEM;
  struct stat st;
  if (!is_builtin_query(from) && lstat(local, &st) == 0) {
    /* Beside the importer means inside its folder, symlinks resolved. */
    char *dir = beside(from, ".");
    char *real = NULL;
    int rc = dir ? qfile_inside(dir, local, &real, diags) : PG_ERR_NOMEM;
    free(dir);
    if (rc == PG_OK) {
      input_limits lim = {PG_MAX_QUERY_BYTES, PG_LIMIT_QUERY_BYTES, PG_DEFAULT_INPUT_WAIT,
                          "a .pgq library"};
      rc = input_read(real, local, &lim, text, len, diags);
    }
    free(real);
    if (rc == PG_OK) *name = local;
    else free(local);
    return rc;
  }
  free(local);
  /* The built-in library, by the same path below queries/. */
  char *builtin = beside(is_builtin_query(from) ? from : "queries/", path);
  if (!builtin) return PG_ERR_NOMEM;
  const pg_builtin_query *b = builtin_lib(builtin);
  free(builtin);
  if (b) return take_builtin(b, name, text, len);
  pg_diags_add(diags, PG_SEV_ERROR, from, 0, 0, NULL,
               "import \"%s\": no such file beside it, and no built-in library of that name",
               path);
  return PG_ERR_NOT_FOUND;
}

const qimporter qimport_files = {find_library, NULL};
