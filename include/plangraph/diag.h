/* Status codes and diagnostics: the library never prints; it returns a
 * status and records what went wrong, with file, line, column and JSON path,
 * in a diagnostics list that the caller prints. */
#ifndef PLANGRAPH_DIAG_H
#define PLANGRAPH_DIAG_H

#include <stddef.h>

#include "plangraph/api.h"

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

/* Which limit a PG_ERR_LIMIT or PG_ERR_TIMEOUT diagnostic is about, so that
 * a program can say how its user raises it (an option, a variable). */
typedef enum pg_limit {
  PG_LIMIT_NONE = 0,
  PG_LIMIT_INPUT_BYTES,  /* pg_load_options.max_input_bytes, pg_read_file's */
  PG_LIMIT_QUERY_BYTES,  /* PG_MAX_QUERY_BYTES, a query file or text (fixed) */
  PG_LIMIT_NODES,        /* pg_load_options.max_nodes */
  PG_LIMIT_INPUT_WAIT,   /* the wait for data on a pipe or FIFO */
  PG_LIMIT_STEPS,        /* pg_check_options.max_steps */
  PG_LIMIT_TIMEOUT       /* pg_check_options.timeout_seconds */
} pg_limit;

/* Which caller-given argument a diagnostic is about, when it is one. */
typedef enum pg_arg {
  PG_ARG_NONE = 0,
  PG_ARG_PARAM_VALUE,    /* a parameter value that does not fit its type */
  PG_ARG_PARAM_UNKNOWN,  /* a parameter no query in use declares */
  PG_ARG_ONLY_UNKNOWN,   /* an id in pg_query_set_select's `only` list */
  PG_ARG_SKIP_UNKNOWN    /* an id in pg_query_set_select's `skip` list */
} pg_arg;

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
  /* The structured part: the message never names how a program's user
   * sets a limit or passes an argument; these say what it is about. */
  pg_limit limit;        /* PG_LIMIT_NONE unless a limit was exceeded */
  pg_arg arg;            /* PG_ARG_NONE unless about a caller's argument */
  const char *param;     /* the parameter's name for PG_ARG_PARAM_*, or NULL */
} pg_diag;

typedef struct pg_diags pg_diags;

/* Creates an empty list. Returns PG_OK or PG_ERR_NOMEM. */
PG_API int pg_diags_new(pg_diags **out);
/* Frees the list and every diagnostic; NULL is a no-op. */
PG_API void pg_diags_free(pg_diags *diags);
PG_API size_t pg_diags_count(const pg_diags *diags);
/* The i-th diagnostic, or NULL past the end. Owned by the list. */
PG_API const pg_diag *pg_diags_get(const pg_diags *diags, size_t i);
/* How many diagnostics have severity PG_SEV_ERROR. */
PG_API size_t pg_diags_error_count(const pg_diags *diags);
/* Appends a diagnostic; strings are copied. Returns PG_OK or PG_ERR_NOMEM. */
PG_API int pg_diags_add(pg_diags *diags, pg_severity severity, const char *file,
                 unsigned line, unsigned column, const char *json_path,
                 const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* Drops every diagnostic after the first n (none when n >= count). */
PG_API void pg_diags_truncate(pg_diags *diags, size_t n);
/* Attaches a source excerpt (the line, then a `^~~` underline) to the last
 * diagnostic; copied. Returns PG_OK or PG_ERR_NOMEM. */
PG_API int pg_diags_set_snippet(pg_diags *diags, const char *snippet);
/* Records which limit the last diagnostic is about. Returns PG_OK. */
PG_API int pg_diags_set_limit(pg_diags *diags, pg_limit limit);
/* Records which argument the last diagnostic is about, and the parameter's
 * name (copied; NULL when not a parameter). Returns PG_OK or PG_ERR_NOMEM. */
PG_API int pg_diags_set_arg(pg_diags *diags, pg_arg arg, const char *param);
/* Formats one diagnostic as `file:line:col: error: message (at PATH)`,
 * followed by the snippet on its own lines when there is one.
 * Returns a malloc'd string the caller frees, or NULL. */
PG_API char *pg_diag_format(const pg_diag *d);
/* Short name of a status, for messages ("parse error", ...). */
PG_API const char *pg_status_name(int status);

#ifdef __cplusplus
}
#endif
#endif
