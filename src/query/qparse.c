/* Query language parser: recursive descent from tokens to the syntax tree
 * of qast.h; this file reads the clauses of a query file (query, title,
 * severity, param, def, let, check, match) and parse_expr.c their
 * expressions. The grammar is in docs/query-language.md. Errors name what
 * was expected and what was found, at file:line:column with a caret; after
 * an error the parser skips to the next top-level clause and goes on, so
 * one run reports every broken clause of a file. */
#include "query/qparse.h"

#include <stdio.h>
#include <string.h>

#include "base/vec.h"
#include "query/parser.h"

/* ---- clauses ----------------------------------------------------------- */

static const char *const clause_words[] = {"query", "title", "severity", "description",
                                           "skip", "param", "def", "let", "check", "match", "import",
                                           NULL};

/* After an error: skip to the next top-level clause. */
/* An array of the query could not grow: returns 0 like a failed clause,
 * and qparse_query then answers out of memory, not a parse error. */
static int no_memory(parser *p) {
  p->nomem = 1;
  return 0;
}

static void resync(parser *p) {
  while (p->tok.kind != T_EOF && !ps_word_in(p, clause_words)) ps_advance(p);
  p->failed = 0;
}

static int parse_let(parser *p, qlet *lets, size_t *n_lets, size_t cap) {
  if (!ps_is_word(p->tok.kind) || ps_is_reserved(p, p->tok))
    return ps_expected(p, "a name after 'let'") != NULL;
  if (*n_lets == cap) return ps_fail_at(p, p->tok.start, p->tok.end, "more than 32 lets") != NULL;
  qlet *l = &lets[(*n_lets)++];
  l->name = ps_tok_text(p, p->tok);
  ps_advance(p);
  if (!ps_expect_tok(p, T_ASSIGN, "'='")) return 0;
  return (l->value = parse_expr(p)) != NULL;
}

