/* Status codes and diagnostics: the library never prints; it returns a
 * status and records what went wrong, with file, line, column and JSON path,
 * in a diagnostics list that the caller prints. */
#ifndef PLANGRAPH_DIAG_H
#define PLANGRAPH_DIAG_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Every public function that can fail returns one of these. */
typedef enum pg_status {
  PG_OK = 0,
  PG_ERR_IO = -1,        /* file missing, unreadable, a directory */
  PG_ERR_PARSE = -2,     /* not valid JSON, or wrong JSON types */
  PG_ERR_NOT_PLAN = -3,  /* valid JSON, but not a plan (state, config...) */
  PG_ERR_LIMIT = -4,     /* a documented limit was exceeded */
  PG_ERR_NOMEM = -5,     /* out of memory */
  PG_ERR_NOT_FOUND = -6, /* an address or name that does not exist */
  PG_ERR_INTERNAL = -7,  /* a library below us failed (igraph, libxml2) */
  PG_ERR_TIMEOUT = -8    /* waited longer than allowed (input, evaluation) */
} pg_status;

typedef enum pg_severity {
  PG_SEV_ERROR,
  PG_SEV_WARNING,
  PG_SEV_NOTE
} pg_severity;

/* One diagnostic. All strings are owned by the list; line and column are
 * 1-based and 0 when unknown; json_path is NULL when it does not apply. */
typedef struct pg_diag {
  pg_severity severity;
  const char *file;
  unsigned line;
  unsigned column;
  const char *json_path;
  const char *message;
  const char *snippet;   /* source line and a caret underline, or NULL */
} pg_diag;

typedef struct pg_diags pg_diags;

/* Creates an empty list. Returns PG_OK or PG_ERR_NOMEM. */
int pg_diags_new(pg_diags **out);
/* Frees the list and every diagnostic; NULL is a no-op. */
void pg_diags_free(pg_diags *diags);
size_t pg_diags_count(const pg_diags *diags);
/* The i-th diagnostic, or NULL past the end. Owned by the list. */
const pg_diag *pg_diags_get(const pg_diags *diags, size_t i);
/* How many diagnostics have severity PG_SEV_ERROR. */
size_t pg_diags_error_count(const pg_diags *diags);
/* Appends a diagnostic; strings are copied. Returns PG_OK or PG_ERR_NOMEM. */
int pg_diags_add(pg_diags *diags, pg_severity severity, const char *file,
                 unsigned line, unsigned column, const char *json_path,
                 const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* Attaches a source excerpt (the line, then a `^~~` underline) to the last
 * diagnostic; copied. Returns PG_OK or PG_ERR_NOMEM. */
int pg_diags_set_snippet(pg_diags *diags, const char *snippet);
/* Formats one diagnostic as `file:line:col: error: message (at PATH)`,
 * followed by the snippet on its own lines when there is one.
 * Returns a malloc'd string the caller frees, or NULL. */
char *pg_diag_format(const pg_diag *d);
/* Short name of a status, for messages ("parse error", ...). */
const char *pg_status_name(int status);

#ifdef __cplusplus
}
#endif
#endif
