/* The query compiler's driver: the one place that writes the stage order.
 * It copies the text into a new query, then runs the parser and the
 * checker; the stages never call each other (as jq_compile_args runs
 * lexer, parser and compiler in turn). */
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/vec.h"
#include "plangraph/query.h"
#include "query/qcheck.h"
#include "query/qparse.h"

/* A new query owning copies of the file name and text, or pointing at
 * them when they are static (borrow); NULL when out of memory. */
static qquery *query_new(const char *file, const char *text, size_t len, int borrow) {
  qquery *q = calloc(1, sizeof *q);
  if (!q) return NULL;
  arena_init_whole(&q->mem);
  q->file = borrow ? file : arena_strndup(&q->mem, file, strlen(file));
  q->src = borrow ? text : arena_strndup(&q->mem, text, len);
  q->src_len = (uint32_t)len;
  if (!q->file || !q->src) {
    qquery_free(q);
    return NULL;
  }
  return q;
}

/* How compile() takes its text: as a query (adhoc: a bare `match` or
 * `check` will do) or a library at an import depth, copied or borrowed. */
typedef struct compile_as {
  int adhoc, library, borrow;
  unsigned depth;
} compile_as;

static int compile(qquery **out, const char *file, const char *text, size_t len,
                   const qimporter *importer, compile_as as, pg_diags *diags);

/* Whether defs already holds d (the same name from the same file: a
 * library imported twice, directly and through another). */
static int has_def(const qdef *defs, size_t n, const qdef *d) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(defs[i].name, d->name) == 0 && defs[i].from && d->from &&
        strcmp(defs[i].from->file, d->from->file) == 0)
      return 1;
  return 0;
}

/* Puts lib's defs (its own and those it imported) in front of q's. */
static int merge_defs(qquery *q, qquery *lib) {
  size_t n = q->n_defs + lib->n_defs;
  qdef *defs = malloc((n ? n : 1) * sizeof *defs);
  if (!defs) return PG_ERR_NOMEM;
  size_t k = 0;
  for (size_t i = 0; i < q->n_defs && q->defs[i].from; i++) defs[k++] = q->defs[i];
  size_t imported = k;
  for (size_t i = 0; i < lib->n_defs; i++) {
    qdef d = lib->defs[i];
    if (!d.from) d.from = lib;
    if (!has_def(defs, k, &d)) defs[k++] = d;
  }
  for (size_t i = imported; i < q->n_defs; i++) defs[k++] = q->defs[i];
  free(q->defs);
  q->defs = defs;
  q->n_defs = q->cap_defs = k;
  if (n) q->cap_defs = n;
  return PG_OK;
}

/* Reads, parses and merges each library q imports. */
static int resolve_imports(qquery *q, pg_diags *diags) {
  for (size_t i = 0; i < q->n_imports; i++) {
    const struct qimport *im = &q->imports[i];
    if (!q->importer)
      return q_error(diags, q->file, q->src, q->src_len, im->start, im->end,
                     "'import' is not available for this query");
    if (q->depth >= Q_MAX_IMPORT_DEPTH)
      return q_error(diags, q->file, q->src, q->src_len, im->start, im->end,
                     "imports nested more than %d deep (a cycle?)", Q_MAX_IMPORT_DEPTH);
    char *name = NULL, *text = NULL;
    size_t len = 0;
    int rc = q->importer->fn(q->importer->ctx, q->file, im->path, &name, &text, &len, diags);
    if (rc != PG_OK) {
      if (rc != PG_ERR_NOMEM)
        q_error(diags, q->file, q->src, q->src_len, im->start, im->end, "cannot import %s",
                im->path);
      return rc;
    }
    qquery *lib;
    compile_as as = {0, 1, 0, q->depth + 1};
    rc = compile(&lib, name, text, len, q->importer, as, diags);
    free(name);
    free(text);
    if (rc != PG_OK) return rc;
    if (VEC_PUSH(q->libs, q->n_libs, q->cap_libs, lib) < 0) {
      qquery_free(lib);
      return PG_ERR_NOMEM;
    }
    if ((rc = merge_defs(q, lib)) != PG_OK) return rc;
  }
  return PG_OK;
}

/* Whether a file's text reads as query text: valid UTF-8 with no control
 * character but tab, CR and newline, whose first word (after blanks and
 * '#' comments) is a keyword a query file or library starts with. The
 * parser's first error comes after that word, so a file that fails this
 * test has no keyword before its error: it is not a query file (a token, a
 * key, a binary picked up by a symlink or a wrong --queries), and its text
 * must not be quoted in a message. */
