/* Query evaluator: runs checked queries over a graph. Generators bind
 * variables by walking the graph's indexes (type chains, region lists,
 * CSR adjacency); expressions use three-valued logic so that a value known
 * only after apply yields "unknown", never a pass or a fail on its own. */
#ifndef PG_QEVAL_H
#define PG_QEVAL_H


#include <stdint.h>

#include "query/qast.h"
#include "query/builtins.h"
#include "query/memberset.h"
#include "query/qvalue.h"
#include "query/tupleset.h"

/* Nesting levels of quantifiers whose bindings get scratch memory (deeper
 * ones allocate in the level around them). */
#define QEVAL_SCRATCH_LEVELS 8

typedef struct trail_entry {
  int pos;            /* generator index * 256 + pattern item index */
  pg_edge_id edge;
} trail_entry;

typedef struct qeval {
  const pg_graph *g;
  const qquery *q;
  arena *mem;                  /* where values are allocated now */
  qvalue *slots;               /* the current frame's variables */
  uint64_t *keys;              /* identity of each binding, for distinct tuples */
  qvalue *params;              /* the query's parameters, by index */
  qvalue *globals;             /* the query-level lets, by index */
  int status;                  /* PG_OK, or the first error */
  char error[256];
  uint64_t steps, max_steps;   /* evaluation steps, and the limit */
  uint64_t step_cap;           /* max_steps, or UINT64_MAX when 0: qeval_tick */
  size_t bytes;                /* bytes of values allocated (arena meter):
                                  QEVAL_BYTES_PER_STEP of them cost a step */
  double deadline;             /* clock_seconds() past which it fails; 0: none */
  size_t unknown_hits;         /* unknown lists and filters met */
  size_t undecided_members;    /* pattern matches the graph cannot decide
                                  (ambiguous edges, unresolved references) */
  /* Whether some node the (unbound) node pattern np accepts holds an open
   * reference that edge pattern ep follows: per pattern pair, computed once. */
  struct {
    const void *ep, *np;
    pg_node_id holder;
    const char *label;
    int n;                     /* holders listed, or -1: more than fit */
    pg_node_id holders[8];
    const char *labels[8];
  } open_memo[16];
  size_t n_open_memo;
  /* Quantifiers running (their depth), and the depth of the one whose
   * generator is trying an open reference's holder as a hypothetical
   * binding (0: none): it takes no binding, and says whether one could
   * pass (hypo_hit). */
  int quant_depth, hypo_depth, hypo_hit;
  /* Why the subject being checked may be undecided by the graph itself
   * (the first open reference met), or "". why_global: it was noted while
   * the query-level lets were computed, before any subject, so a reason of
   * the subject's own replaces it (qeval_why_taken). let_why keeps that
   * reason for every subject: a list the lets left partial makes each
   * subject that reads it undecided for the same cause. */
  char undecided_why[512];
  int why_global;
  char let_why[512];
  /* While a subject's expect is evaluated (note_unknown set): the first
   * attribute read that is known only after apply, "ADDRESS ATTR" with its
   * source, for the message of an unknown subject; or "". */
  int note_unknown;
  char first_unknown[384];
  /* A `for each` binding whose filter (the check's `where`, or a node
   * pattern's `where` in a `for each` pattern) is unknown is still a
   * subject, unknown (with why, not its expect's outcome). where_open counts
   * such pattern filters above the binding being built; where_why says
   * what the first one did not know (qeval_note_where), or "". */
  int where_open;
  char where_why[640];
  trail_entry *trail;          /* edges matched by the current bindings */
  size_t n_trail, cap_trail;
  int gen_base;                /* trail position base of the generator running */
  /* Called when a `for each` pattern of a check cannot go on because the
   * next step runs through an ambiguous edge: pattern pat, walked out from
   * item `anchor`, has its items bound up to `stop` (exclusive) going in
   * direction `side`. NULL outside checks. */
  int (*cut)(struct qeval *ev, const struct qnode *pat, int anchor, int stop, int side);
  void *cut_arg;
  /* Caches built once per graph. */
  arena cache;
  field_memo fields;           /* node attributes found (fieldmemo.h) */
  const char **types;          /* distinct resource and data source types */
  size_t n_types;
  pg_node_id *by_kind[5];      /* node ids of each pg_node_kind */
  size_t n_by_kind[5];
  /* Sensitivity met where a value cannot carry it (docs/query-language.md,
   * "Sensitive values"): generator lists that are sensitive, elements bound
   * that are, and template parts rendered "(sensitive)". A quantifier or a
   * subject compares them before and after. */
  size_t sens_lists, sens_elems, sens_masked;
  /* Nesting of qeval_expr (def calls add their bodies' depth) and the
   * stack it may use, against stack exhaustion: qeval_enter. */
  unsigned depth;
  uintptr_t stack_base;        /* frame address at depth 0 */
  size_t stack_budget;         /* bytes of stack evaluation may use */
  const qquery *src_q;         /* whose text the node offsets are in now (a
                                  library's inside its defs), for messages */
  /* Matches of pattern globs against the graph's type names and edge
   * labels, by the addresses of the glob list and of the name (the
   * graph's, fixed while a query runs): a direct-mapped memo
   * (qpattern_glob_memo), cleared for each query. A label pattern of
   * twenty globs otherwise runs twenty fnmatch calls per edge walked. */
  struct { const void *globs; const char *s; int hit; } glob_memo[1024];
  /* Scratch memory of the quantifier bindings being evaluated, one arena
   * per nesting level (scratch.h); scratch_depth levels are in use. */
  arena scratch[QEVAL_SCRATCH_LEVELS];
  unsigned scratch_depth;
  member_sets members;         /* `in` over query-level lists (memberset.h) */
  qfunc_ctx fx;                /* what the built-ins see (mem set per call) */
  void *dyn_regex;             /* last regex compiled at run time (qregex) */
  struct qregex_scratch *re_scratch;  /* this evaluator's match data (regex.h) */
  char *dyn_regex_src;
} qeval;

