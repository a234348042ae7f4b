/* The query compiler's driver: the one place that writes the stage order.
 * It copies the text into a new query, then runs the parser and the
 * checker; the stages never call each other (as jq_compile_args runs
 * lexer, parser and compiler in turn). */
#include <stdlib.h>
#include <string.h>

#include "plangraph/query.h"
#include "query/qcheck.h"
#include "query/qparse.h"

/* A new query owning copies of the file name and text; NULL when out of
 * memory. */
static qquery *query_new(const char *file, const char *text, size_t len) {
  qquery *q = calloc(1, sizeof *q);
  if (!q) return NULL;
  arena_init(&q->mem);
  q->file = arena_strndup(&q->mem, file, strlen(file));
  q->src = arena_strndup(&q->mem, text, len);
  q->src_len = (uint32_t)len;
  if (!q->file || !q->src) {
    qquery_free(q);
    return NULL;
  }
  return q;
}

int qquery_parse(qquery **out, const char *file, const char *text, size_t len,
                 int adhoc, pg_diags *diags) {
  *out = NULL;
  if (len > PG_MAX_QUERY_BYTES) {
    pg_diags_add(diags, PG_SEV_ERROR, file, 0, 0, NULL,
                 "query text is %zu bytes; the limit is %u bytes", len, PG_MAX_QUERY_BYTES);
    return PG_ERR_LIMIT;
  }
  qquery *q = query_new(file, text, len);
  if (!q) return PG_ERR_NOMEM;
  const char *nul = memchr(text, '\0', len);
  int rc;
  if (nul) {
    uint32_t at = (uint32_t)(nul - text);
    q_error(diags, q->file, q->src, q->src_len, at, at + 1, "a NUL byte in query text");
    rc = PG_ERR_PARSE;
  } else {
    rc = qparse_query(q, adhoc, diags);
    if (rc == PG_OK) rc = qcheck_query(q, diags);
  }
  if (rc != PG_OK) {
    qquery_free(q);
    return rc;
  }
  *out = q;
  return PG_OK;
}
