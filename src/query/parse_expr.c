/* The parser's expressions and graph patterns, which nest in each other
 * (a pattern's `where` is an expression; a quantifier or a comprehension
 * holds patterns): strings and templates, patterns and generators, and
 * the expression grammar by precedence (or, and, not, comparison and
 * `in`, +, *, unary minus, postfix, primary). */
#include "query/parser.h"
#include "base/decnum.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- strings and templates -------------------------------------------- */

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
  sub.peeked = 0;
  sub.failed = 0;
  ps_advance(&sub);
  qnode *e = parse_expr(&sub);
  if (e && sub.tok.kind != T_EOF) e = ps_expected(&sub, "'}' to close the placeholder");
  p->errors = sub.errors;
  if (sub.failed) p->failed = 1;
  return e;
}

/* A string literal; with `{expr}` placeholders it becomes a template whose
 * items alternate literal parts and expressions. */
qnode *parse_string(parser *p) {
  token t = p->tok;
  uint32_t body = t.start + 1, body_end = t.end - 1;
  ps_advance(p);
  nodes parts;
  ps_nodes_init(&parts);
  uint32_t lit = body;
  int any_placeholder = 0;
  for (uint32_t i = body; i < body_end; i++) {
    if (p->lx.src[i] == '\\') {
      i++;
      continue;
    }
    if (p->lx.src[i] != '{') continue;
    uint32_t close = placeholder_end(p->lx.src, i, body_end);
    if (!close) return ps_fail_at(p, i, i + 1, "unclosed '{' in string (write \\{ for a brace)");
    any_placeholder = 1;
    if (i > lit) {
      qnode *s = ps_new_node(p, N_STRING, lit);
      if (!s || !(s->str = ps_decode(p, lit, i, &s->len))) return NULL;
      s->end = i;
      ps_nodes_push(p, &parts, s);
    }
    if (close == i + 1) return ps_fail_at(p, i, close + 1, "empty placeholder '{}'");
    qnode *e = parse_sub_expr(p, i + 1, close);
    if (!e) return NULL;
    ps_nodes_push(p, &parts, e);
    lit = close + 1;
    i = close;
  }
  if (!any_placeholder) {
    qnode *s = ps_new_node(p, N_STRING, t.start);
    if (!s || !(s->str = ps_decode(p, body, body_end, &s->len))) return NULL;
    return s;
  }
  if (lit < body_end) {
    qnode *s = ps_new_node(p, N_STRING, lit);
    if (!s || !(s->str = ps_decode(p, lit, body_end, &s->len))) return NULL;
    s->end = body_end;
    ps_nodes_push(p, &parts, s);
  }
  qnode *tpl = ps_new_node(p, N_TEMPLATE, t.start);
  if (!tpl) return NULL;
  tpl->items = ps_nodes_done(p, &parts);
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
      g = ps_decode(p, p->tok.start + 1, p->tok.end - 1, NULL);
      ps_advance(p);
    } else {
      g = ps_glued(p, labels, 0);
    }
    if (!g) return 0;
    if (count == 64) return ps_fail_at(p, p->tok.start, p->tok.end, "more than 64 globs") != NULL;
    list[count++] = g;
  } while (ps_accept(p, T_PIPE));
  n->globs = arena_alloc(&p->q->mem, count * sizeof *n->globs);
  if (!n->globs) return 0;
  memcpy(n->globs, list, count * sizeof *list);
  n->n_globs = count;
  return 1;
}

