/* Reader of `terraform graph` DOT: keeps the arrows between configuration
 * addresses (resources, locals, variables, outputs, a module's close
 * node) and drops providers, module expand nodes and meta nodes. Accepts the resource-only form of
 * terraform >= 1.7 ("aws_vpc.a" -> "aws_vpc.b") and the full form of
 * `-type=plan` and older releases ("[root] module.m.local.x (expand)"). */
#include "resolve/tfdot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/vec.h"
#include "plan/address.h"

/* Reads the next quoted DOT id at or after *p into out (\" unescaped). */
static int next_quoted(const char **p, char *out, size_t cap) {
  const char *q = strchr(*p, '"');
  if (!q) return 0;
  q++;
  size_t o = 0;
  while (*q && *q != '"') {
    if (*q == '\\' && q[1]) q++;
    if (o + 1 < cap) out[o++] = *q;
    q++;
  }
  if (*q != '"') return 0;
  out[o] = '\0';
  *p = q + 1;
  return 1;
}

/* The kind of a configuration address after its module path, by the name
 * of its first step; -1 for what is not kept. */
static int kind_of(const addr_steps *st, size_t i) {
  static const struct { const char *step; tfdot_kind kind; } named[] = {
    {"local", TFDOT_LOCAL}, {"var", TFDOT_VAR}, {"output", TFDOT_OUTPUT},
  };
  static const char *const dropped[] = {"provider", "module", "root", "meta", "path"};
  const addr_step *s = &st->steps[i];
  for (size_t k = 0; k < sizeof named / sizeof named[0]; k++)
    if (step_is(s, named[k].step)) return st->count == i + 2 ? (int)named[k].kind : -1;
  for (size_t k = 0; k < sizeof dropped / sizeof dropped[0]; k++)
    if (step_is(s, dropped[k])) return -1;
  if (step_is(s, "data")) return st->count == i + 3 ? TFDOT_RESOURCE : -1;
  return st->count == i + 2 ? TFDOT_RESOURCE : -1;
}

/* Turns a DOT node name into a configuration address in place and returns
 * its kind, -1 for nodes that are not kept, or -2 when memory ran out. */
static int normalise(char *name) {
  if (strncmp(name, "[root] ", 7) == 0) memmove(name, name + 7, strlen(name + 7) + 1);
  char *paren = strstr(name, " (");
  int close = paren && strcmp(paren, " (close)") == 0;
  if (paren) *paren = '\0';
  addr_steps st;
  int parsed = addr_parse(name, strlen(name), &st);
  if (parsed < 0) return parsed == ADDR_NOMEM ? -2 : -1;
  size_t i = 0;
  while (i + 1 < st.count && step_is(&st.steps[i], "module")) i += 2;
  /* A module's close node waits for all its outputs: a local that reads
   * `module.m[dynamic key].out` depends on it (terraform cannot tell
   * which instance, so not which output node). */
  int kind = i < st.count ? kind_of(&st, i) : close && i > 0 && i == st.count ? TFDOT_MODULE : -1;
  for (size_t j = 0; j < st.count; j++)
    if (st.steps[j].kind != STEP_NAME) kind = -1;
  addr_steps_free(&st);
  return kind;
}

static uint64_t addr_hash(const char *addr) {
  return hash_word(HASH_FNV_OFFSET, (uint64_t)(uintptr_t)addr);
}

static int node_eq(const void *ctx, int32_t id, const void *probe) {
  const tfdot *d = ctx;
  return d->nodes[id].addr == probe;
}

int32_t tfdot_find(const tfdot *d, const char *addr) {
  return idset_find(&d->ids, addr_hash(addr), addr, node_eq, d);
}

int32_t tfdot_add_node(build *b, tfdot *d, const char *name, tfdot_kind kind) {
  const char *addr = g_intern_cstr(b->g, name);
  if (!addr) return -1;
  int32_t id = tfdot_find(d, addr);
  if (id >= 0) return id;
  if (VEC_RESERVE(d->nodes, d->cap_nodes, d->n_nodes + 1) < 0) return -1;
  id = (int32_t)d->n_nodes;
  d->nodes[id] = (tfdot_node){addr, kind};
  if (idset_add(&d->ids, addr_hash(addr), id) < 0) return -1;
  d->n_nodes++;
  if (kind != TFDOT_RESOURCE && kind != TFDOT_MODULE) d->values++;
  return id;
}

int tfdot_add_edge(build *b, tfdot *d, const char *from, tfdot_kind kf, const char *to,
                   tfdot_kind kt) {
  int32_t f = tfdot_add_node(b, d, from, kf);
  int32_t t = f < 0 ? -1 : tfdot_add_node(b, d, to, kt);
  if (t < 0 || VEC_RESERVE(d->edges, d->cap_edges, d->n_edges + 1) < 0) return PG_ERR_NOMEM;
  d->edges[d->n_edges++] = (tfdot_edge){f, t};
  return PG_OK;
}

/* One line: an arrow between two kept nodes becomes an edge. */
static int read_line(build *b, tfdot *d, const char *line, char *from, char *to, size_t cap) {
  const char *arrow = strstr(line, "->");
  if (!arrow) return PG_OK;
  const char *p = line;
  if (!next_quoted(&p, from, cap) || p > arrow) return PG_OK;
  p = arrow + 2;
  if (!next_quoted(&p, to, cap)) return PG_OK;
  d->arrows++;
  int kf = normalise(from), kt = normalise(to);
  if (kf == -2 || kt == -2) return PG_ERR_NOMEM;
  if (kf < 0 || kt < 0) return PG_OK;
  return tfdot_add_edge(b, d, from, (tfdot_kind)kf, to, (tfdot_kind)kt);
}

