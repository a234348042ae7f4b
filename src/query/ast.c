/* The query language's syntax tree, shared by every stage: the names of
 * token kinds, node kinds, value types, severities and parameter types
 * (one table each, from the X-macros in qast.h), error reports at a byte
 * range of a query's source, and freeing a compiled query (whole, or all
 * but its description once it has run its last). */
#include "query/qast.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/pos.h"
#include "plangraph/guard.h"
#include "query/regex.h"

/* ---- names ------------------------------------------------------------- */

/* The spelling column of each X-macro table, by enum value. */
#define SPELLING(k, s) s,
static const char *const token_names[] = {PG_TOKENS(SPELLING)};
static const char *const vtype_names[] = {PG_VTYPES(SPELLING)};
static const char *const node_names[] = {PG_NODES(SPELLING)};
#undef SPELLING

const char *tok_kind_name(tok_kind k) {
  return (unsigned)k < T_COUNT_ ? token_names[k] : "?";
}

const char *vtype_name(vtype t) { return (unsigned)t < VT_COUNT_ ? vtype_names[t] : "?"; }

const char *qnode_kind_name(qnode_kind k) {
  return (unsigned)k < N_COUNT_ ? node_names[k] : "?";
}

static const char *const severity_names[] = {"low", "medium", "high", "critical"};

const char *qseverity_name(qseverity s) {
  return (unsigned)s <= SEV_CRITICAL ? severity_names[s] : "?";
}

int qseverity_parse(const char *s, qseverity *out) {
  for (int i = 0; i <= SEV_CRITICAL; i++)
    if (strcmp(s, severity_names[i]) == 0) {
      *out = (qseverity)i;
      return 0;
    }
  return -1;
}

const char *qparam_type_name(qparam_type t) {
  static const char *const names[] = {"string", "number", "bool", "list<string>",
                                      "list<number>"};
  return (unsigned)t <= PT_LIST_NUMBER ? names[t] : "?";
}

/* ---- errors ------------------------------------------------------------ */

int q_error(pg_diags *diags, const char *file, const char *src, uint32_t src_len,
            uint32_t start, uint32_t end, const char *fmt, ...) {
  pos_cursor cur = {0};
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return q_error_from(diags, &cur, file, src, src_len, start, end, "%s", msg);
}

/* The source line [line_start, line_end), then a caret under [start,
 * stop), into snip: control characters escaped as every text for a
 * person is (visible.c), and the underline as wide as what is shown of
 * each character. */
static void make_snippet(const char *src, uint32_t line_start, uint32_t line_end, uint32_t start,
                         uint32_t stop, char *snip, size_t cap) {
  char text[1600], mark[1600];
  size_t nt = 0, nm = 0;
  for (uint32_t i = line_start; i < line_end;) {
    uint32_t next = i + 1;
    while (next < line_end && !pos_starts_char((unsigned char)src[next])) next++;
    char *shown = pg_text_visible(src + i, next - i, 1);
    size_t len = shown ? strlen(shown) : 0, width = 0;
    for (size_t k = 0; k < len; k++) width += pos_starts_char((unsigned char)shown[k]);
    if (nt + len < sizeof text && nm + width + 1 < sizeof mark && i < stop) {
      for (size_t w = 0; w < width; w++)
        mark[nm++] = i < start ? (src[i] == '\t' ? '\t' : ' ') : i == start && w == 0 ? '^' : '~';
    }
    if (shown && nt + len < sizeof text) {
      memcpy(text + nt, shown, len);
      nt += len;
    }
    free(shown);
    i = next;
  }
  if (start >= line_end && nm + 1 < sizeof mark) mark[nm++] = '^';
  mark[nm] = '\0';
  snprintf(snip, cap, "  %.*s\n  %s", (int)nt, text, mark);
}

int q_error_from(pg_diags *diags, pos_cursor *cur, const char *file, const char *src,
                 uint32_t src_len, uint32_t start, uint32_t end, const char *fmt, ...) {
  unsigned line, col;
  pos_cursor_line_col(cur, src, src_len, start, &line, &col);
  size_t span_start, span_end;
  pos_line_span(src, src_len, start, &span_start, &span_end);
  uint32_t line_start = (uint32_t)span_start, line_end = (uint32_t)span_end;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (pg_diags_add(diags, PG_SEV_ERROR, file, line, col, NULL, "%s", msg) != PG_OK)
    return PG_ERR_NOMEM;
  if (line_end - line_start > 200) return PG_ERR_PARSE;
  uint32_t stop = end > start ? end : start + 1;
  if (stop > line_end) stop = line_end > start ? line_end : start + 1;
  char snip[3300];
  make_snippet(src, line_start, line_end, start, stop, snip, sizeof snip);
  pg_diags_set_snippet(diags, snip);
  return PG_ERR_PARSE;
}

