/* The query language's front end shared by its stages: tokens (lexer),
 * syntax tree (parser), types and slots (checker), and the compiled query
 * that the evaluator runs. Token kinds, node kinds and value types are
 * X-macro tables so that enum, name and spelling never drift apart.
 *
 * Every tree node and string lives in the owning query file's arena; a
 * node records the byte range of the source it came from, turned into
 * line:column only when a message is printed. */
#ifndef PG_QAST_H
#define PG_QAST_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "plangraph/diag.h"
#include "plangraph/graph.h"

/* ---- tokens ------------------------------------------------------------ */

#define PG_TOKENS(X)                                                          \
  X(T_EOF, "end of file")  X(T_IDENT, "name")  X(T_STRING, "string")         \
  X(T_NUMBER, "number")    X(T_PARAM, "parameter")                          \
  X(T_LPAREN, "'('")  X(T_RPAREN, "')'")  X(T_LBRACK, "'['")                 \
  X(T_RBRACK, "']'")  X(T_LBRACE, "'{'")  X(T_RBRACE, "'}'")                 \
  X(T_COMMA, "','")   X(T_DOT, "'.'")     X(T_COLON, "':'")                  \
  X(T_PIPE, "'|'")    X(T_STAR, "'*'")    X(T_PLUS, "'+'")                   \
  X(T_MINUS, "'-'")   X(T_SLASH, "'/'")   X(T_EQ, "'=='")                    \
  X(T_NE, "'!='")     X(T_LT, "'<'")      X(T_LE, "'<='")                    \
  X(T_GT, "'>'")      X(T_GE, "'>='")     X(T_MATCH, "'=~'")                 \
  X(T_NOMATCH, "'!~'") X(T_ASSIGN, "'='") X(T_ARROW_R, "'->'")               \
  X(T_ARROW_L, "'<-'") X(T_BAD, "a character the language does not use")

typedef enum tok_kind {
#define X(k, s) k,
  PG_TOKENS(X)
#undef X
  T_COUNT_
} tok_kind;

const char *tok_kind_name(tok_kind k);

/* A token is a slice of the source: it owns nothing. */
typedef struct token {
  tok_kind kind;
  uint32_t start;      /* byte offset of the first character */
  uint32_t end;        /* one past the last */
  int space_before;    /* whitespace or a comment precedes it */
} token;

typedef struct lexer {
  const char *src;     /* the whole file (not owned) */
  uint32_t pos;        /* next byte */
  uint32_t end;        /* one past the last byte this lexer reads */
  const char *error;   /* set for T_BAD and unterminated strings */
} lexer;

void lex_init(lexer *lx, const char *src, uint32_t start, uint32_t end);
token lex_next(lexer *lx);

/* ---- value types (for the checker) ------------------------------------ */

#define PG_VTYPES(X)                                                          \
  X(VT_ANY, "value") X(VT_BOOL, "bool") X(VT_NUMBER, "number")                 \
  X(VT_STRING, "string") X(VT_LIST, "list") X(VT_NODE, "node")               \
  X(VT_EDGE, "edge") X(VT_NULL, "null")

typedef enum vtype {
#define X(k, s) k,
  PG_VTYPES(X)
#undef X
  VT_COUNT_
} vtype;

const char *vtype_name(vtype t);

/* ---- syntax tree ------------------------------------------------------- */

#define PG_NODES(X)                                                           \
  X(N_NUMBER, "number")          X(N_STRING, "string")                       \
  X(N_TEMPLATE, "template")      X(N_BOOL, "boolean")                        \
  X(N_NULL, "null")              X(N_PARAM, "parameter")                     \
  X(N_NAME, "name")              X(N_CALL, "call")                           \
  X(N_LIST, "list")              X(N_COMPREHENSION, "list comprehension")    \
  X(N_FIELD, "attribute")        X(N_INDEX, "index")                         \
  X(N_SPLAT, "splat")            X(N_UNARY, "unary operator")                \
  X(N_BINARY, "binary operator") X(N_AND, "and")  X(N_OR, "or")              \
  X(N_NOT, "not")                X(N_IF, "if")                               \
  X(N_EXISTS, "exists")          X(N_ALL, "all")  X(N_COUNT, "count")        \
  X(N_GEN_IN, "generator")       X(N_PATTERN, "pattern")                     \
  X(N_NODEPAT, "node pattern")   X(N_EDGEPAT, "edge pattern")

typedef enum qnode_kind {
#define X(k, s) k,
  PG_NODES(X)
#undef X
  N_COUNT_
} qnode_kind;

const char *qnode_kind_name(qnode_kind k);

