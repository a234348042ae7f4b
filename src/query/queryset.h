/* The query set's layout, shared by the set (queryset.c) and the runner
 * (check.c), and the table of built-in query texts that the build
 * generates from queries/NAME.pgq (builtin_queries.c). */
#ifndef PG_QUERYSET_H
#define PG_QUERYSET_H

#include "plangraph/query.h"
#include "query/qast.h"

struct pg_query_set {
  qquery **items;   /* owned */
  size_t n, cap;
  double input_wait; /* for query files on a pipe or FIFO; 0: the default */
};

typedef struct pg_builtin_query {
  const char *name;  /* "queries/<id>.pgq" */
  const char *text;
  size_t len;
} pg_builtin_query;

extern const pg_builtin_query pg_builtin_queries[];
extern const size_t pg_builtin_queries_count;
/* The libraries built-in queries import: "queries/lib/<name>.pgq". */
extern const pg_builtin_query pg_builtin_libs[];
extern const size_t pg_builtin_libs_count;

/* How `import` finds a library for the queries of a set (imports.c):
 * relative to the importing file's folder, then among the built-in
 * libraries. */
extern const qimporter qimport_files;

/* (imports.c) Whether path (a file of a query folder, or a library beside a query) is a
 * regular file inside folder once every symlink of both is resolved
 * (realpath containment): PG_OK with its resolved path in *real (malloc'd,
 * the caller frees), or PG_ERR_IO with a diagnostic naming path, or
 * PG_ERR_NOMEM. */
int qfile_inside(const char *folder, const char *path, char **real, pg_diags *diags);

#endif