/* ---- depth ------------------------------------------------------------- */

/* Every later stage (checker, evaluator, renderer) recurses once per
 * level, so the parser refuses a tree deeper than its bound. Chains
 * (`a + b + ...`, `.a.b...`) are built in loops and prefixes counted, but
 * a chain is as deep as it is long: this walk measures what was built. */
const qnode *qnode_too_deep(const qnode *root, unsigned limit, int *nomem) {
  typedef struct { const qnode *n; unsigned depth; } item;
  item local[64], *stack = local;
  size_t n = 0, cap = 64;
  const qnode *found = NULL;
  *nomem = 0;
  if (root) stack[n++] = (item){root, 1};
  while (n && !found) {
    item it = stack[--n];
    if (it.depth > limit) {
      found = it.n;
      break;
    }
    const qnode *kids[3] = {it.n->a, it.n->b, it.n->c};
    size_t need = n + 3 + it.n->n_items;
    if (need > cap) {
      size_t bigger = cap;
      while (bigger < need) bigger *= 2;
      item *grown = malloc(bigger * sizeof *grown);
      if (!grown) {
        *nomem = 1;
        break;
      }
      memcpy(grown, stack, n * sizeof *stack);
      if (stack != local) free(stack);
      stack = grown;
      cap = bigger;
    }
    for (int k = 0; k < 3; k++)
      if (kids[k]) stack[n++] = (item){kids[k], it.depth + 1};
    for (size_t i = 0; i < it.n->n_items; i++)
      if (it.n->items[i]) stack[n++] = (item){it.n->items[i], it.depth + 1};
  }
  if (stack != local) free(stack);
  return found;
}

/* ---- ownership --------------------------------------------------------- */

/* A copy of s in a, or NULL for NULL; *failed set when out of memory. */
static const char *keep_str(arena *a, const char *s, int *failed) {
  if (!s) return NULL;
  const char *copy = arena_strndup(a, s, strlen(s));
  if (!copy) *failed = 1;
  return copy;
}

/* Frees what q needs only to run, and leaves q holding none of it. */
static void free_code(qquery *q) {
  for (size_t i = 0; i < q->n_regexes; i++) qregex_free(q->regexes[i]);
  for (size_t i = 0; i < q->n_libs; i++) qquery_free(q->libs[i]);
  void *arrays[] = {q->regexes, q->defs, q->lets, q->checks, q->imports, q->libs};
  for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++) free(arrays[i]);
  q->regexes = NULL, q->n_regexes = q->cap_regexes = 0;
  q->defs = NULL, q->n_defs = q->cap_defs = 0;
  q->lets = NULL, q->n_lets = q->cap_lets = 0, q->n_let_slots = 0;
  q->checks = NULL, q->n_checks = q->cap_checks = 0;
  q->imports = NULL, q->n_imports = q->cap_imports = 0;
  q->libs = NULL, q->n_libs = q->cap_libs = 0;
}

/* A check of several plans runs each query once per plan; on the last,
 * each query's tree is freed as soon as it has run, and the description
 * the reports still read moves to an arena of its own (a few hundred
 * bytes): the trees of the built-in queries were 2.5 MB that a 9 MB
 * plan's check held to its end. */
int qquery_release_code(qquery *q) {
  if (q->released) return PG_OK;
  arena keep;
  arena_init(&keep);
  int failed = 0;
  const char *id = keep_str(&keep, q->id, &failed), *title = keep_str(&keep, q->title, &failed);
  const char *description = keep_str(&keep, q->description, &failed);
  const char *skip_reason = keep_str(&keep, q->skip_reason, &failed);
  const char *file = keep_str(&keep, q->file, &failed);
  qparam *params = q->n_params ? arena_alloc(&keep, q->n_params * sizeof *params) : NULL;
  if (q->n_params && !params) failed = 1;
  for (size_t i = 0; !failed && i < q->n_params; i++) {
    params[i] = q->params[i];
    params[i].name = keep_str(&keep, q->params[i].name, &failed);
    params[i].default_text = keep_str(&keep, q->params[i].default_text, &failed);
    params[i].set_text = keep_str(&keep, q->params[i].set_text, &failed);
    params[i].default_value = NULL;
  }
  if (failed) {
    arena_release(&keep);
    return PG_ERR_NOMEM;
  }
  free_code(q);
  if (q->n_params) memcpy(q->params, params, q->n_params * sizeof *params);
  arena_release(&q->mem);
  q->mem = keep;
  q->id = id;
  q->title = title;
  q->description = description;
  q->skip_reason = skip_reason;
  q->file = file;
  q->src = NULL;
  q->src_len = 0;
  q->released = 1;
  return PG_OK;
}

void qquery_free(qquery *q) {
  if (!q) return;
  free_code(q);
  free(q->params);
  arena_release(&q->mem);
  free(q);
}