/* ( [NAME] [: [deleted] [KIND] [GLOB|GLOB...]] [where EXPR] ) */
static qnode *parse_node_pattern(parser *p) {
  qnode *n = ps_new_node(p, N_NODEPAT, p->tok.start);
  if (!n || !ps_expect_tok(p, T_LPAREN, "'('")) return NULL;
  n->mask = NK_ALL;
  if (ps_is_word(p->tok.kind) && !ps_at_word(p, "where")) {
    if (ps_is_reserved(p, p->tok))
      return ps_fail_at(p, p->tok.start, p->tok.end, "'%.*s' is a keyword, not a name",
                     (int)(p->tok.end - p->tok.start), p->lx.src + p->tok.start);
    n->str = ps_tok_text(p, p->tok);
    ps_advance(p);
  }
  if (ps_accept(p, T_COLON)) {
    n->mask = 0;
    if (ps_accept_word(p, "deleted")) n->u.node.deleted = 1;
    for (size_t i = 0; i < sizeof node_kinds / sizeof node_kinds[0]; i++)
      if (ps_at_word(p, node_kinds[i].word)) {
        n->mask = node_kinds[i].mask;
        ps_advance(p);
        break;
      }
    int has_glob = ps_is_word(p->tok.kind) ? !ps_at_word(p, "where") : p->tok.kind == T_STAR;
    if (has_glob && !parse_globs(p, n, 0)) return NULL;
    if (!n->mask) n->mask = 1u << PG_NODE_RESOURCE;
    if (!has_glob && n->mask == 0 && !n->u.node.deleted)
      return ps_expected(p, "a node kind or resource type after ':'");
  }
  if (ps_accept_word(p, "where") && !(n->a = parse_expr(p))) return NULL;
  if (!ps_expect_tok(p, T_RPAREN, "')' to close the node pattern")) return NULL;
  ps_finish(p, n);
  return n;
}

/* A hop count, 0 to 9999. */
static int hop_count(parser *p, int *out) {
  if (p->tok.kind != T_NUMBER) return ps_expected(p, "a number of hops") != NULL;
  double v = strtod(ps_tok_text(p, p->tok), NULL);
  if (v != (int)v || v < 0 || v > 9999)
    return ps_fail_at(p, p->tok.start, p->tok.end, "a hop count is a whole number from 0 to 9999") != NULL;
  *out = (int)v;
  ps_advance(p);
  return 1;
}

/* {N}, {N,} or {N,M}: the edge repeated N to M times (a reachability
 * search, each node reached once). */
static void repetition(parser *p, qnode *e) {
  uint32_t at = p->tok.start;
  ps_advance(p);
  int min = 0, max = 0;
  if (!hop_count(p, &min)) return;
  max = min;
  if (ps_accept(p, T_COMMA)) {
    if (p->tok.kind == T_RBRACE) max = -1;
    else if (!hop_count(p, &max)) return;
  }
  if (!ps_expect_tok(p, T_RBRACE, "'}' to close the hop count")) return;
  if (min < 1 || (max >= 0 && max < min)) {
    ps_fail_at(p, at, p->tok.start, "hops go from 1 up: {1,}, {2}, {1,3}");
    return;
  }
  e->u.edge.min = min;
  e->u.edge.max = max;
}

static void edge_spec(parser *p, qnode *e) {
  if (ps_is_word(p->tok.kind) && ps_peek(p).kind == T_COLON) {
    e->str = ps_tok_text(p, p->tok);
    ps_advance(p);
    ps_advance(p);
  }
  unsigned mask = 0;
  for (;;) {
    size_t i, nk = sizeof edge_kinds / sizeof edge_kinds[0];
    for (i = 0; i < nk; i++)
      if (ps_at_word(p, edge_kinds[i].word)) break;
    if (i == nk) break;
    mask |= edge_kinds[i].mask;
    ps_advance(p);
    if (p->tok.kind != T_PIPE) break;
    token next = ps_peek(p);
    int kind_follows = 0;
    for (size_t j = 0; j < nk; j++)
      if (ps_tok_is_word(p, next, edge_kinds[j].word)) kind_follows = 1;
    if (!kind_follows) {
      ps_expected(p, "an edge kind after '|'");
      return;
    }
    ps_advance(p);
  }
  if (p->tok.kind != T_RBRACK && p->tok.kind != T_LBRACE && !parse_globs(p, e, 1)) return;
  e->mask = mask ? mask : e->n_globs ? EK_LINK : EK_ALL;
  if (p->tok.kind == T_LBRACE) repetition(p, e);
}