int tfdot_index(tfdot *d) {
  d->out_start = calloc(d->n_nodes + 1, sizeof *d->out_start);
  d->out_to = malloc((d->n_edges ? d->n_edges : 1) * sizeof *d->out_to);
  if (!d->out_start || !d->out_to) return PG_ERR_NOMEM;
  for (size_t i = 0; i < d->n_edges; i++) d->out_start[d->edges[i].from + 1]++;
  for (size_t v = 0; v < d->n_nodes; v++) d->out_start[v + 1] += d->out_start[v];
  size_t *fill = malloc((d->n_nodes ? d->n_nodes : 1) * sizeof *fill);
  if (!fill) return PG_ERR_NOMEM;
  memcpy(fill, d->out_start, d->n_nodes * sizeof *fill);
  for (size_t i = 0; i < d->n_edges; i++) d->out_to[fill[d->edges[i].from]++] = d->edges[i].to;
  free(fill);
  return PG_OK;
}

/* Reads the text's lines; from and to have room for the longest line. */
static int read_lines(build *b, tfdot *d, const char *name, const char *text, size_t len,
                      char *from, char *to, size_t cap) {
  unsigned lineno = 0;
  int rc = PG_OK;
  char *line = malloc(cap);
  if (!line) return PG_ERR_NOMEM;
  for (size_t at = 0; rc == PG_OK && at < len;) {
    const char *nl = memchr(text + at, '\n', len - at);
    size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
    lineno++;
    if (memchr(text + at, '\0', n)) {
      pg_diags_add(b->diags, PG_SEV_ERROR, name, lineno, 0, NULL,
                   "a NUL byte: is this the output of `terraform graph`?");
      rc = PG_ERR_PARSE;
      break;
    }
    memcpy(line, text + at, n);
    line[n] = '\0';
    rc = read_line(b, d, line, from, to, cap);
    at += n + 1;
  }
  free(line);
  return rc;
}

void tfdot_init(tfdot *d) {
  memset(d, 0, sizeof *d);
  idset_init(&d->ids);
}

int tfdot_read(build *b, const char *path, const input_limits *lim, tfdot *d) {
  tfdot_init(d);
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  char *text = NULL;
  size_t len = 0;
  int rc = input_read(path, name, lim, &text, &len, b->diags);
  if (rc != PG_OK) return rc;
  /* A DOT id is never longer than its line: names are read whole. */
  size_t cap = 1;
  for (size_t at = 0; at < len;) {
    const char *nl = memchr(text + at, '\n', len - at);
    size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
    if (n + 1 > cap) cap = n + 1;
    at += n + 1;
  }
  char *from = malloc(cap), *to = malloc(cap);
  rc = from && to ? read_lines(b, d, name, text, len, from, to, cap) : PG_ERR_NOMEM;
  free(text);
  free(from);
  free(to);
  if (rc == PG_OK) rc = tfdot_index(d);
  if (rc == PG_ERR_NOMEM) pg_diags_add(b->diags, PG_SEV_ERROR, name, 0, 0, NULL, "out of memory");
  return rc;
}

void tfdot_release(tfdot *d) {
  free(d->nodes);
  free(d->edges);
  free(d->out_start);
  free(d->out_to);
  idset_release(&d->ids);
  memset(d, 0, sizeof *d);
}

static int word_is(const tfdot_word *w, const char *word) {
  return w->len == strlen(word) && memcmp(w->s, word, w->len) == 0;
}

int tfdot_reference(const char *scope, const tfdot_word *words, size_t n, unsigned flags,
                    strbuf *out, tfdot_kind *kind) {
  static const char *const not_objects[] = {"each", "count", "path", "terraform", "self"};
  if (n == 0) return 0;
  for (size_t k = 0; k < sizeof not_objects / sizeof not_objects[0]; k++)
    if (word_is(&words[0], not_objects[k])) return 0;
  size_t want;
  if (word_is(&words[0], "var")) want = 2, *kind = TFDOT_VAR;
  else if (word_is(&words[0], "local")) want = 2, *kind = TFDOT_LOCAL;
  else if (word_is(&words[0], "module")) {
    if (n >= 3) want = 3, *kind = TFDOT_OUTPUT;
    else if (flags & TFDOT_WHOLE_MODULE) want = 2, *kind = TFDOT_MODULE;
    else return 0;
  } else if (word_is(&words[0], "data")) want = 3, *kind = TFDOT_RESOURCE;
  else if (!(flags & TFDOT_TYPE_NEEDS_UNDERSCORE) || memchr(words[0].s, '_', words[0].len))
    want = 2, *kind = TFDOT_RESOURCE;
  else return 0;
  if (n < want) return 0;
  out->len = 0;
  sb_add(out, scope);
  for (size_t i = 0; i < want; i++) {
    sb_dot(out);
    sb_addn(out, words[i].s, words[i].len);
    /* module.M.O is module.M.output.O: M was words[1], O is next. */
    if (i == 1 && *kind == TFDOT_OUTPUT) {
      sb_dot(out);
      sb_add(out, "output");
    }
  }
  return out->full ? -1 : 1;
}