/* The clauses of a check or match, in any order, up to the next check. */
static int parse_check_body(parser *p, qcheck *c, int is_match) {
  qlet lets[32];
  size_t n_lets = 0;
  nodes rets;
  ps_nodes_init(&rets);
  const char *names[64];
  for (;;) {
    uint32_t at = p->tok.start;
    if (ps_accept_word(p, "let")) {
      if (!parse_let(p, lets, &n_lets, 32)) return 0;
    } else if (!is_match && ps_at_word(p, "subject")) {
      if (c->subject) return ps_fail_at(p, at, p->tok.end, "a second 'subject'") != NULL;
      ps_advance(p);
      if (p->tok.kind != T_STRING) return ps_expected(p, "a string after 'subject'") != NULL;
      if (!(c->subject = parse_string(p))) return 0;
    } else if (!is_match && ps_at_word(p, "message")) {
      if (c->message) return ps_fail_at(p, at, p->tok.end, "a second 'message'") != NULL;
      ps_advance(p);
      if (p->tok.kind != T_STRING) return ps_expected(p, "a string after 'message'") != NULL;
      if (!(c->message = parse_string(p))) return 0;
    } else if (!is_match && ps_at_word(p, "expect")) {
      if (c->expect) return ps_fail_at(p, at, p->tok.end, "a second 'expect'") != NULL;
      ps_advance(p);
      if (!(c->expect = parse_expr(p))) return 0;
    } else if (is_match && ps_at_word(p, "return")) {
      ps_advance(p);
      do {
        qnode *e = parse_expr(p);
        if (!e) return 0;
        if (rets.n == 64) return ps_fail_at(p, e->start, e->end, "more than 64 columns") != NULL;
        if (ps_accept_word(p, "as")) {
          if (!ps_is_word(p->tok.kind)) return ps_expected(p, "a column name after 'as'") != NULL;
          names[rets.n] = ps_tok_text(p, p->tok);
          ps_advance(p);
        } else {
          names[rets.n] = arena_strndup(&p->q->mem, p->lx.src + e->start, e->end - e->start);
        }
        if (!names[rets.n] || !ps_nodes_push(p, &rets, e)) return 0;
      } while (ps_accept(p, T_COMMA));
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
    if (!rets.n) return ps_expected(p, "'return' and the columns to show") != NULL;
    c->returns = ps_nodes_done(p, &rets);
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
    return ps_expected(p, what) != NULL;
  }
  return 1;
}

/* check [for each GENS [where EXPR]] clauses...  |  match GENS [where EXPR] ... */
static int parse_check(parser *p, qcheck *c, int is_match) {
  c->start = p->tok.start;
  ps_advance(p);
  if (is_match || ps_accept_word(p, "for")) {
    if (!is_match && !ps_expect_word(p, "each")) return 0;
    uint32_t n_gens = 0;
    if (!parse_generators(p, &c->gens, &n_gens)) return 0;
    c->n_gens = n_gens;
    if (ps_accept_word(p, "where") && !(c->where = parse_expr(p))) return 0;
  }
  return parse_check_body(p, c, is_match);
}

static int parse_param(parser *p, qparam *prm) {
  prm->start = p->tok.start;
  if (!ps_is_word(p->tok.kind) || ps_is_reserved(p, p->tok))
    return ps_expected(p, "a parameter name") != NULL;
  prm->name = ps_tok_text(p, p->tok);
  ps_advance(p);
  if (!ps_expect_tok(p, T_COLON, "':' and a type")) return 0;
  static const struct { const char *word; qparam_type t; } types[] = {
      {"string", PT_STRING}, {"number", PT_NUMBER}, {"bool", PT_BOOL}};
  int found = 0;
  for (size_t i = 0; i < 3; i++)
    if (ps_accept_word(p, types[i].word)) {
      prm->type = types[i].t;
      found = 1;
    }
  if (!found && ps_accept_word(p, "list")) {
    if (!ps_expect_tok(p, T_LT, "'<' (list<string> or list<number>)")) return 0;
    if (ps_accept_word(p, "string")) prm->type = PT_LIST_STRING;
    else if (ps_accept_word(p, "number")) prm->type = PT_LIST_NUMBER;
    else return ps_expected(p, "'string' or 'number'") != NULL;
    if (!ps_expect_tok(p, T_GT, "'>'")) return 0;
    found = 1;
  }
  if (!found) return ps_expected(p, "a type (string, number, bool, list<string>, list<number>)") != NULL;
  if (ps_accept(p, T_ASSIGN)) {
    if (!(prm->default_value = parse_expr(p))) return 0;
    prm->default_text = arena_strndup(&p->q->mem, p->lx.src + prm->default_value->start,
                                      prm->default_value->end - prm->default_value->start);
  }
  return 1;
}

static int parse_def(parser *p, qdef *d) {
  d->start = p->tok.start;
  if (!ps_is_word(p->tok.kind) || ps_is_reserved(p, p->tok) || ps_peek(p).kind != T_LPAREN)
    return ps_expected(p, "a function name and '(' after 'def'") != NULL;
  d->name = ps_tok_text(p, p->tok);
  ps_advance(p);
  ps_advance(p);
  const char *params[16];
  size_t n = 0;
  if (p->tok.kind != T_RPAREN) {
    do {
      if (!ps_is_word(p->tok.kind) || ps_is_reserved(p, p->tok))
        return ps_expected(p, "a parameter name") != NULL;
      if (n == 16) return ps_fail_at(p, p->tok.start, p->tok.end, "more than 16 parameters") != NULL;
      params[n++] = ps_tok_text(p, p->tok);
      ps_advance(p);
    } while (ps_accept(p, T_COMMA));
  }
  if (!ps_expect_tok(p, T_RPAREN, "',' or ')'") || !ps_expect_tok(p, T_ASSIGN, "'='")) return 0;
  d->params = n ? arena_alloc(&p->q->mem, n * sizeof *d->params) : NULL;
  if (n) memcpy(d->params, params, n * sizeof *params);
  d->n_params = n;
  /* let NAME = EXPR ... before the body: names for its repeated parts. */
  qlet lets[16];
  size_t nl = 0;
  while (ps_accept_word(p, "let")) {
    if (nl == 16) return ps_fail_at(p, p->tok.start, p->tok.end, "more than 16 lets in a def") != NULL;
    if (!ps_is_word(p->tok.kind) || ps_is_reserved(p, p->tok))
      return ps_expected(p, "a name after 'let'") != NULL;
    memset(&lets[nl], 0, sizeof lets[nl]);
    lets[nl].name = ps_tok_text(p, p->tok);
    ps_advance(p);
    if (!ps_expect_tok(p, T_ASSIGN, "'='") || !(lets[nl].value = parse_expr(p))) return 0;
    nl++;
  }
  d->lets = nl ? arena_alloc(&p->q->mem, nl * sizeof *d->lets) : NULL;
  if (nl && !d->lets) return 0;
  if (nl) memcpy(d->lets, lets, nl * sizeof *lets);
  d->n_lets = nl;
  return (d->body = parse_expr(p)) != NULL;
}

static int string_clause(parser *p, const char **out, const char *what) {
  uint32_t at = p->tok.start;
  ps_advance(p);
  if (*out) return ps_fail_at(p, at, p->tok.start, "a second '%s'", what) != NULL;
  if (p->tok.kind != T_STRING) return ps_expected(p, "a string") != NULL;
  *out = ps_decode(p, p->tok.start + 1, p->tok.end - 1, NULL);
  ps_advance(p);
  return *out != NULL;
}

/* The error where a clause should start: a second 'query' header says
 * what is wrong with the file. */
static int no_clause(parser *p, int adhoc) {
  if (!adhoc && ps_at_word(p, "query"))
    return ps_fail_at(p, p->tok.start, p->tok.end,
                      "a second 'query' in one file: put each query in a .pgq file of its "
                      "own") != NULL;
  return ps_expected(p, adhoc ? "'match', 'check' or 'def'"
                           : "a clause (title, severity, description, skip, param, "
                             "def, check)") != NULL;
}

static int parse_clause(parser *p, int adhoc) {
  qquery *q = p->q;
  if (q->library && !ps_at_word(p, "def") && !ps_at_word(p, "import")) {
    ps_expected(p, "'import' or 'def' (a library holds definitions only)");
    ps_advance(p);  /* resync stops at clause words such as this one */
    return 0;
  }
  if (!adhoc && ps_at_word(p, "title")) return string_clause(p, &q->title, "title");
  if (!adhoc && ps_at_word(p, "description"))
    return string_clause(p, &q->description, "description");
  if (!adhoc && ps_at_word(p, "skip")) return string_clause(p, &q->skip_reason, "skip");
  if (!adhoc && ps_accept_word(p, "severity")) {
    char *w = ps_is_word(p->tok.kind) ? ps_tok_text(p, p->tok) : NULL;
    qseverity s;
    if (!w || qseverity_parse(w, &s) != 0)
      return ps_expected(p, "a severity (critical, high, medium, low)") != NULL;
    q->severity = s;
    ps_advance(p);
    return 1;
  }
  if (!adhoc && ps_accept_word(p, "param")) {
    if (VEC_RESERVE(q->params, q->cap_params, q->n_params + 1) < 0) return no_memory(p);
    qparam *prm = &q->params[q->n_params++];
    memset(prm, 0, sizeof *prm);
    return parse_param(p, prm);
  }
  if (ps_accept_word(p, "let")) {
    if (q->n_checks)
      return ps_fail_at(p, p->tok.start, p->tok.end,
                     "a query-level 'let' goes before the first check") != NULL;
    if (!ps_is_word(p->tok.kind) || ps_is_reserved(p, p->tok))
      return ps_expected(p, "a name after 'let'") != NULL;
    if (VEC_RESERVE(q->lets, q->cap_lets, q->n_lets + 1) < 0) return no_memory(p);
    qlet *l = &q->lets[q->n_lets++];
    memset(l, 0, sizeof *l);
    l->name = ps_tok_text(p, p->tok);
    ps_advance(p);
    if (!ps_expect_tok(p, T_ASSIGN, "'='")) return 0;
    return (l->value = parse_expr(p)) != NULL;
  }
  if (ps_at_word(p, "import")) {
    uint32_t start = p->tok.start;
    ps_advance(p);
    if (q->n_defs || q->n_lets || q->n_checks)
      return ps_fail_at(p, start, start + 6, "'import' goes before the first def, let or check") != NULL;
    if (p->tok.kind != T_STRING) return ps_expected(p, "a quoted file name after 'import'") != NULL;
    if (VEC_RESERVE(q->imports, q->cap_imports, q->n_imports + 1) < 0) return no_memory(p);
    struct qimport *im = &q->imports[q->n_imports];
    im->path = ps_decode(p, p->tok.start + 1, p->tok.end - 1, NULL);
    im->start = p->tok.start;
    im->end = p->tok.end;
    if (!im->path) return 0;
    q->n_imports++;
    ps_advance(p);
    return 1;
  }
  if (ps_accept_word(p, "def")) {
    if (VEC_RESERVE(q->defs, q->cap_defs, q->n_defs + 1) < 0) return no_memory(p);
    qdef *d = &q->defs[q->n_defs++];
    memset(d, 0, sizeof *d);
    return parse_def(p, d);
  }
  int is_match = ps_at_word(p, "match");
  if (ps_at_word(p, "check") || (adhoc && is_match)) {
    if (is_match && q->n_checks)
      return ps_fail_at(p, p->tok.start, p->tok.end, "only one 'match' per query") != NULL;
    if (q->adhoc && q->n_checks)
      return ps_fail_at(p, p->tok.start, p->tok.end, "'check' after 'match'") != NULL;
    if (VEC_RESERVE(q->checks, q->cap_checks, q->n_checks + 1) < 0) return no_memory(p);
    qcheck *c = &q->checks[q->n_checks++];
    memset(c, 0, sizeof *c);
    q->adhoc = is_match;
    return parse_check(p, c, is_match);
  }
  return no_clause(p, adhoc);
}

static int parse_file(parser *p, int adhoc) {
  qquery *q = p->q;
  q->severity = SEV_MEDIUM;
  ps_advance(p);
  if (q->library) {
    adhoc = 1;  /* no header */
  } else if (!adhoc || ps_at_word(p, "query")) {
    adhoc = 0;
    q->start = p->tok.start;
    if (!ps_expect_word(p, "query")) return 0;
    if (p->tok.kind == T_STRING) {
      q->id = ps_decode(p, p->tok.start + 1, p->tok.end - 1, NULL);
      ps_advance(p);
    } else {
      q->id = ps_glued(p, 0, 1);
    }
    if (!q->id) resync(p);
  }
  while (p->tok.kind != T_EOF && p->errors < MAX_ERRORS) {
    uint32_t at = p->tok.start;
    int second_query = !adhoc && !q->library && ps_at_word(p, "query");
    if (!parse_clause(p, adhoc) || p->failed) {
      if (second_query) break;  /* what follows is another query's */
      if (!p->failed) ps_expected(p, "a clause");
      resync(p);
      /* A clause word that fails where it stands (a second 'query') would
       * fail again: pass it, so each error is told once. */
      if (p->tok.start == at && p->tok.kind != T_EOF) {
        ps_advance(p);
        resync(p);
      }
    }
  }
  if (p->errors >= MAX_ERRORS && p->tok.kind != T_EOF)
    q_error_from(p->diags, p->cursor, q->file, q->src, q->src_len, p->tok.start, p->tok.end,
                 "too many errors (%d); stopped reading here", MAX_ERRORS);
  if (p->errors) return 0;
  if (q->library) return 1;
  if (!q->n_checks)
    return ps_fail_at(p, p->tok.start, p->tok.end,
                   adhoc ? "expected 'match ... return ...' or a 'check'"
                         : "a query needs at least one 'check'") != NULL;
  if (!adhoc && !q->title)
    return ps_fail_at(p, q->start, q->start + 5, "query '%s' has no 'title'", q->id) != NULL;
  return 1;
}

/* The parser's entry: q holds the file name and source (the driver set
 * them up); fills q's clauses. Errors go to diags. */
int qparse_query(qquery *q, int adhoc, pg_diags *diags) {
  parser p;
  pos_cursor cursor = {0};
  memset(&p, 0, sizeof p);
  p.q = q;
  p.cursor = &cursor;
  p.diags = diags;
  lex_init(&p.lx, q->src, 0, q->src_len);
  int ok = parse_file(&p, adhoc);
  /* Out of memory comes out as a parse error at the clause it hit. */
  if (p.nomem || q->mem.failed) return PG_ERR_NOMEM;
  return ok ? PG_OK : PG_ERR_PARSE;
}