/* -[SPEC]->  <-[SPEC]-  -[SPEC]-  -->  <--  -- */
static qnode *parse_edge_pattern(parser *p) {
  qnode *e = ps_new_node(p, N_EDGEPAT, p->tok.start);
  if (!e) return NULL;
  e->mask = EK_ALL;
  if (ps_accept(p, T_ARROW_L)) {
    e->u.edge.direction = -1;
    if (ps_accept(p, T_LBRACK)) {
      edge_spec(p, e);
      if (p->failed || !ps_expect_tok(p, T_RBRACK, "']' to close the edge")) return NULL;
    }
    if (!ps_expect_tok(p, T_MINUS, "'-' after the edge")) return NULL;
  } else if (ps_accept(p, T_MINUS)) {
    if (ps_accept(p, T_LBRACK)) {
      edge_spec(p, e);
      if (p->failed || !ps_expect_tok(p, T_RBRACK, "']' to close the edge")) return NULL;
    }
    if (ps_accept(p, T_ARROW_R)) e->u.edge.direction = 1;
    else if (ps_accept(p, T_MINUS)) e->u.edge.direction = 0;
    else return ps_expected(p, "'->' or '-' to end the edge");
  } else if (ps_accept(p, T_ARROW_R)) {
    e->u.edge.direction = 1; /* "-->" lexes as '-' '->' but "->" alone is also fine */
  } else {
    return ps_expected(p, "an edge ('-[...]->' or '<-[...]-')");
  }
  ps_finish(p, e);
  return e;
}

static int at_edge(const parser *p) {
  return p->tok.kind == T_MINUS || p->tok.kind == T_ARROW_L || p->tok.kind == T_ARROW_R;
}

/* NODE (EDGE NODE)*: items alternate node and edge patterns. */
static qnode *parse_pattern(parser *p) {
  qnode *pat = ps_new_node(p, N_PATTERN, p->tok.start);
  if (!pat) return NULL;
  nodes parts;
  ps_nodes_init(&parts);
  qnode *n = parse_node_pattern(p);
  if (!n || !ps_nodes_push(p, &parts, n)) return NULL;
  while (at_edge(p)) {
    qnode *e = parse_edge_pattern(p);
    if (!e || !ps_nodes_push(p, &parts, e)) return NULL;
    if (!(n = parse_node_pattern(p)) || !ps_nodes_push(p, &parts, n)) return NULL;
  }
  pat->items = ps_nodes_done(p, &parts);
  pat->n_items = parts.n;
  ps_finish(p, pat);
  return pat;
}

/* PATTERN | NAME in EXPR */
static qnode *parse_generator(parser *p) {
  if (p->tok.kind == T_LPAREN) return parse_pattern(p);
  if (!ps_is_word(p->tok.kind) || ps_is_reserved(p, p->tok) || ps_peek(p).kind != T_IN)
    return ps_expected(p, "a pattern '(x: type)' or 'NAME in LIST'");
  qnode *g = ps_new_node(p, N_GEN_IN, p->tok.start);
  if (!g) return NULL;
  g->str = ps_tok_text(p, p->tok);
  ps_advance(p);
  ps_advance(p);
  if (!(g->a = parse_expr(p))) return NULL;
  ps_finish(p, g);
  return g;
}

int parse_generators(parser *p, qnode ***out, uint32_t *n) {
  nodes gens;
  ps_nodes_init(&gens);
  do {
    qnode *g = parse_generator(p);
    if (!g || !ps_nodes_push(p, &gens, g)) return 0;
  } while (ps_accept(p, T_COMMA));
  *out = ps_nodes_done(p, &gens);
  *n = (uint32_t)gens.n;
  return 1;
}

/* ---- expressions ------------------------------------------------------- */

/* exists { GENS [where C] } | count { ... } | all { GENS [where F] satisfy C } */
static qnode *parse_quantifier(parser *p, qnode_kind kind) {
  qnode *q = ps_new_node(p, kind, p->tok.start);
  if (!q) return NULL;
  ps_advance(p);
  if (!ps_expect_tok(p, T_LBRACE, "'{'")) return NULL;
  if (!parse_generators(p, &q->items, &q->n_items)) return NULL;
  if (ps_accept_word(p, "where") && !(q->a = parse_expr(p))) return NULL;
  if (kind == N_ALL) {
    if (!ps_expect_word(p, "satisfy") || !(q->b = parse_expr(p))) return NULL;
  }
  if (!ps_expect_tok(p, T_RBRACE, "'}' to close the quantifier")) return NULL;
  ps_finish(p, q);
  return q;
}

