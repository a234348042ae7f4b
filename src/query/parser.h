/* The parser's shared state and helpers (parse_util.c), for its two
 * stages: expressions and patterns (parse_expr.c) and the clauses of a
 * query file (qparse.c). Private to the parser: nothing else includes it. */
#ifndef PG_PARSER_H
#define PG_PARSER_H

#include "query/qast.h"

#define MAX_DEPTH 200    /* expression nesting, against stack exhaustion */
/* Levels of a whole expression tree, chains included (every operator of
 * `a + b + ...` is a level): the later stages recurse once per level. */
#define MAX_TREE_DEPTH 1000
#define MAX_ERRORS 10    /* errors reported per file before giving up */

typedef struct parser {
  lexer lx;
  token tok;           /* current token */
  /* The token after tok and the lexer past it, once ps_peek has read it
   * (peeked): ps_advance takes it rather than reading it again. */
  token peek_tok;
  lexer peek_lx;
  int peeked;
  uint32_t prev_end;   /* end of the previous token */
  qquery *q;
  pg_diags *diags;
  int failed;          /* the current clause has an error */
  int errors;          /* errors so far in the file */
  int nomem;           /* an array could not grow: out of memory, whatever
                          errors followed */
  unsigned depth;      /* nesting, against stack exhaustion */
  pos_cursor *cursor;  /* where the last error's line:column was found */
} parser;

/* A growable array of node pointers, copied into the arena when done. */
typedef struct nodes {
  qnode *local[16];
  qnode **items;
  size_t n, cap;
} nodes;

/* ---- errors (parse_util.c) ---------------------------------------------- */

/* Records an error at a byte range unless the clause already has one;
 * returns NULL so that callers can `return ps_fail_at(...)`. */
void *ps_fail_at(parser *p, uint32_t start, uint32_t end, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Enters one level of nesting (a parenthesis, a prefix operator): 1, or
 * 0 after reporting "nested more than MAX_DEPTH deep". ps_leave undoes it. */
int ps_enter(parser *p);
void ps_leave(parser *p);
/* "expected WHAT, found TOKEN" at the current token; NULL. */
void *ps_expected(parser *p, const char *what);

/* ---- tokens ----------------------------------------------------------- */

/* A name or keyword token (T_IDENT, or T_IN where a word is read). */
int ps_is_word(tok_kind k);
void ps_advance(parser *p);
token ps_peek(parser *p);
int ps_tok_is_word(const parser *p, token t, const char *w);
int ps_at_word(const parser *p, const char *w);
/* The current token is one of the NULL-terminated words. */
int ps_word_in(const parser *p, const char *const *words);
int ps_is_reserved(const parser *p, token t);
/* Consumes the current token when it matches: 1, else 0. */
int ps_accept(parser *p, tok_kind k);
int ps_accept_word(parser *p, const char *w);
/* Consumes it, or reports "expected WHAT" and returns 0. */
int ps_expect_tok(parser *p, tok_kind k, const char *what);
int ps_expect_word(parser *p, const char *w);

/* ---- nodes and text (in the query's arena) ----------------------------- */

char *ps_tok_text(parser *p, token t);
qnode *ps_new_node(parser *p, qnode_kind k, uint32_t start);
/* Ends n's source range at the previous token. */
void ps_finish(parser *p, qnode *n);
void ps_nodes_init(nodes *v);
int ps_nodes_push(parser *p, nodes *v, qnode *n);
/* The items copied into the arena (NULL when there are none). */
qnode **ps_nodes_done(parser *p, nodes *v);
/* A word glued from adjacent tokens (type globs, labels, ids). */
char *ps_glued(parser *p, int dots, int dashes);
/* The raw string body [start, end) with its escapes decoded; *len its
 * length when len is not NULL. */
char *ps_decode(parser *p, uint32_t start, uint32_t end, uint32_t *len);

/* ---- expressions and patterns (parse_expr.c) --------------------------- */

qnode *parse_expr(parser *p);
/* A string literal, or a template when it holds {expr} placeholders. */
qnode *parse_string(parser *p);
/* GEN (, GEN)*: patterns and `NAME in LIST`. */
int parse_generators(parser *p, qnode ***out, uint32_t *n);

#endif