/* Sets up an evaluator over g. max_steps 0: unlimited; timeout_s 0: none. */
int qeval_init(qeval *ev, const pg_graph *g, uint64_t max_steps, double timeout_s);
/* Sets up an evaluator like proto (graph, limits, deadline) that shares
 * proto's per-graph indexes, read-only: one per thread, each with its own
 * memo storage; proto must outlive it. Returns PG_OK. */
int qeval_init_shared(qeval *ev, const qeval *proto);
void qeval_free(qeval *ev);
/* Makes q the query in use: parameter values from --param text or the
 * defaults. Fails (with ev->error) on a value that does not parse. */
int qeval_use_query(qeval *ev, const qquery *q, arena *mem);

/* One evaluated subject of a check. Strings are malloc'd and owned by the
 * receiver after the sink returns (it must free or keep them). */
typedef struct qsubject {
  char *name;
  int status;                  /* 1 pass, 0 fail, -1 unknown */
  char *message;               /* failure or unknown message, else NULL */
  /* Involved nodes: their addresses (malloc'd array of the graph's
   * strings, valid while the graph is) and, parallel, their ids. */
  const char **addresses;
  pg_node_id *nodes;
  size_t n_addresses;
  char *path;                  /* the matched graph path, or NULL */
  char *path_json;             /* the same as JSON (qeval.c, render_path_json) */
} qsubject;

/* Frees what a subject owns (not the struct, not the graph's strings). */
void qsubject_free(qsubject *s);

typedef int (*qsubject_sink)(void *ctx, qsubject *s);
/* Runs one check: one call of sink per distinct subject. */
int qeval_check(qeval *ev, const qcheck *k, qsubject_sink sink, void *ctx);

/* Runs a `match ... return`: one call per distinct row with the rendered
 * cells (text and JSON), valid during the call. */
typedef int (*qrow_sink)(void *ctx, size_t n, const char *const *text,
                         const char *const *json);
int qeval_match(qeval *ev, const qcheck *k, qrow_sink sink, void *ctx);

