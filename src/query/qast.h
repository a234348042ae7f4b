/* The query language's front end shared by its stages: tokens (lexer),
 * syntax tree (parser), types and slots (checker), and the compiled query
 * that the evaluator runs. Token kinds, node kinds and value types are
 * X-macro tables so that enum, name and spelling never drift apart.
 *
 * Every tree node and string lives in the owning query file's arena; a
 * node records the byte range of the source it came from, turned into
 * line:column only when a message is printed.
 *
 * The files of query/, each calling only the ones below it or to its
 * right (scripts/check-layers checks that there is no cycle):
 *   compile.c (the driver: parse, then check)
 *     qparse.c (clauses) -> parse_expr.c (expressions, patterns)
 *       -> parse_util.c -> qlex.c (tokens)
 *     qcheck.c (names, types) -> builtins_table.c (names, arity, types)
 *   queryset.c (sets, --param) -> compile.c, param.c
 *   qeval.c (checks, matches) -> eval_expr.c (expressions, generators)
 *     -> eval_state.c (set-up, errors, limits), tupleset.c,
 *        builtins.c (implementations) -> qvalue.c (values)
 *   regex.c (PCRE2 with limits): used by the checker and the evaluator
 *   ast.c (names, q_error, qquery_free): used by all of them */
#ifndef PG_QAST_H
#define PG_QAST_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/pos.h"
#include "plangraph/diag.h"
#include "plangraph/graph.h"

/* ---- tokens ------------------------------------------------------------ */

#define PG_TOKENS(X)                                                          \
  X(T_EOF, "end of file")  X(T_IDENT, "name")  X(T_STRING, "string")         \
  X(T_RAW, "raw string")                                                     \
  X(T_NUMBER, "number")    X(T_PARAM, "parameter")  X(T_IN, "'in'")         \
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
  X(N_RECORD, "record")                                                      \
  X(N_FIELD, "attribute")        X(N_INDEX, "index")                         \
  X(N_SPLAT, "splat")            X(N_UNARY, "unary operator")                \
  X(N_BINARY, "binary operator") X(N_IN, "'in' test")                        \
  X(N_AND, "and")                X(N_OR, "or")                               \
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

/* A node of the syntax tree. The parser fills kind, range, operands and
 * the literal fields; the checker fills type, regex and the union u. What
 * each field means, by kind (fields not listed are zero or NULL, except
 * in the shared union below, where only a kind's own field may be read):
 *
 *  kind            a, b, c              items           str / num / op
 *  N_NUMBER        -                    -               num: the value; str: the
 *                                                       literal when no double
 *                                                       holds it exactly, else NULL
 *  N_STRING        -                    -               str, len: decoded text
 *  N_TEMPLATE      -                    N_STRING parts  -
 *                                       and expressions
 *  N_BOOL          -                    -               num: 1 true, 0 false
 *  N_NULL          -                    -               -
 *  N_PARAM         -                    -               str: name without '$'
 *  N_NAME          -                    -               str: the name
 *  N_CALL          -                    arguments       str: function name
 *  N_LIST          -                    elements        -
 *  N_RECORD        -                    field values    names: field names
 *  N_COMPREHENSION a: where, b: value   generators      -
 *                  after '|' (or NULL)
 *  N_FIELD         a: object            -               str: attribute name
 *  N_INDEX         a: object, b: index  -               -
 *  N_SPLAT         a: object            -               -
 *  N_UNARY         a: operand           -               op: T_MINUS
 *  N_BINARY        a, b: operands       -               op: the operator token
 *                                                       (T_PLUS...T_NOMATCH)
 *  N_IN            a: needle, b: list   -               -
 *                  or string
 *  N_AND, N_OR     a, b: operands       -               -
 *  N_NOT           a: operand           -               -
 *  N_IF            a: cond, b: then,    -               -
 *                  c: else
 *  N_EXISTS,       a: where (or NULL),  generators      -
 *  N_COUNT         b: satisfy (N_ALL)
 *  N_ALL
 *  N_GEN_IN        a: the list          -               str: variable name
 *  N_PATTERN       -                    N_NODEPAT,      -
 *                                       N_EDGEPAT, ...
 *                                       alternating
 *  N_NODEPAT       a: where (or NULL)   -               str: name or NULL;
 *                                                       mask, globs: kinds and
 *                                                       types accepted
 *  N_EDGEPAT       -                    -               str: name or NULL;
 *                                                       mask, globs: kinds and
 *                                                       labels accepted
 *
 * The union u, by kind (the parser sets node.deleted and edge.direction;
 * the checker sets the rest):
 *  N_NODEPAT   node.deleted: 1 for `(x: deleted ...)`, only resources being
 *              deleted; node.slot: the variable slot; node.bound: the name
 *              was bound before the pattern, so the node is a constraint;
 *              node.join: the pattern names it at another item too (the
 *              same slot): whichever the walk reaches first binds it, the
 *              others must be the same node
 *  N_EDGEPAT   edge.direction: +1 for '->', -1 for '<-', 0 for either;
 *              edge.slot: the variable slot, -1 for an unnamed edge
 *  N_CALL      call.builtin: a qfunc_id, or -1 for a def;
 *              call.def: index into qquery.defs, or -1 for a built-in
 *  N_NAME      name.slot: the frame slot, or with name.query_let the index
 *              of a query-level let (qquery.lets)
 *  N_PARAM     param.index: index into qquery.params
 *  N_GEN_IN    gen.slot: the slot the variable binds
 *  quantifiers quant.first_slot, quant.end_slot: the generators' slots are
 *  and [..|..] [first_slot, end_slot), whose values make a binding distinct
 */
