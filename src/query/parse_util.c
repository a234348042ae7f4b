/* The parser's shared helpers (see parser.h): errors with what was
 * expected and what was found, token tests and consumption, nodes and
 * their arrays in the query's arena, glued words and decoded strings. */
#include "query/parser.h"

#include "base/bytes.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- errors ------------------------------------------------------------ */

/* A name or keyword: the lexer gives `in` a token kind of its own, but
 * wherever the grammar reads a word (globs, labels, attribute names,
 * column names) it is one, as it always was. */
int ps_is_word(tok_kind k) { return k == T_IDENT || k == T_IN; }

static void describe(const parser *p, token t, char *buf, size_t cap) {
  if (ps_is_word(t.kind) || t.kind == T_NUMBER || t.kind == T_PARAM) {
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
void *ps_fail_at(parser *p, uint32_t start, uint32_t end, const char *fmt, ...) {
  if (p->failed) return NULL;
  p->failed = 1;
  p->errors++;
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  pos_cursor fresh = {0};
  q_error_from(p->diags, p->cursor ? p->cursor : &fresh, p->q->file, p->q->src,
               p->q->src_len, start, end, "%s", msg);
  return NULL;
}

int ps_enter(parser *p) {
  if (++p->depth <= MAX_DEPTH) return 1;
  p->depth--;
  ps_fail_at(p, p->tok.start, p->tok.end, "expression nested more than %d deep", MAX_DEPTH);
  return 0;
}

void ps_leave(parser *p) { p->depth--; }

void *ps_expected(parser *p, const char *what) {
  char found[160];
  describe(p, p->tok, found, sizeof found);
  if (p->tok.kind == T_BAD && p->lx.error)
    return ps_fail_at(p, p->tok.start, p->tok.end, "%s", found);
  return ps_fail_at(p, p->tok.start, p->tok.end, "expected %s, found %s", what, found);
}

/* ---- token helpers ----------------------------------------------------- */

void ps_advance(parser *p) {
  p->prev_end = p->tok.end;
  if (p->peeked) {
    p->tok = p->peek_tok;
    p->lx = p->peek_lx;
    p->peeked = 0;
  } else {
    p->tok = lex_next(&p->lx);
  }
}

int ps_tok_is_word(const parser *p, token t, const char *w) {
  /* The first letter first: most tests (every reserved word against each
   * name, ps_is_reserved) end there. */
  if (!ps_is_word(t.kind) || p->lx.src[t.start] != w[0]) return 0;
  size_t n = strlen(w);
  return t.end - t.start == n && memcmp(p->lx.src + t.start, w, n) == 0;
}

int ps_at_word(const parser *p, const char *w) { return ps_tok_is_word(p, p->tok, w); }

/* A third of the tokens of the built-in queries are peeked at before they
 * are read: kept, each is lexed once. */
token ps_peek(parser *p) {
  if (!p->peeked) {
    p->peek_lx = p->lx;
    p->peek_tok = lex_next(&p->peek_lx);
    p->peeked = 1;
  }
  return p->peek_tok;
}

int ps_accept(parser *p, tok_kind k) {
  if (p->tok.kind != k) return 0;
  ps_advance(p);
  return 1;
}

int ps_accept_word(parser *p, const char *w) {
  if (!ps_at_word(p, w)) return 0;
  ps_advance(p);
  return 1;
}

int ps_expect_tok(parser *p, tok_kind k, const char *what) {
  if (ps_accept(p, k)) return 1;
  ps_expected(p, what);
  return 0;
}

int ps_expect_word(parser *p, const char *w) {
  if (ps_accept_word(p, w)) return 1;
  char what[64];
  snprintf(what, sizeof what, "'%s'", w);
  ps_expected(p, what);
  return 0;
}

/* In strcmp order: ps_is_reserved searches it by halves (a name is
 * tested against it each time the parser meets one). */
static const char *const reserved[] = {
    "all", "and", "check", "def", "each", "else", "exists", "expect",
    "false", "for", "if", "in", "let", "match", "message", "not",
    "null", "or", "return", "satisfy", "subject", "then", "true", "where"};

int ps_is_reserved(const parser *p, token t) {
  if (!ps_is_word(t.kind)) return 0;
  return bytes_find_sorted(reserved, sizeof reserved / sizeof reserved[0], p->lx.src + t.start,
                           t.end - t.start) >= 0;
}

char *ps_tok_text(parser *p, token t) {
  return arena_strndup(&p->q->mem, p->lx.src + t.start, t.end - t.start);
}

qnode *ps_new_node(parser *p, qnode_kind k, uint32_t start) {
  qnode *n = arena_alloc(&p->q->mem, sizeof *n);
  if (!n) return ps_fail_at(p, start, start, "out of memory");
  n->kind = k;
  n->start = start;
  n->end = p->prev_end > start ? p->prev_end : start;
  return n;
}

void ps_finish(parser *p, qnode *n) {
  if (n && p->prev_end > n->start) n->end = p->prev_end;
}


void ps_nodes_init(nodes *v) {
  v->items = v->local;
  v->n = 0;
  v->cap = 16;
}

int ps_nodes_push(parser *p, nodes *v, qnode *n) {
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

qnode **ps_nodes_done(parser *p, nodes *v) {
  if (!v->n) return NULL;
  qnode **out = arena_alloc(&p->q->mem, v->n * sizeof *out);
  if (out) memcpy(out, v->items, v->n * sizeof *out);
  return out;
}

/* A word glued from adjacent tokens with no space between: type globs
 * (aws_db_*), labels (route.vpc_peering_connection_id) and ids
 * (replica-per-region). */
char *ps_glued(parser *p, int dots, int dashes) {
  uint32_t start = p->tok.start;
  int first = 1;
  while (first || !p->tok.space_before) {
    tok_kind k = p->tok.kind;
    int ok = ps_is_word(k) || k == T_STAR || k == T_NUMBER || (dots && k == T_DOT) ||
             (dashes && k == T_MINUS);
    if (!ok || (k == T_MINUS && !ps_is_word(ps_peek(p).kind) && ps_peek(p).kind != T_NUMBER))
      break;
    ps_advance(p);
    first = 0;
  }
  if (first) return ps_expected(p, dashes ? "an id" : "a name or glob");
  return arena_strndup(&p->q->mem, p->lx.src + start, p->prev_end - start);
}


/* Decodes the escapes of a raw string body. */
char *ps_decode(parser *p, uint32_t start, uint32_t end, uint32_t *len) {
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
  if (len) *len = (uint32_t)n;  /* under end - start */
  return out;
}

int ps_word_in(const parser *p, const char *const *words) {
  for (size_t i = 0; words[i]; i++)
    if (ps_at_word(p, words[i])) return 1;
  return 0;
}