static qnode *parse_list(parser *p) {
  uint32_t start = p->tok.start;
  ps_advance(p);
  int comprehension = p->tok.kind == T_LPAREN
                          ? 0
                          : ps_is_word(p->tok.kind) && ps_peek(p).kind == T_IN &&
                                !ps_is_reserved(p, p->tok);
  if (p->tok.kind == T_LPAREN) {
    /* A pattern starts "(name:" or "(:" or "(name)" followed by an edge. */
    lexer save = p->lx;
    token t1 = lex_next(&save);
    token t2 = lex_next(&save);
    token t3 = lex_next(&save);
    comprehension = t1.kind == T_COLON || (ps_is_word(t1.kind) && t2.kind == T_COLON) ||
                    (ps_is_word(t1.kind) && t2.kind == T_RPAREN &&
                     (t3.kind == T_MINUS || t3.kind == T_ARROW_L || t3.kind == T_ARROW_R));
  }
  if (comprehension) {
    qnode *c = ps_new_node(p, N_COMPREHENSION, start);
    if (!c || !parse_generators(p, &c->items, &c->n_items)) return NULL;
    if (ps_accept_word(p, "where") && !(c->a = parse_expr(p))) return NULL;
    if (ps_accept(p, T_PIPE) && !(c->b = parse_expr(p))) return NULL;
    if (!ps_expect_tok(p, T_RBRACK, "']' to close the list")) return NULL;
    ps_finish(p, c);
    return c;
  }
  qnode *l = ps_new_node(p, N_LIST, start);
  if (!l) return NULL;
  nodes items;
  ps_nodes_init(&items);
  if (p->tok.kind != T_RBRACK) {
    do {
      qnode *e = parse_expr(p);
      if (!e || !ps_nodes_push(p, &items, e)) return NULL;
    } while (ps_accept(p, T_COMMA));
  }
  if (!ps_expect_tok(p, T_RBRACK, "',' or ']'")) return NULL;
  l->items = ps_nodes_done(p, &items);
  l->n_items = items.n;
  ps_finish(p, l);
  return l;
}

static qnode *parse_call(parser *p) {
  qnode *c = ps_new_node(p, N_CALL, p->tok.start);
  if (!c) return NULL;
  c->str = ps_tok_text(p, p->tok);
  ps_advance(p);
  ps_advance(p); /* '(' */
  nodes args;
  ps_nodes_init(&args);
  if (p->tok.kind != T_RPAREN) {
    do {
      qnode *e = parse_expr(p);
      if (!e || !ps_nodes_push(p, &args, e)) return NULL;
    } while (ps_accept(p, T_COMMA));
  }
  if (!ps_expect_tok(p, T_RPAREN, "',' or ')' in the argument list")) return NULL;
  c->items = ps_nodes_done(p, &args);
  c->n_items = args.n;
  ps_finish(p, c);
  return c;
}

/* {name: expr, ...}: a record, read with .name. */
static qnode *parse_record(parser *p) {
  qnode *r = ps_new_node(p, N_RECORD, p->tok.start);
  if (!r) return NULL;
  ps_advance(p);
  nodes items;
  ps_nodes_init(&items);
  const char *names[64];
  size_t n = 0;
  if (p->tok.kind != T_RBRACE) {
    do {
      if (!ps_is_word(p->tok.kind) || ps_is_reserved(p, p->tok))
        return ps_expected(p, "a field name");
      if (n == 64) return ps_fail_at(p, p->tok.start, p->tok.end, "more than 64 fields");
      names[n] = ps_tok_text(p, p->tok);
      ps_advance(p);
      if (!names[n] || !ps_expect_tok(p, T_COLON, "':' after the field name")) return NULL;
      qnode *e = parse_expr(p);
      if (!e || !ps_nodes_push(p, &items, e)) return NULL;
      n++;
    } while (ps_accept(p, T_COMMA));
  }
  if (!ps_expect_tok(p, T_RBRACE, "',' or '}'")) return NULL;
  r->items = ps_nodes_done(p, &items);
  r->n_items = items.n;
  r->names = n ? arena_alloc(&p->q->mem, n * sizeof *r->names) : NULL;
  if (n && !r->names) return NULL;
  if (n) memcpy(r->names, names, n * sizeof *names);
  ps_finish(p, r);
  return r;
}