typedef struct qnode qnode;
struct qnode {
  qnode_kind kind;
  uint32_t start, end;   /* source range */
  vtype type;            /* set by the checker */
  qnode *a, *b, *c;      /* operands (table above) */
  qnode **items;         /* arguments, elements, generators, parts */
  uint32_t n_items;      /* (a query's text is far under 4 GB: PG_MAX_QUERY_BYTES) */
  uint32_t len;          /* N_STRING: bytes of str */
  const char *str;       /* name, decoded string (table above) */
  /* What one kind of node alone holds. They share their room: the built-in
   * queries make about 22,000 nodes, kept for the whole run (2.5 MB at
   * 112 bytes each, when a 9 MB plan's check took 6.7 MB more than
   * loading it); a node of 96 bytes keeps 0.35 MB of that. Read each only
   * on its kinds. */
  union {
    double num;              /* N_NUMBER, N_BOOL */
    int op;                  /* N_UNARY, N_BINARY: the operator's tok_kind */
    struct {                 /* N_NODEPAT, N_EDGEPAT */
      const char **globs;    /* type or label globs; NULL means any */
      uint32_t n_globs;
      unsigned mask;         /* node or edge kinds the pattern accepts */
    };
    const char **names;      /* N_RECORD: the field names, one per item */
    void *regex;             /* N_STRING: a compiled literal regex (qregex), or NULL */
    struct qlist *constant;  /* N_LIST of literals only: its value, built once
                                by the checker in the query's memory (qlist,
                                qvalue.h; read-only, shared by every worker) */
  };
  union {
    struct { int deleted, slot, bound, join; } node; /* N_NODEPAT */
    /* N_EDGEPAT; min and max hops ({N,M}); 0 and 0: one hop; max -1: no
     * limit */
    struct { int direction, slot, min, max; } edge;
    struct { int builtin, def; } call;             /* N_CALL */
    struct { int slot, query_let; } name;          /* N_NAME */
    struct { int index; } param;                   /* N_PARAM */
    struct { int slot; } gen;                      /* N_GEN_IN */
    struct { int first_slot, end_slot; } quant;    /* quantifiers */
  } u;
};

/* (The size the comment above counts on, on a 64-bit machine.) */
_Static_assert(sizeof(void *) != 8 || sizeof(qnode) <= 96, "a qnode outgrew 96 bytes");

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

typedef struct qlet {
  const char *name;
  int slot;
  qnode *value;
} qlet;

typedef struct qquery qquery;

typedef struct qdef {
  const char *name;
  const qquery *from;    /* the library it was imported from, or NULL */
  const char **params;
  size_t n_params;
  qlet *lets; size_t n_lets;  /* `let` before the body, in order (arena) */
  qnode *body;
  int n_slots;           /* variable slots the body needs */
  unsigned depth;        /* levels of evaluation a call adds: the body's
                            depth with its own calls' (checker), or more
                            than Q_MAX_EVAL_DEPTH when already refused */
  uint32_t start;
} qdef;

/* Levels of evaluation one expression may take, def calls included (each
 * adds its body's depth): the checker refuses deeper ones, so that the
 * evaluator's recursion stays well inside its stack. */
#define Q_MAX_EVAL_DEPTH 2000


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
  /* No two bindings of the generators can be equal: each is a list (its
   * elements are told apart by position) or a pattern of one node (each
   * node once), so the evaluator need not remember the bindings seen. */
  int distinct_bindings;
  uint32_t start;
} qcheck;

/* Finds the text of `import PATH` met in file `from`: on PG_OK *name is the
 * resolved name (for messages and to import a file once) and *text, *len
 * its malloc'd contents, both freed by the caller. Errors go to diags. */
