/* Query language parser: recursive descent from tokens to the syntax tree
 * of qast.h. The grammar is in docs/query-language.md. Errors name what was
 * expected and what was found, at file:line:column with a caret; after an
 * error the parser skips to the next top-level clause and goes on, so one
 * run reports every broken clause of a file. */
#include "query/qparse.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 200
#define MAX_ERRORS 10

typedef struct parser {
  lexer lx;
  token tok;           /* current token */
  uint32_t prev_end;   /* end of the previous token */
  qquery *q;
  pg_diags *diags;
  int failed;          /* the current clause has an error */
  int errors;          /* errors so far in the file */
  unsigned depth;      /* nesting, against stack exhaustion */
} parser;

static qnode *parse_expr(parser *p);

/* ---- errors ------------------------------------------------------------ */

/* A name or keyword: the lexer gives `in` a token kind of its own, but
 * wherever the grammar reads a word (globs, labels, attribute names,
 * column names) it is one, as it always was. */
static int is_word(tok_kind k) { return k == T_IDENT || k == T_IN; }

static void describe(const parser *p, token t, char *buf, size_t cap) {
  if (is_word(t.kind) || t.kind == T_NUMBER || t.kind == T_PARAM) {
    snprintf(buf, cap, "'%.*s'", (int)(t.end - t.start > 40 ? 40 : t.end - t.start),
             p->lx.src + t.start);
  } else if (t.kind == T_STRING) {
    snprintf(buf, cap, "a string");
  } else if (t.kind == T_BAD && p->lx.error) {
    snprintf(buf, cap, "%s", p->lx.error);
  } else if (t.kind == T_BAD) {
    snprintf(buf, cap, "'%.*s', a character the language does not use",
             (int)(t.end - t.start > 8 ? 8 : t.end - t.start), p->lx.src + t.start);
  } else {
    snprintf(buf, cap, "%s", tok_kind_name(t.kind));
  }
}