static qnode *parse_primary(parser *p) {
  token t = p->tok;
  qnode *n;
  switch (t.kind) {
  case T_NUMBER:
    if (!(n = ps_new_node(p, N_NUMBER, t.start))) return NULL;
    n->str = ps_tok_text(p, t);
    while (n->str && n->str[0] == '0' && n->str[1] >= '0' && n->str[1] <= '9') n->str++;
    if (n->str && dec_fits_double(n->str, strlen(n->str), &n->num)) n->str = NULL;
    ps_advance(p);
    ps_finish(p, n);
    return n;
  case T_STRING:
    return parse_string(p);
  case T_RAW:
    if (!(n = ps_new_node(p, N_STRING, t.start))) return NULL;
    n->len = t.end - t.start - 3;
    if (!(n->str = arena_strndup(&p->q->mem, p->lx.src + t.start + 2, n->len))) return NULL;
    ps_advance(p);
    ps_finish(p, n);
    return n;
  case T_PARAM:
    if (!(n = ps_new_node(p, N_PARAM, t.start))) return NULL;
    n->str = arena_strndup(&p->q->mem, p->lx.src + t.start + 1, t.end - t.start - 1);
    ps_advance(p);
    ps_finish(p, n);
    return n;
  case T_LPAREN: {
    ps_advance(p);
    qnode *e = parse_expr(p);
    if (!e || !ps_expect_tok(p, T_RPAREN, "')'")) return NULL;
    return e;
  }
  case T_LBRACK:
    return parse_list(p);
  case T_LBRACE:
    return parse_record(p);
  case T_IN: /* a keyword: "expected an expression" below */
  case T_IDENT:
    if (ps_at_word(p, "true") || ps_at_word(p, "false")) {
      if (!(n = ps_new_node(p, N_BOOL, t.start))) return NULL;
      n->num = ps_at_word(p, "true");
      ps_advance(p);
      ps_finish(p, n);
      return n;
    }
    if (ps_at_word(p, "null")) {
      if (!(n = ps_new_node(p, N_NULL, t.start))) return NULL;
      ps_advance(p);
      ps_finish(p, n);
      return n;
    }
    if (ps_peek(p).kind == T_LBRACE) {
      if (ps_at_word(p, "exists")) return parse_quantifier(p, N_EXISTS);
      if (ps_at_word(p, "all")) return parse_quantifier(p, N_ALL);
      if (ps_at_word(p, "count")) return parse_quantifier(p, N_COUNT);
    }
    if (ps_at_word(p, "if")) {
      if (!(n = ps_new_node(p, N_IF, t.start))) return NULL;
      ps_advance(p);
      if (!(n->a = parse_expr(p)) || !ps_expect_word(p, "then") || !(n->b = parse_expr(p)) ||
          !ps_expect_word(p, "else") || !(n->c = parse_expr(p)))
        return NULL;
      ps_finish(p, n);
      return n;
    }
    if (ps_peek(p).kind == T_LPAREN && !ps_is_reserved(p, t)) return parse_call(p);
    if (ps_is_reserved(p, t)) return ps_expected(p, "an expression");
    if (!(n = ps_new_node(p, N_NAME, t.start))) return NULL;
    n->str = ps_tok_text(p, t);
    ps_advance(p);
    ps_finish(p, n);
    return n;
  default:
    return ps_expected(p, "an expression");
  }
}

static qnode *parse_postfix(parser *p) {
  qnode *e = parse_primary(p);
  while (e) {
    uint32_t start = e->start;
    if (ps_accept(p, T_DOT)) {
      if (!ps_is_word(p->tok.kind)) return ps_expected(p, "an attribute name after '.'");
      qnode *f = ps_new_node(p, N_FIELD, start);
      if (!f) return NULL;
      f->a = e;
      f->str = ps_tok_text(p, p->tok);
      ps_advance(p);
      ps_finish(p, f);
      e = f;
    } else if (p->tok.kind == T_LBRACK && !p->tok.space_before) {
      ps_advance(p);
      qnode *x;
      if (ps_accept(p, T_STAR)) {
        if (!(x = ps_new_node(p, N_SPLAT, start))) return NULL;
      } else {
        if (!(x = ps_new_node(p, N_INDEX, start)) || !(x->b = parse_expr(p))) return NULL;
      }
      x->a = e;
      if (!ps_expect_tok(p, T_RBRACK, "']'")) return NULL;
      ps_finish(p, x);
      e = x;
    } else {
      break;
    }
  }
  return e;
}