/* Sets the evaluator's error (first one wins) and returns status. */
int qeval_fail(qeval *ev, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same, with the message led by n's "file:line:col: " in the query
 * (or the library whose def is running). */
int qeval_fail_at(qeval *ev, const qnode *n, int status, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Fails (PG_ERR_PARSE) because something written at node `at` depends on
 * a sensitive value where none may: the message is "FILE:LINE:COL: what",
 * what saying which and why. Returns the status. */
int qeval_refuse_sensitive(qeval *ev, const qnode *at, const char *what);

/* Records in ev->where_why, unless it already says something, why a
 * `where` just evaluated is unknown: the graph doubt met (undecided_why),
 * else the first attribute known only after apply (first_unknown). */
void qeval_note_where(qeval *ev);

/* How the step limit's message starts: other PG_ERR_LIMIT failures (depth,
 * regular expressions) carry their own message (run/budget.c). */
#define QEVAL_STEPS_PREFIX "query evaluation took more than "

/* At most this many nested qeval_expr calls (each def call adds its
 * body's depth): the checker already refuses more than Q_MAX_EVAL_DEPTH,
 * this is the evaluator's own guard, with the stack budget. */
#define QEVAL_MAX_DEPTH (2 * Q_MAX_EVAL_DEPTH)

/* Fails at n: nested too deep (qeval_enter's slow path, eval_state.c). */
int qeval_too_deep(qeval *ev, const qnode *n);

/* Enters one level of evaluation at n: PG_OK, or fails (naming n's
 * file:line:col) once QEVAL_MAX_DEPTH levels or the stack budget are
 * passed. qeval_leave undoes a successful enter. Inline, as qeval_tick:
 * every expression evaluated passes both. */
static inline int qeval_enter(qeval *ev, const qnode *n) {
  uintptr_t here = (uintptr_t)__builtin_frame_address(0);
  if (ev->depth++ == 0) ev->stack_base = here;
  size_t used = ev->stack_base > here ? ev->stack_base - here : 0;
  if (ev->depth <= QEVAL_MAX_DEPTH && used <= ev->stack_budget) return PG_OK;
  ev->depth--;
  return qeval_too_deep(ev, n);
}
static inline void qeval_leave(qeval *ev) { ev->depth--; }

/* Values cost steps too: a string or list doubled in every step would
 * otherwise reach gigabytes within a few thousand steps. */
#define QEVAL_BYTES_PER_STEP 16
/* Elements that `x in L` compares cost a step per QEVAL_COMPARES_PER_STEP,
 * so a scan repeated over a long list meets the step limit (memberset.h
 * spares the query-level lists of nodes). */
#define QEVAL_COMPARES_PER_STEP 16

/* Counts bytes of values allocated in a (an arena the evaluator puts
 * values in) against the budget. */
static inline void qeval_meter(qeval *ev, arena *a) { a->meter = &ev->bytes; }
/* Fails, as the step limit does, when allocating `bytes` more would pass
 * the budget: called before a large allocation. */
int qeval_charge(qeval *ev, size_t bytes);

/* The compiled form of a `=~` pattern computed at run time (a qregex),
 * compiled again only when its text changes; NULL on an error (ev->status,
 * at node `at`, never quoting a sensitive pattern). */
void *qeval_dynamic_regex(qeval *ev, const qnode *at, qvalue pattern);

/* qeval_tick in full (eval_state.c): errors, the limit, the deadline. */
int qeval_tick_checked(qeval *ev);

/* Counts a step; fails once the step limit (with the bytes of values
 * counted in) or the deadline is passed. The common case inline: no error,
 * well inside the limit, and not a step on which the clock is read (every
 * 4096th, by qeval_tick_checked). */
static inline int qeval_tick(qeval *ev) {
  uint64_t next = ev->steps + 1;
  if ((next & 4095) != 0 && next + (uint64_t)ev->bytes / QEVAL_BYTES_PER_STEP <= ev->step_cap &&
      ev->status == PG_OK && !(ev->mem && ev->mem->failed)) {
    ev->steps = next;
    return PG_OK;
  }
  return qeval_tick_checked(ev);
}

/* Whether the subject being checked has its reason: the first it meets,
 * unless that is one the query-level lets left (why_global). */
static inline int qeval_why_taken(const qeval *ev) {
  return ev->undecided_why[0] && !ev->why_global;
}

#endif