/* Records an error at the current token unless the clause already has one. */
static void *fail_at(parser *p, uint32_t start, uint32_t end, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void *fail_at(parser *p, uint32_t start, uint32_t end, const char *fmt, ...) {
  if (p->failed) return NULL;
  p->failed = 1;
  p->errors++;
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  q_error(p->diags, p->q->file, p->q->src, p->q->src_len, start, end, "%s", msg);
  return NULL;
}

static void *expected(parser *p, const char *what) {
  char found[160];
  describe(p, p->tok, found, sizeof found);
  if (p->tok.kind == T_BAD && p->lx.error)
    return fail_at(p, p->tok.start, p->tok.end, "%s", found);
  return fail_at(p, p->tok.start, p->tok.end, "expected %s, found %s", what, found);
}

/* ---- token helpers ----------------------------------------------------- */

static void advance(parser *p) {
  p->prev_end = p->tok.end;
  p->tok = lex_next(&p->lx);
}

static int tok_is_word(const parser *p, token t, const char *w) {
  size_t n = strlen(w);
  return is_word(t.kind) && t.end - t.start == n &&
         memcmp(p->lx.src + t.start, w, n) == 0;
}

static int at_word(const parser *p, const char *w) { return tok_is_word(p, p->tok, w); }

static token peek(const parser *p) {
  lexer copy = p->lx;
  return lex_next(&copy);
}

static int accept(parser *p, tok_kind k) {
  if (p->tok.kind != k) return 0;
  advance(p);
  return 1;
}

static int accept_word(parser *p, const char *w) {
  if (!at_word(p, w)) return 0;
  advance(p);
  return 1;
}

static int expect_tok(parser *p, tok_kind k, const char *what) {
  if (accept(p, k)) return 1;
  expected(p, what);
  return 0;
}

static int expect_word(parser *p, const char *w) {
  if (accept_word(p, w)) return 1;
  char what[64];
  snprintf(what, sizeof what, "'%s'", w);
  expected(p, what);
  return 0;
}

static const char *const reserved[] = {
    "and", "or", "not", "in", "true", "false", "null", "exists", "all", "if",
    "then", "else", "where", "satisfy", "for", "each", "let", "subject",
    "expect", "message", "return", "match", "check", "def", NULL};

static int is_reserved(const parser *p, token t) {
  for (size_t i = 0; reserved[i]; i++)
    if (tok_is_word(p, t, reserved[i])) return 1;
  return 0;
}

static char *tok_text(parser *p, token t) {
  return arena_strndup(&p->q->mem, p->lx.src + t.start, t.end - t.start);
}

static qnode *new_node(parser *p, qnode_kind k, uint32_t start) {
  qnode *n = arena_alloc(&p->q->mem, sizeof *n);
  if (!n) return fail_at(p, start, start, "out of memory");
  n->kind = k;
  n->start = start;
  n->end = p->prev_end > start ? p->prev_end : start;
  return n;
}

static void finish(parser *p, qnode *n) {
  if (n && p->prev_end > n->start) n->end = p->prev_end;
}

/* A growable array of node pointers, copied into the arena when done. */
typedef struct nodes {
  qnode *local[16];
  qnode **items;
  size_t n, cap;
} nodes;

static void nodes_init(nodes *v) {
  v->items = v->local;
  v->n = 0;
  v->cap = 16;
}

static int nodes_push(parser *p, nodes *v, qnode *n) {
  if (v->n == v->cap) {
    qnode **bigger = arena_alloc(&p->q->mem, v->cap * 2 * sizeof *bigger);
    if (!bigger) return 0;
    memcpy(bigger, v->items, v->n * sizeof *bigger);
    v->items = bigger;
    v->cap *= 2;
  }
  v->items[v->n++] = n;
  return 1;
}

static qnode **nodes_done(parser *p, nodes *v) {
  if (!v->n) return NULL;
  qnode **out = arena_alloc(&p->q->mem, v->n * sizeof *out);
  if (out) memcpy(out, v->items, v->n * sizeof *out);
  return out;
}

/* A word glued from adjacent tokens with no space between: type globs
 * (aws_db_*), labels (route.vpc_peering_connection_id) and ids
 * (replica-per-region). */
static char *glued(parser *p, int dots, int dashes) {
  uint32_t start = p->tok.start;
  int first = 1;
  while (first || !p->tok.space_before) {
    tok_kind k = p->tok.kind;
    int ok = is_word(k) || k == T_STAR || k == T_NUMBER || (dots && k == T_DOT) ||
             (dashes && k == T_MINUS);
    if (!ok || (k == T_MINUS && !is_word(peek(p).kind) && peek(p).kind != T_NUMBER))
      break;
    advance(p);
    first = 0;
  }
  if (first) return expected(p, dashes ? "an id" : "a name or glob");
  return arena_strndup(&p->q->mem, p->lx.src + start, p->prev_end - start);
}

/* ---- strings and templates -------------------------------------------- */

/* Decodes the escapes of a raw string body. */
static char *decode(parser *p, uint32_t start, uint32_t end, size_t *len) {
  char *out = arena_alloc(&p->q->mem, end - start + 1);
  if (!out) return NULL;
  size_t n = 0;
  for (uint32_t i = start; i < end; i++) {
    char c = p->lx.src[i];
    if (c == '\\' && i + 1 < end) {
      char e = p->lx.src[i + 1];
      if (strchr("\"'\\nt{}", e)) {
        i++;
        c = e == 'n' ? '\n' : e == 't' ? '\t' : e;
      }
    }
    out[n++] = c;
  }
  out[n] = '\0';
  if (len) *len = n;
  return out;
}

/* The closing brace of a placeholder that opens at `at`, skipping nested
 * braces and single-quoted strings; 0 when there is none. */
static uint32_t placeholder_end(const char *s, uint32_t at, uint32_t end) {
  int depth = 0;
  for (uint32_t i = at; i < end; i++) {
    if (s[i] == '\\') {
      i++;
    } else if (s[i] == '\'') {
      for (i++; i < end && s[i] != '\''; i++)
        if (s[i] == '\\') i++;
    } else if (s[i] == '{') {
      depth++;
    } else if (s[i] == '}' && --depth == 0) {
      return i;
    }
  }
  return 0;
}

static qnode *parse_sub_expr(parser *p, uint32_t start, uint32_t end) {
  parser sub = *p;
  lex_init(&sub.lx, p->lx.src, start, end);
  sub.failed = 0;
  advance(&sub);
  qnode *e = parse_expr(&sub);
  if (e && sub.tok.kind != T_EOF) e = expected(&sub, "'}' to close the placeholder");
  p->errors = sub.errors;
  if (sub.failed) p->failed = 1;
  return e;
}

/* A string literal; with `{expr}` placeholders it becomes a template whose
 * items alternate literal parts and expressions. */
static qnode *parse_string(parser *p) {
  token t = p->tok;
  uint32_t body = t.start + 1, body_end = t.end - 1;
  advance(p);
  nodes parts;
  nodes_init(&parts);
  uint32_t lit = body;
  int any_placeholder = 0;
  for (uint32_t i = body; i < body_end; i++) {
    if (p->lx.src[i] == '\\') {
      i++;
      continue;
    }
    if (p->lx.src[i] != '{') continue;
    uint32_t close = placeholder_end(p->lx.src, i, body_end);
    if (!close) return fail_at(p, i, i + 1, "unclosed '{' in string (write \\{ for a brace)");
    any_placeholder = 1;
    if (i > lit) {
      qnode *s = new_node(p, N_STRING, lit);
      if (!s || !(s->str = decode(p, lit, i, &s->len))) return NULL;
      s->end = i;
      nodes_push(p, &parts, s);
    }
    if (close == i + 1) return fail_at(p, i, close + 1, "empty placeholder '{}'");
    qnode *e = parse_sub_expr(p, i + 1, close);
    if (!e) return NULL;
    nodes_push(p, &parts, e);
    lit = close + 1;
    i = close;
  }
  if (!any_placeholder) {
    qnode *s = new_node(p, N_STRING, t.start);
    if (!s || !(s->str = decode(p, body, body_end, &s->len))) return NULL;
    return s;
  }
  if (lit < body_end) {
    qnode *s = new_node(p, N_STRING, lit);
    if (!s || !(s->str = decode(p, lit, body_end, &s->len))) return NULL;
    s->end = body_end;
    nodes_push(p, &parts, s);
  }
  qnode *tpl = new_node(p, N_TEMPLATE, t.start);
  if (!tpl) return NULL;
  tpl->items = nodes_done(p, &parts);
  tpl->n_items = parts.n;
  return tpl;
}

/* ---- patterns ---------------------------------------------------------- */

static const struct { const char *word; unsigned mask; } node_kinds[] = {
    {"resource", 1u << PG_NODE_RESOURCE}, {"data", 1u << PG_NODE_DATA},
    {"provider", 1u << PG_NODE_PROVIDER}, {"region", 1u << PG_NODE_REGION},
    {"module", 1u << PG_NODE_MODULE},     {"node", NK_ALL}};

static const struct { const char *word; unsigned mask; } edge_kinds[] = {
    {"ref", 1u << PG_EDGE_REFERENCE},   {"reference", 1u << PG_EDGE_REFERENCE},
    {"value", 1u << PG_EDGE_VALUE},     {"link", EK_LINK},
    {"depends_on", 1u << PG_EDGE_DEPENDS_ON}, {"provider", 1u << PG_EDGE_PROVIDER},
    {"region", 1u << PG_EDGE_REGION},   {"module", 1u << PG_EDGE_MODULE},
    {"any", EK_ALL}};

/* Globs separated by '|': type globs (dots not allowed) or labels. */
static int parse_globs(parser *p, qnode *n, int labels) {
  const char *list[64];
  size_t count = 0;
  do {
    const char *g;
    if (labels && p->tok.kind == T_STRING) {
      g = decode(p, p->tok.start + 1, p->tok.end - 1, NULL);
      advance(p);
    } else {
      g = glued(p, labels, 0);
    }
    if (!g) return 0;
    if (count == 64) return fail_at(p, p->tok.start, p->tok.end, "more than 64 globs") != NULL;
    list[count++] = g;
  } while (accept(p, T_PIPE));
  n->globs = arena_alloc(&p->q->mem, count * sizeof *n->globs);
  if (!n->globs) return 0;
  memcpy(n->globs, list, count * sizeof *list);
  n->n_globs = count;
  return 1;
}

static int word_in(const parser *p, const char *const *words) {
  for (size_t i = 0; words[i]; i++)
    if (at_word(p, words[i])) return 1;
  return 0;
}

/* ( [NAME] [: [deleted] [KIND] [GLOB|GLOB...]] [where EXPR] ) */
static qnode *parse_node_pattern(parser *p) {
  qnode *n = new_node(p, N_NODEPAT, p->tok.start);
  if (!n || !expect_tok(p, T_LPAREN, "'('")) return NULL;
  n->mask = NK_ALL;
  if (is_word(p->tok.kind) && !at_word(p, "where")) {
    if (is_reserved(p, p->tok))
      return fail_at(p, p->tok.start, p->tok.end, "'%.*s' is a keyword, not a name",
                     (int)(p->tok.end - p->tok.start), p->lx.src + p->tok.start);
    n->str = tok_text(p, p->tok);
    advance(p);
  }
  if (accept(p, T_COLON)) {
    n->mask = 0;
    if (accept_word(p, "deleted")) n->u.node.deleted = 1;
    for (size_t i = 0; i < sizeof node_kinds / sizeof node_kinds[0]; i++)
      if (at_word(p, node_kinds[i].word)) {
        n->mask = node_kinds[i].mask;
        advance(p);
        break;
      }
    int has_glob = is_word(p->tok.kind) ? !at_word(p, "where") : p->tok.kind == T_STAR;
    if (has_glob && !parse_globs(p, n, 0)) return NULL;
    if (!n->mask) n->mask = 1u << PG_NODE_RESOURCE;
    if (!has_glob && n->mask == 0 && !n->u.node.deleted)
      return expected(p, "a node kind or resource type after ':'");
  }
  if (accept_word(p, "where") && !(n->a = parse_expr(p))) return NULL;
  if (!expect_tok(p, T_RPAREN, "')' to close the node pattern")) return NULL;
  finish(p, n);
  return n;
}

static void edge_spec(parser *p, qnode *e) {
  if (is_word(p->tok.kind) && peek(p).kind == T_COLON) {
    e->str = tok_text(p, p->tok);
    advance(p);
    advance(p);
  }
  unsigned mask = 0;
  for (;;) {
    size_t i, nk = sizeof edge_kinds / sizeof edge_kinds[0];
    for (i = 0; i < nk; i++)
      if (at_word(p, edge_kinds[i].word)) break;
    if (i == nk) break;
    mask |= edge_kinds[i].mask;
    advance(p);
    if (p->tok.kind != T_PIPE) break;
    token next = peek(p);
    int kind_follows = 0;
    for (size_t j = 0; j < nk; j++)
      if (tok_is_word(p, next, edge_kinds[j].word)) kind_follows = 1;
    if (!kind_follows) {
      expected(p, "an edge kind after '|'");
      return;
    }
    advance(p);
  }
  if (p->tok.kind != T_RBRACK && !parse_globs(p, e, 1)) return;
  e->mask = mask ? mask : e->n_globs ? EK_LINK : EK_ALL;
}

/* -[SPEC]->  <-[SPEC]-  -[SPEC]-  -->  <--  -- */
static qnode *parse_edge_pattern(parser *p) {
  qnode *e = new_node(p, N_EDGEPAT, p->tok.start);
  if (!e) return NULL;
  e->mask = EK_ALL;
  if (accept(p, T_ARROW_L)) {
    e->u.edge.direction = -1;
    if (accept(p, T_LBRACK)) {
      edge_spec(p, e);
      if (p->failed || !expect_tok(p, T_RBRACK, "']' to close the edge")) return NULL;
    }
    if (!expect_tok(p, T_MINUS, "'-' after the edge")) return NULL;
  } else if (accept(p, T_MINUS)) {
    if (accept(p, T_LBRACK)) {
      edge_spec(p, e);
      if (p->failed || !expect_tok(p, T_RBRACK, "']' to close the edge")) return NULL;
    }
    if (accept(p, T_ARROW_R)) e->u.edge.direction = 1;
    else if (accept(p, T_MINUS)) e->u.edge.direction = 0;
    else return expected(p, "'->' or '-' to end the edge");
  } else if (accept(p, T_ARROW_R)) {
    e->u.edge.direction = 1; /* "-->" lexes as '-' '->' but "->" alone is also fine */
  } else {
    return expected(p, "an edge ('-[...]->' or '<-[...]-')");
  }
  finish(p, e);
  return e;
}

static int at_edge(const parser *p) {
  return p->tok.kind == T_MINUS || p->tok.kind == T_ARROW_L || p->tok.kind == T_ARROW_R;
}

/* NODE (EDGE NODE)*: items alternate node and edge patterns. */
static qnode *parse_pattern(parser *p) {
  qnode *pat = new_node(p, N_PATTERN, p->tok.start);
  if (!pat) return NULL;
  nodes parts;
  nodes_init(&parts);
  qnode *n = parse_node_pattern(p);
  if (!n || !nodes_push(p, &parts, n)) return NULL;
  while (at_edge(p)) {
    qnode *e = parse_edge_pattern(p);
    if (!e || !nodes_push(p, &parts, e)) return NULL;
    if (!(n = parse_node_pattern(p)) || !nodes_push(p, &parts, n)) return NULL;
  }
  pat->items = nodes_done(p, &parts);
  pat->n_items = parts.n;
  finish(p, pat);
  return pat;
}

/* PATTERN | NAME in EXPR */
static qnode *parse_generator(parser *p) {
  if (p->tok.kind == T_LPAREN) return parse_pattern(p);
  if (!is_word(p->tok.kind) || is_reserved(p, p->tok) || peek(p).kind != T_IN)
    return expected(p, "a pattern '(x: type)' or 'NAME in LIST'");
  qnode *g = new_node(p, N_GEN_IN, p->tok.start);
  if (!g) return NULL;
  g->str = tok_text(p, p->tok);
  advance(p);
  advance(p);
  if (!(g->a = parse_expr(p))) return NULL;
  finish(p, g);
  return g;
}

static int parse_generators(parser *p, qnode ***out, size_t *n) {
  nodes gens;
  nodes_init(&gens);
  do {
    qnode *g = parse_generator(p);
    if (!g || !nodes_push(p, &gens, g)) return 0;
  } while (accept(p, T_COMMA));
  *out = nodes_done(p, &gens);
  *n = gens.n;
  return 1;
}

/* ---- expressions ------------------------------------------------------- */

/* exists { GENS [where C] } | count { ... } | all { GENS [where F] satisfy C } */
static qnode *parse_quantifier(parser *p, qnode_kind kind) {
  qnode *q = new_node(p, kind, p->tok.start);
  if (!q) return NULL;
  advance(p);
  if (!expect_tok(p, T_LBRACE, "'{'")) return NULL;
  if (!parse_generators(p, &q->items, &q->n_items)) return NULL;
  if (accept_word(p, "where") && !(q->a = parse_expr(p))) return NULL;
  if (kind == N_ALL) {
    if (!expect_word(p, "satisfy") || !(q->b = parse_expr(p))) return NULL;
  }
  if (!expect_tok(p, T_RBRACE, "'}' to close the quantifier")) return NULL;
  finish(p, q);
  return q;
}

static qnode *parse_list(parser *p) {
  uint32_t start = p->tok.start;
  advance(p);
  int comprehension = p->tok.kind == T_LPAREN
                          ? 0
                          : is_word(p->tok.kind) && peek(p).kind == T_IN &&
                                !is_reserved(p, p->tok);
  if (p->tok.kind == T_LPAREN) {
    /* A pattern starts "(name:" or "(:" or "(name)" followed by an edge. */
    lexer save = p->lx;
    token t1 = lex_next(&save);
    token t2 = lex_next(&save);
    token t3 = lex_next(&save);
    comprehension = t1.kind == T_COLON || (is_word(t1.kind) && t2.kind == T_COLON) ||
                    (is_word(t1.kind) && t2.kind == T_RPAREN &&
                     (t3.kind == T_MINUS || t3.kind == T_ARROW_L || t3.kind == T_ARROW_R));
  }
  if (comprehension) {
    qnode *c = new_node(p, N_COMPREHENSION, start);
    if (!c || !parse_generators(p, &c->items, &c->n_items)) return NULL;
    if (accept_word(p, "where") && !(c->a = parse_expr(p))) return NULL;
    if (accept(p, T_PIPE) && !(c->b = parse_expr(p))) return NULL;
    if (!expect_tok(p, T_RBRACK, "']' to close the list")) return NULL;
    finish(p, c);
    return c;
  }
  qnode *l = new_node(p, N_LIST, start);
  if (!l) return NULL;
  nodes items;
  nodes_init(&items);
  if (p->tok.kind != T_RBRACK) {
    do {
      qnode *e = parse_expr(p);
      if (!e || !nodes_push(p, &items, e)) return NULL;
    } while (accept(p, T_COMMA));
  }
  if (!expect_tok(p, T_RBRACK, "',' or ']'")) return NULL;
  l->items = nodes_done(p, &items);
  l->n_items = items.n;
  finish(p, l);
  return l;
}

static qnode *parse_call(parser *p) {
  qnode *c = new_node(p, N_CALL, p->tok.start);
  if (!c) return NULL;
  c->str = tok_text(p, p->tok);
  advance(p);
  advance(p); /* '(' */
  nodes args;
  nodes_init(&args);
  if (p->tok.kind != T_RPAREN) {
    do {
      qnode *e = parse_expr(p);
      if (!e || !nodes_push(p, &args, e)) return NULL;
    } while (accept(p, T_COMMA));
  }
  if (!expect_tok(p, T_RPAREN, "',' or ')' in the argument list")) return NULL;
  c->items = nodes_done(p, &args);
  c->n_items = args.n;
  finish(p, c);
  return c;
}

static qnode *parse_primary(parser *p) {
  token t = p->tok;
  qnode *n;
  switch (t.kind) {
  case T_NUMBER:
    if (!(n = new_node(p, N_NUMBER, t.start))) return NULL;
    n->num = strtod(tok_text(p, t), NULL);
    advance(p);
    finish(p, n);
    return n;
  case T_STRING:
    return parse_string(p);
  case T_PARAM:
    if (!(n = new_node(p, N_PARAM, t.start))) return NULL;
    n->str = arena_strndup(&p->q->mem, p->lx.src + t.start + 1, t.end - t.start - 1);
    advance(p);
    finish(p, n);
    return n;
  case T_LPAREN: {
    advance(p);
    qnode *e = parse_expr(p);
    if (!e || !expect_tok(p, T_RPAREN, "')'")) return NULL;
    return e;
  }
  case T_LBRACK:
    return parse_list(p);
  case T_IN: /* a keyword: "expected an expression" below */
  case T_IDENT:
    if (at_word(p, "true") || at_word(p, "false")) {
      if (!(n = new_node(p, N_BOOL, t.start))) return NULL;
      n->num = at_word(p, "true");
      advance(p);
      finish(p, n);
      return n;
    }
    if (at_word(p, "null")) {
      if (!(n = new_node(p, N_NULL, t.start))) return NULL;
      advance(p);
      finish(p, n);
      return n;
    }
    if (peek(p).kind == T_LBRACE) {
      if (at_word(p, "exists")) return parse_quantifier(p, N_EXISTS);
      if (at_word(p, "all")) return parse_quantifier(p, N_ALL);
      if (at_word(p, "count")) return parse_quantifier(p, N_COUNT);
    }
    if (at_word(p, "if")) {
      if (!(n = new_node(p, N_IF, t.start))) return NULL;
      advance(p);
      if (!(n->a = parse_expr(p)) || !expect_word(p, "then") || !(n->b = parse_expr(p)) ||
          !expect_word(p, "else") || !(n->c = parse_expr(p)))
        return NULL;
      finish(p, n);
      return n;
    }
    if (peek(p).kind == T_LPAREN && !is_reserved(p, t)) return parse_call(p);
    if (is_reserved(p, t)) return expected(p, "an expression");
    if (!(n = new_node(p, N_NAME, t.start))) return NULL;
    n->str = tok_text(p, t);
    advance(p);
    finish(p, n);
    return n;
  default:
    return expected(p, "an expression");
  }
}

static qnode *parse_postfix(parser *p) {
  qnode *e = parse_primary(p);
  while (e) {
    uint32_t start = e->start;
    if (accept(p, T_DOT)) {
      if (!is_word(p->tok.kind)) return expected(p, "an attribute name after '.'");
      qnode *f = new_node(p, N_FIELD, start);
      if (!f) return NULL;
      f->a = e;
      f->str = tok_text(p, p->tok);
      advance(p);
      finish(p, f);
      e = f;
    } else if (p->tok.kind == T_LBRACK && !p->tok.space_before) {
      advance(p);
      qnode *x;
      if (accept(p, T_STAR)) {
        if (!(x = new_node(p, N_SPLAT, start))) return NULL;
      } else {
        if (!(x = new_node(p, N_INDEX, start)) || !(x->b = parse_expr(p))) return NULL;
      }
      x->a = e;
      if (!expect_tok(p, T_RBRACK, "']'")) return NULL;
      finish(p, x);
      e = x;
    } else {
      break;
    }
  }
  return e;
}

static qnode *parse_unary(parser *p) {
  if (p->tok.kind == T_MINUS) {
    qnode *n = new_node(p, N_UNARY, p->tok.start);
    if (!n) return NULL;
    n->op = T_MINUS;
    advance(p);
    if (!(n->a = parse_unary(p))) return NULL;
    finish(p, n);
    return n;
  }
  return parse_postfix(p);
}

static qnode *binary(parser *p, qnode_kind k, int op, qnode *a, qnode *b) {
  if (!a || !b) return NULL;
  qnode *n = new_node(p, k, a->start);
  if (!n) return NULL;
  n->op = op;
  n->a = a;
  n->b = b;
  finish(p, n);
  return n;
}

static qnode *parse_mul(parser *p) {
  qnode *e = parse_unary(p);
  while (e && (p->tok.kind == T_STAR || p->tok.kind == T_SLASH)) {
    int op = p->tok.kind;
    advance(p);
    e = binary(p, N_BINARY, op, e, parse_unary(p));
  }
  return e;
}

static qnode *parse_add(parser *p) {
  qnode *e = parse_mul(p);
  while (e && (p->tok.kind == T_PLUS || p->tok.kind == T_MINUS)) {
    int op = p->tok.kind;
    advance(p);
    e = binary(p, N_BINARY, op, e, parse_mul(p));
  }
  return e;
}

static qnode *parse_compare(parser *p) {
  qnode *e = parse_add(p);
  if (!e) return NULL;
  tok_kind k = p->tok.kind;
  if (k == T_EQ || k == T_NE || k == T_LT || k == T_LE || k == T_GT || k == T_GE ||
      k == T_MATCH || k == T_NOMATCH) {
    advance(p);
    e = binary(p, N_BINARY, k, e, parse_add(p));
  } else if (accept(p, T_IN)) {
    e = binary(p, N_IN, 0, e, parse_add(p));
  } else if (at_word(p, "not") && peek(p).kind == T_IN) {
    uint32_t start = e->start;
    advance(p);
    advance(p);
    e = binary(p, N_IN, 0, e, parse_add(p));
    qnode *n = e ? new_node(p, N_NOT, start) : NULL;
    if (!n) return NULL;
    n->a = e;
    finish(p, n);
    e = n;
  }
  if (e && (p->tok.kind == T_EQ || p->tok.kind == T_NE || p->tok.kind == T_LT ||
            p->tok.kind == T_GT || p->tok.kind == T_LE || p->tok.kind == T_GE))
    return fail_at(p, p->tok.start, p->tok.end,
                   "comparisons do not chain: write 'a < b and b < c'");
  return e;
}

static qnode *parse_not(parser *p) {
  if (at_word(p, "not")) {
    qnode *n = new_node(p, N_NOT, p->tok.start);
    if (!n) return NULL;
    advance(p);
    if (!(n->a = parse_not(p))) return NULL;
    finish(p, n);
    return n;
  }
  return parse_compare(p);
}

static qnode *parse_and(parser *p) {
  qnode *e = parse_not(p);
  while (e && accept_word(p, "and")) e = binary(p, N_AND, 0, e, parse_not(p));
  return e;
}

static qnode *parse_expr(parser *p) {
  if (++p->depth > MAX_DEPTH) {
    p->depth--;
    return fail_at(p, p->tok.start, p->tok.end,
                   "expression nested more than %d deep", MAX_DEPTH);
  }
  qnode *e = parse_and(p);
  while (e && accept_word(p, "or")) e = binary(p, N_OR, 0, e, parse_and(p));
  p->depth--;
  return e;
}

/* ---- clauses ----------------------------------------------------------- */

static const char *const clause_words[] = {"query", "title", "severity", "description",
                                           "skip", "param", "def", "let", "check", "match",
                                           NULL};

/* After an error: skip to the next top-level clause. */
static void resync(parser *p) {
  while (p->tok.kind != T_EOF && !word_in(p, clause_words)) advance(p);
  p->failed = 0;
}

static int parse_let(parser *p, qlet *lets, size_t *n_lets, size_t cap) {
  if (!is_word(p->tok.kind) || is_reserved(p, p->tok))
    return expected(p, "a name after 'let'") != NULL;
  if (*n_lets == cap) return fail_at(p, p->tok.start, p->tok.end, "more than 32 lets") != NULL;
  qlet *l = &lets[(*n_lets)++];
  l->name = tok_text(p, p->tok);
  advance(p);
  if (!expect_tok(p, T_ASSIGN, "'='")) return 0;
  return (l->value = parse_expr(p)) != NULL;
}

/* The clauses of a check or match, in any order, up to the next check. */
static int parse_check_body(parser *p, qcheck *c, int is_match) {
  qlet lets[32];
  size_t n_lets = 0;
  nodes rets;
  nodes_init(&rets);
  const char *names[64];
  for (;;) {
    uint32_t at = p->tok.start;
    if (accept_word(p, "let")) {
      if (!parse_let(p, lets, &n_lets, 32)) return 0;
    } else if (!is_match && at_word(p, "subject")) {
      if (c->subject) return fail_at(p, at, p->tok.end, "a second 'subject'") != NULL;
      advance(p);
      if (p->tok.kind != T_STRING) return expected(p, "a string after 'subject'") != NULL;
      if (!(c->subject = parse_string(p))) return 0;
    } else if (!is_match && at_word(p, "message")) {
      if (c->message) return fail_at(p, at, p->tok.end, "a second 'message'") != NULL;
      advance(p);
      if (p->tok.kind != T_STRING) return expected(p, "a string after 'message'") != NULL;
      if (!(c->message = parse_string(p))) return 0;
    } else if (!is_match && at_word(p, "expect")) {
      if (c->expect) return fail_at(p, at, p->tok.end, "a second 'expect'") != NULL;
      advance(p);
      if (!(c->expect = parse_expr(p))) return 0;
    } else if (is_match && at_word(p, "return")) {
      advance(p);
      do {
        qnode *e = parse_expr(p);
        if (!e) return 0;
        if (rets.n == 64) return fail_at(p, e->start, e->end, "more than 64 columns") != NULL;
        if (accept_word(p, "as")) {
          if (!is_word(p->tok.kind)) return expected(p, "a column name after 'as'") != NULL;
          names[rets.n] = tok_text(p, p->tok);
          advance(p);
        } else {
          names[rets.n] = arena_strndup(&p->q->mem, p->lx.src + e->start, e->end - e->start);
        }
        if (!names[rets.n] || !nodes_push(p, &rets, e)) return 0;
      } while (accept(p, T_COMMA));
      break;
    } else {
      break;
    }
  }
  c->lets = n_lets ? arena_alloc(&p->q->mem, n_lets * sizeof *c->lets) : NULL;
  if (n_lets && !c->lets) return 0;
  if (n_lets) memcpy(c->lets, lets, n_lets * sizeof *lets);
  c->n_lets = n_lets;
  if (is_match) {
    if (!rets.n) return expected(p, "'return' and the columns to show") != NULL;
    c->returns = nodes_done(p, &rets);
    c->n_returns = rets.n;
    c->return_names = arena_alloc(&p->q->mem, rets.n * sizeof *c->return_names);
    if (!c->return_names) return 0;
    memcpy(c->return_names, names, rets.n * sizeof *names);
    return 1;
  }
  const char *missing = !c->subject ? "subject" : !c->expect ? "expect" : !c->message ? "message" : NULL;
  if (missing) {
    char what[80];
    snprintf(what, sizeof what, "'%s' (a check needs subject, expect and message)", missing);
    return expected(p, what) != NULL;
  }
  return 1;
}

/* check [for each GENS [where EXPR]] clauses...  |  match GENS [where EXPR] ... */
static int parse_check(parser *p, qcheck *c, int is_match) {
  c->start = p->tok.start;
  advance(p);
  if (is_match || accept_word(p, "for")) {
    if (!is_match && !expect_word(p, "each")) return 0;
    if (!parse_generators(p, &c->gens, &c->n_gens)) return 0;
    if (accept_word(p, "where") && !(c->where = parse_expr(p))) return 0;
  }
  return parse_check_body(p, c, is_match);
}

static int parse_param(parser *p, qparam *prm) {
  prm->start = p->tok.start;
  if (!is_word(p->tok.kind) || is_reserved(p, p->tok))
    return expected(p, "a parameter name") != NULL;
  prm->name = tok_text(p, p->tok);
  advance(p);
  if (!expect_tok(p, T_COLON, "':' and a type")) return 0;
  static const struct { const char *word; qparam_type t; } types[] = {
      {"string", PT_STRING}, {"number", PT_NUMBER}, {"bool", PT_BOOL}};
  int found = 0;
  for (size_t i = 0; i < 3; i++)
    if (accept_word(p, types[i].word)) {
      prm->type = types[i].t;
      found = 1;
    }
  if (!found && accept_word(p, "list")) {
    if (!expect_tok(p, T_LT, "'<' (list<string> or list<number>)")) return 0;
    if (accept_word(p, "string")) prm->type = PT_LIST_STRING;
    else if (accept_word(p, "number")) prm->type = PT_LIST_NUMBER;
    else return expected(p, "'string' or 'number'") != NULL;
    if (!expect_tok(p, T_GT, "'>'")) return 0;
    found = 1;
  }
  if (!found) return expected(p, "a type (string, number, bool, list<string>, list<number>)") != NULL;
  if (accept(p, T_ASSIGN)) {
    if (!(prm->default_value = parse_expr(p))) return 0;
    prm->default_text = arena_strndup(&p->q->mem, p->lx.src + prm->default_value->start,
                                      prm->default_value->end - prm->default_value->start);
  }
  return 1;
}

static int parse_def(parser *p, qdef *d) {
  d->start = p->tok.start;
  if (!is_word(p->tok.kind) || is_reserved(p, p->tok) || peek(p).kind != T_LPAREN)
    return expected(p, "a function name and '(' after 'def'") != NULL;
  d->name = tok_text(p, p->tok);
  advance(p);
  advance(p);
  const char *params[16];
  size_t n = 0;
  if (p->tok.kind != T_RPAREN) {
    do {
      if (!is_word(p->tok.kind) || is_reserved(p, p->tok))
        return expected(p, "a parameter name") != NULL;
      if (n == 16) return fail_at(p, p->tok.start, p->tok.end, "more than 16 parameters") != NULL;
      params[n++] = tok_text(p, p->tok);
      advance(p);
    } while (accept(p, T_COMMA));
  }
  if (!expect_tok(p, T_RPAREN, "',' or ')'") || !expect_tok(p, T_ASSIGN, "'='")) return 0;
  d->params = n ? arena_alloc(&p->q->mem, n * sizeof *d->params) : NULL;
  if (n) memcpy(d->params, params, n * sizeof *params);
  d->n_params = n;
  return (d->body = parse_expr(p)) != NULL;
}

/* Grows one of the query's arrays in the arena. */
static void *grow(parser *p, void *arr, size_t n, size_t size) {
  /* Capacities run 4, 8, 16...: grow when n reaches one of them. */
  if (n != 0 && (n < 4 || (n & (n - 1)) != 0)) return arr;
  size_t cap = n ? n * 2 : 4;
  void *bigger = arena_alloc(&p->q->mem, cap * size);
  if (bigger && n) memcpy(bigger, arr, n * size);
  return bigger;
}

static int string_clause(parser *p, const char **out, const char *what) {
  uint32_t at = p->tok.start;
  advance(p);
  if (*out) return fail_at(p, at, p->tok.start, "a second '%s'", what) != NULL;
  if (p->tok.kind != T_STRING) return expected(p, "a string") != NULL;
  *out = decode(p, p->tok.start + 1, p->tok.end - 1, NULL);
  advance(p);
  return *out != NULL;
}

static int parse_clause(parser *p, int adhoc) {
  qquery *q = p->q;
  if (!adhoc && at_word(p, "title")) return string_clause(p, &q->title, "title");
  if (!adhoc && at_word(p, "description"))
    return string_clause(p, &q->description, "description");
  if (!adhoc && at_word(p, "skip")) return string_clause(p, &q->skip_reason, "skip");
  if (!adhoc && accept_word(p, "severity")) {
    char *w = is_word(p->tok.kind) ? tok_text(p, p->tok) : NULL;
    qseverity s;
    if (!w || qseverity_parse(w, &s) != 0)
      return expected(p, "a severity (critical, high, medium, low)") != NULL;
    q->severity = s;
    advance(p);
    return 1;
  }
  if (!adhoc && accept_word(p, "param")) {
    if (!(q->params = grow(p, q->params, q->n_params, sizeof *q->params))) return 0;
    qparam *prm = &q->params[q->n_params++];
    memset(prm, 0, sizeof *prm);
    return parse_param(p, prm);
  }
  if (accept_word(p, "let")) {
    if (q->n_checks)
      return fail_at(p, p->tok.start, p->tok.end,
                     "a query-level 'let' goes before the first check") != NULL;
    if (!is_word(p->tok.kind) || is_reserved(p, p->tok))
      return expected(p, "a name after 'let'") != NULL;
    if (!(q->lets = grow(p, q->lets, q->n_lets, sizeof *q->lets))) return 0;
    qlet *l = &q->lets[q->n_lets++];
    memset(l, 0, sizeof *l);
    l->name = tok_text(p, p->tok);
    advance(p);
    if (!expect_tok(p, T_ASSIGN, "'='")) return 0;
    return (l->value = parse_expr(p)) != NULL;
  }
  if (accept_word(p, "def")) {
    if (!(q->defs = grow(p, q->defs, q->n_defs, sizeof *q->defs))) return 0;
    qdef *d = &q->defs[q->n_defs++];
    memset(d, 0, sizeof *d);
    return parse_def(p, d);
  }
  int is_match = at_word(p, "match");
  if (at_word(p, "check") || (adhoc && is_match)) {
    if (is_match && q->n_checks)
      return fail_at(p, p->tok.start, p->tok.end, "only one 'match' per query") != NULL;
    if (q->adhoc && q->n_checks)
      return fail_at(p, p->tok.start, p->tok.end, "'check' after 'match'") != NULL;
    if (!(q->checks = grow(p, q->checks, q->n_checks, sizeof *q->checks))) return 0;
    qcheck *c = &q->checks[q->n_checks++];
    memset(c, 0, sizeof *c);
    q->adhoc = is_match;
    return parse_check(p, c, is_match);
  }
  return expected(p, adhoc ? "'match', 'check' or 'def'"
                           : "a clause (title, severity, description, skip, param, "
                             "def, check)") != NULL;
}

static int parse_file(parser *p, int adhoc) {
  qquery *q = p->q;
  q->severity = SEV_MEDIUM;
  advance(p);
  if (!adhoc || at_word(p, "query")) {
    adhoc = 0;
    q->start = p->tok.start;
    if (!expect_word(p, "query")) return 0;
    if (p->tok.kind == T_STRING) {
      q->id = decode(p, p->tok.start + 1, p->tok.end - 1, NULL);
      advance(p);
    } else {
      q->id = glued(p, 0, 1);
    }
    if (!q->id) resync(p);
  }
  while (p->tok.kind != T_EOF && p->errors < MAX_ERRORS) {
    if (!parse_clause(p, adhoc) || p->failed) {
      if (!p->failed) expected(p, "a clause");
      resync(p);
    }
  }
  if (p->errors) return 0;
  if (!q->n_checks)
    return fail_at(p, p->tok.start, p->tok.end,
                   adhoc ? "expected 'match ... return ...' or a 'check'"
                         : "a query needs at least one 'check'") != NULL;
  if (!adhoc && !q->title)
    return fail_at(p, q->start, q->start + 5, "query '%s' has no 'title'", q->id) != NULL;
  return 1;
}

/* The parser's entry: q holds the file name and source (the driver set
 * them up); fills q's clauses. Errors go to diags. */
int qparse_query(qquery *q, int adhoc, pg_diags *diags) {
  parser p;
  memset(&p, 0, sizeof p);
  p.q = q;
  p.diags = diags;
  lex_init(&p.lx, q->src, 0, q->src_len);
  return parse_file(&p, adhoc) ? PG_OK : PG_ERR_PARSE;
}