static int query_like(const unsigned char *t, size_t len) {
  for (size_t i = 0; i < len;) {
    size_t n = utf8_decode(t + i, len - i, NULL);
    if (!n || (t[i] < 0x20 && t[i] != '\t' && t[i] != '\n' && t[i] != '\r') || t[i] == 0x7f)
      return 0;
    i += n;
  }
  size_t i = 0;
  while (i < len) {
    if (t[i] == '#') {
      while (i < len && t[i] != '\n') i++;
    } else if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r') {
      i++;
    } else {
      break;
    }
  }
  static const char *const first[] = {"query", "check", "def", "import", NULL};
  for (size_t k = 0; first[k]; k++) {
    size_t n = strlen(first[k]);
    if (len - i > n && memcmp(t + i, first[k], n) == 0 &&
        (t[i + n] == ' ' || t[i + n] == '\t' || t[i + n] == '\n' || t[i + n] == '\r' ||
         t[i + n] == '"' || t[i + n] == '#'))
      return 1;
  }
  return 0;
}

/* Replaces the diagnostics a file's failed parse added (from `before` on)
 * with one that quotes nothing, when the file is not query text. */
static int not_query_file(const char *file, const char *text, size_t len, size_t before,
                          pg_diags *diags) {
  if (query_like((const unsigned char *)text, len)) return PG_ERR_PARSE;
  pg_diags_truncate(diags, before);
  pg_diags_add(diags, PG_SEV_ERROR, file, 0, 0, NULL,
               "not a query file (binary or not UTF-8 text, or no 'query', 'check', "
               "'def' or 'import' before the first error); its text is not shown");
  return PG_ERR_PARSE;
}

static int compile(qquery **out, const char *file, const char *text, size_t len,
                   const qimporter *importer, compile_as as, pg_diags *diags) {
  int adhoc = as.adhoc, library = as.library;
  *out = NULL;
  size_t before = pg_diags_count(diags);
  if (len > PG_MAX_QUERY_BYTES) {
    pg_diags_add(diags, PG_SEV_ERROR, file, 0, 0, NULL,
                 "query text is %zu bytes; the limit is %u bytes", len, PG_MAX_QUERY_BYTES);
    return PG_ERR_LIMIT;
  }
  qquery *q = query_new(file, text, len, as.borrow);
  if (!q) return PG_ERR_NOMEM;
  q->importer = importer;
  q->library = library;
  q->depth = as.depth;
  const char *nul = memchr(text, '\0', len);
  int rc;
  if (nul) {
    uint32_t at = (uint32_t)(nul - text);
    q_error(diags, q->file, q->src, q->src_len, at, at + 1, "a NUL byte in query text");
    rc = PG_ERR_PARSE;
  } else {
    rc = qparse_query(q, adhoc, diags);
    if (rc == PG_OK) rc = resolve_imports(q, diags);
    /* A library's defs are checked where they are imported. */
    if (rc == PG_OK && !library) rc = qcheck_query(q, diags);
  }
  if (rc != PG_OK && q->mem.failed) rc = PG_ERR_NOMEM;
  if (rc == PG_ERR_PARSE && !adhoc) rc = not_query_file(file, text, len, before, diags);
  if (rc == PG_ERR_NOMEM) {
    /* One line for it, in place of the errors that running out caused. */
    pg_diags_truncate(diags, before);
    pg_diags_add(diags, PG_SEV_ERROR, file, 0, 0, NULL, "out of memory reading this query file");
  }
  if (rc != PG_OK) {
    qquery_free(q);
    return rc;
  }
  *out = q;
  return PG_OK;
}

int qquery_parse(qquery **out, const char *file, const char *text, size_t len, int adhoc,
                 const qimporter *importer, pg_diags *diags) {
  compile_as as = {adhoc, 0, 0, 0};
  return compile(out, file, text, len, importer, as, diags);
}

int qquery_parse_static(qquery **out, const char *file, const char *text, size_t len,
                        const qimporter *importer, pg_diags *diags) {
  compile_as as = {0, 0, 1, 0};
  return compile(out, file, text, len, importer, as, diags);
}

int qquery_parse_library(qquery **out, const char *file, const char *text, size_t len,
                         const qimporter *importer, unsigned depth, pg_diags *diags) {
  compile_as as = {0, 1, 0, depth};
  return compile(out, file, text, len, importer, as, diags);
}