/* Edge kinds a pattern accepts, as a bit mask over pg_edge_kind. */
#define EK_ALL 0x3fu
#define EK_LINK ((1u << PG_EDGE_REFERENCE) | (1u << PG_EDGE_VALUE))

/* Node kinds a pattern accepts, as a bit mask over pg_node_kind. */
#define NK_ALL 0x1fu
#define NK_DEFAULT ((1u << PG_NODE_RESOURCE) | (1u << PG_NODE_DATA))

typedef struct qnode qnode;
struct qnode {
  qnode_kind kind;
  uint32_t start, end;   /* source range */
  qnode *a, *b, *c;      /* operands; see the parser for each kind */
  qnode **items;         /* arguments, elements, generators, parts */
  size_t n_items;
  const char *str;       /* name, decoded string, or glob list text */
  size_t len;
  double num;
  int op;                /* tok_kind of an operator; +1/-1 edge direction */
  int slot;              /* variable slot a name reads or a generator binds */
  int fn;                /* built-in id, or -1 - def index for a def;
                            N_NAME: 1 for a query-level let */
  unsigned mask;         /* node or edge kinds a pattern accepts */
  const char **globs;    /* type or label globs; NULL means any */
  size_t n_globs;
  vtype type;            /* set by the checker */
  void *regex;           /* a compiled literal regex (regex_t), or NULL */
};

/* ---- compiled queries -------------------------------------------------- */

typedef enum qseverity { SEV_LOW, SEV_MEDIUM, SEV_HIGH, SEV_CRITICAL } qseverity;

typedef enum qparam_type { PT_STRING, PT_NUMBER, PT_BOOL, PT_LIST_STRING,
                           PT_LIST_NUMBER } qparam_type;

typedef struct qparam {
  const char *name;
  qparam_type type;
  qnode *default_value;  /* literal, or NULL */
  const char *default_text; /* the default as written, or NULL */
  const char *set_text;  /* value given with --param, or NULL */
  uint32_t start;
} qparam;

typedef struct qdef {
  const char *name;
  const char **params;
  size_t n_params;
  qnode *body;
  int n_slots;           /* variable slots the body needs */
  uint32_t start;
} qdef;

typedef struct qlet {
  const char *name;
  int slot;
  qnode *value;
} qlet;

/* One `check` block, or the body of an ad-hoc `match ... return`. */
typedef struct qcheck {
  qnode **gens; size_t n_gens;   /* `for each` generators; none: one subject */
  qnode *where;
  qlet *lets; size_t n_lets;
  qnode *subject, *expect, *message;  /* templates and condition */
  qnode **returns; size_t n_returns;  /* ad-hoc: the return list */
  const char **return_names;
  int n_slots;
  int n_gen_slots;               /* slots [0, n) hold the generators' bindings */
  uint32_t start;
} qcheck;

typedef struct qquery {
  const char *id;
  const char *title;
  const char *description;
  qseverity severity;
  const char *skip_reason;
  qparam *params; size_t n_params;
  qdef *defs; size_t n_defs;
  qlet *lets; size_t n_lets;  /* query-level: computed once per plan */
  int n_let_slots;            /* frame size the lets' expressions need */
  qcheck *checks; size_t n_checks;
  int adhoc;              /* `match ... return` instead of checks */
  const char *file;       /* where it came from */
  const char *src;        /* its text (arena copy) */
  uint32_t src_len;
  uint32_t start;
  void **regexes;         /* compiled literal regexes (malloc'd regex_t) */
  size_t n_regexes, cap_regexes;
  arena mem;              /* everything above except the regexes */
} qquery;

/* ---- the driver and the shared helpers -------------------------------- */

/* Parses and checks one query text (the driver, compile.c: parser, then
 * checker). On success *out is a query the caller frees with qquery_free;
 * on failure diagnostics (file:line:col, the source line and a caret) are
 * added and *out is NULL. adhoc: accept a bare `match ... return` or
 * `check` without the `query` header. */
int qquery_parse(qquery **out, const char *file, const char *text, size_t len,
                 int adhoc, pg_diags *diags);
/* Frees q, its arena and its compiled regexes; NULL is a no-op (ast.c). */
void qquery_free(qquery *q);

/* Reports an error at a byte range of q's source, with a caret snippet
 * (ast.c). Returns PG_ERR_PARSE, or PG_ERR_NOMEM when diags cannot grow. */
int q_error(pg_diags *diags, const char *file, const char *src, uint32_t src_len,
            uint32_t start, uint32_t end, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

const char *qseverity_name(qseverity s);
int qseverity_parse(const char *s, qseverity *out);
const char *qparam_type_name(qparam_type t);

#endif