typedef struct qimporter {
  int (*fn)(void *ctx, const char *from, const char *path, char **name, char **text,
            size_t *len, pg_diags *diags);
  void *ctx;
} qimporter;

/* At most this many libraries deep (an import inside an import ...). */
#define Q_MAX_IMPORT_DEPTH 8

struct qquery {
  const char *id;
  const char *title;
  const char *description;
  qseverity severity;
  const char *skip_reason;
  /* The clause arrays are malloc'd (vec.h); qquery_free frees them. */
  qparam *params; size_t n_params, cap_params;
  qdef *defs; size_t n_defs, cap_defs;
  qlet *lets; size_t n_lets, cap_lets;  /* query-level: computed once per plan */
  int n_let_slots;            /* frame size the lets' expressions need */
  qcheck *checks; size_t n_checks, cap_checks;
  int adhoc;              /* `match ... return` instead of checks */
  const char *file;       /* where it came from */
  const char *src;        /* its text: an arena copy, or the built-in text
                             itself (static, so kept once, not twice) */
  uint32_t src_len;
  uint32_t start;
  void **regexes;         /* compiled literal regexes (qregex, regex.h) */
  size_t n_regexes, cap_regexes;
  /* Libraries (`import`): parsed files of defs, owned; their defs are
   * copied to the front of defs. */
  qquery **libs; size_t n_libs, cap_libs;
  /* The `import` clauses as written, for the driver to resolve. */
  struct qimport { const char *path; uint32_t start, end; } *imports;
  size_t n_imports, cap_imports;
  int library;            /* this is a library: imports and defs only */
  unsigned depth;         /* import depth (0: a query) */
  const qimporter *importer; /* how imports are found, or NULL: refused */
  int released;           /* qquery_release_code ran: a description only */
  arena mem;              /* everything above except the regexes and libs */
};

/* ---- the driver and the shared helpers -------------------------------- */

/* Parses and checks one query text (the driver, compile.c: parser, then
 * checker). On success *out is a query the caller frees with qquery_free;
 * on failure diagnostics (file:line:col, the source line and a caret) are
 * added and *out is NULL. adhoc: accept a bare `match ... return` or
 * `check` without the `query` header. */
int qquery_parse(qquery **out, const char *file, const char *text, size_t len,
                 int adhoc, const qimporter *importer, pg_diags *diags);
/* The same for a built-in query: file and text are static and outlive the
 * query, which points at them rather than copying them (its text is as
 * large as its syntax tree). */
int qquery_parse_static(qquery **out, const char *file, const char *text, size_t len,
                        const qimporter *importer, pg_diags *diags);
/* Parses a library (imports and defs, no header or check) for `import` at
 * depth (compile.c). The checker sees its defs in the importing query. */
int qquery_parse_library(qquery **out, const char *file, const char *text, size_t len,
                         const qimporter *importer, unsigned depth, pg_diags *diags);
/* Frees q, its arena and its compiled regexes; NULL is a no-op (ast.c). */
void qquery_free(qquery *q);

/* Frees what q needs only to run (its syntax tree, defs, lets, checks,
 * regexes, libraries and text), keeping what describes it: id, title,
 * description, severity, skip reason, file and parameters (their names,
 * types and texts). q->released is set and q cannot run again. PG_OK, or
 * PG_ERR_NOMEM with q left whole (ast.c). */
int qquery_release_code(qquery *q);

/* Reports an error at a byte range of q's source, with a caret snippet
 * (ast.c). Returns PG_ERR_PARSE, or PG_ERR_NOMEM when diags cannot grow. */
int q_error(pg_diags *diags, const char *file, const char *src, uint32_t src_len,
            uint32_t start, uint32_t end, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* q_error that goes on from cur (pos.h) to find line:column, for a stage
 * that reports errors in source order: the text is scanned once, not once
 * per error. */
int q_error_from(pg_diags *diags, pos_cursor *cur, const char *file, const char *src,
                 uint32_t src_len, uint32_t start, uint32_t end, const char *fmt, ...)
    __attribute__((format(printf, 8, 9)));

/* The first node (in a depth-first walk over operands and items) that
 * lies more than `limit` levels below root, or NULL when the tree is no
 * deeper; walks without recursion (ast.c). *nomem is set when the walk
 * could not allocate its stack. */
const qnode *qnode_too_deep(const qnode *root, unsigned limit, int *nomem);

const char *qseverity_name(qseverity s);
int qseverity_parse(const char *s, qseverity *out);
const char *qparam_type_name(qparam_type t);

#endif