static qnode *parse_unary(parser *p) {
  if (p->tok.kind == T_MINUS) {
    qnode *n = ps_new_node(p, N_UNARY, p->tok.start);
    if (!n) return NULL;
    n->op = T_MINUS;
    if (!ps_enter(p)) return NULL;
    ps_advance(p);
    n->a = parse_unary(p);
    ps_leave(p);
    if (!n->a) return NULL;
    ps_finish(p, n);
    return n;
  }
  return parse_postfix(p);
}

static qnode *binary(parser *p, qnode_kind k, int op, qnode *a, qnode *b) {
  if (!a || !b) return NULL;
  qnode *n = ps_new_node(p, k, a->start);
  if (!n) return NULL;
  n->op = op;
  n->a = a;
  n->b = b;
  ps_finish(p, n);
  return n;
}

static qnode *parse_mul(parser *p) {
  qnode *e = parse_unary(p);
  while (e && (p->tok.kind == T_STAR || p->tok.kind == T_SLASH)) {
    int op = p->tok.kind;
    ps_advance(p);
    e = binary(p, N_BINARY, op, e, parse_unary(p));
  }
  return e;
}

static qnode *parse_add(parser *p) {
  qnode *e = parse_mul(p);
  while (e && (p->tok.kind == T_PLUS || p->tok.kind == T_MINUS)) {
    int op = p->tok.kind;
    ps_advance(p);
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
    ps_advance(p);
    e = binary(p, N_BINARY, k, e, parse_add(p));
  } else if (ps_accept(p, T_IN)) {
    e = binary(p, N_IN, 0, e, parse_add(p));
  } else if (ps_at_word(p, "not") && ps_peek(p).kind == T_IN) {
    uint32_t start = e->start;
    ps_advance(p);
    ps_advance(p);
    e = binary(p, N_IN, 0, e, parse_add(p));
    qnode *n = e ? ps_new_node(p, N_NOT, start) : NULL;
    if (!n) return NULL;
    n->a = e;
    ps_finish(p, n);
    e = n;
  }
  if (e && (p->tok.kind == T_EQ || p->tok.kind == T_NE || p->tok.kind == T_LT ||
            p->tok.kind == T_GT || p->tok.kind == T_LE || p->tok.kind == T_GE))
    return ps_fail_at(p, p->tok.start, p->tok.end,
                   "comparisons do not chain: write 'a < b and b < c'");
  return e;
}

static qnode *parse_not(parser *p) {
  if (ps_at_word(p, "not")) {
    qnode *n = ps_new_node(p, N_NOT, p->tok.start);
    if (!n || !ps_enter(p)) return NULL;
    ps_advance(p);
    n->a = parse_not(p);
    ps_leave(p);
    if (!n->a) return NULL;
    ps_finish(p, n);
    return n;
  }
  return parse_compare(p);
}

static qnode *parse_and(parser *p) {
  qnode *e = parse_not(p);
  while (e && ps_accept_word(p, "and")) e = binary(p, N_AND, 0, e, parse_not(p));
  return e;
}

qnode *parse_expr(parser *p) {
  if (!ps_enter(p)) return NULL;
  qnode *e = parse_and(p);
  while (e && ps_accept_word(p, "or")) e = binary(p, N_OR, 0, e, parse_and(p));
  ps_leave(p);
  if (e && p->depth == 0) { /* a whole expression: measure what the loops built */
    int nomem;
    const qnode *deep = qnode_too_deep(e, MAX_TREE_DEPTH, &nomem);
    if (nomem) return ps_fail_at(p, e->start, e->start, "out of memory");
    if (deep)
      return ps_fail_at(p, deep->start, deep->end,
                        "expression more than %d levels deep (each operator of a chain "
                        "is a level: split it with 'let')", MAX_TREE_DEPTH);
  }
  return e;
}

