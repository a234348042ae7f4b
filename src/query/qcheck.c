/* Query checker: runs after parsing and before any plan is read. It binds
 * every name to a variable slot, resolves function calls (built-ins and
 * the query's own `def`s), infers value types where they are certain, and
 * rejects unknown names and functions, wrong argument counts, type errors
 * and bad regular expressions, each at file:line:column. */
#include "query/qcheck.h"
#include "query/builtins.h"
#include "query/regex.h"
#include "base/hash.h"
#include "base/vec.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SLOTS 256
#define MAX_SCOPE 256
#define MAX_CHECK_ERRORS 20  /* errors reported per query before giving up */

typedef struct binding {
  const char *name;
  int slot;
  vtype type;
} binding;

typedef struct checker {
  qquery *q;
  pg_diags *diags;
  int errors;
  pos_cursor cursor;      /* where the last error's line:column was found */
  idset def_index;        /* defs[0, defs_visible) by name (hash.h) */
  int frame_full;         /* "more than N variables" said for this frame */
  unsigned depth;         /* check_expr nesting now (the root is 1) */
  unsigned reach;         /* deepest evaluation level met under the root,
                             def calls included */
  binding scope[MAX_SCOPE];
  size_t n_scope;
  int next_slot;          /* slots used in the current frame */
  size_t defs_visible;    /* defs callable from here (earlier ones) */
  size_t lets_visible;    /* query-level lets visible from here */
  const qquery *source;   /* whose text the node offsets are in (a library's) */
} checker;

static vtype check_expr(checker *c, qnode *n);

static void error_at(checker *c, const qnode *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void error_at(checker *c, const qnode *n, const char *fmt, ...) {
  char msg[400];
  va_list ap;
  if (c->errors > MAX_CHECK_ERRORS) return;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  const qquery *s = c->source ? c->source : c->q;
  if (++c->errors > MAX_CHECK_ERRORS)
    snprintf(msg, sizeof msg, "too many errors (%d); stopped checking here",
             MAX_CHECK_ERRORS);
  q_error_from(c->diags, &c->cursor, s->file, s->src, s->src_len, n->start, n->end, "%s",
               msg);
}

/* The checker stops walking once it has reported enough errors. */
static int gave_up(const checker *c) { return c->errors > MAX_CHECK_ERRORS; }

/* ---- defs by name ------------------------------------------------------- */

static uint64_t def_hash(const char *name) {
  return hash_bytes(HASH_FNV_OFFSET, name, strlen(name));
}

static int def_eq(const void *ctx, int32_t id, const void *probe) {
  return strcmp(((const qquery *)ctx)->defs[id].name, probe) == 0;
}

/* The visible def called name, or -1. */
static int find_def(const checker *c, const char *name) {
  uint64_t h = hash_bytes(HASH_FNV_OFFSET, name, strlen(name));
  return idset_find(&c->def_index, h, name, def_eq, c->q);
}

/* ---- suggestions ------------------------------------------------------- */

static size_t edit_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la > 40 || lb > 40) return 99;
  size_t row[41];
  for (size_t j = 0; j <= lb; j++) row[j] = j;
  for (size_t i = 1; i <= la; i++) {
    size_t prev = row[0];
    row[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t cur = row[j];
      size_t best = prev + (a[i - 1] != b[j - 1]);
      if (row[j] + 1 < best) best = row[j] + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      row[j] = best;
      prev = cur;
    }
  }
  return row[lb];
}

typedef struct suggestion {
  const char *best;
  size_t dist;
} suggestion;

static void consider(suggestion *s, const char *want, const char *cand) {
  size_t d = edit_distance(want, cand);
  if (d <= 2 && d < s->dist) {
    s->best = cand;
    s->dist = d;
  }
}

/* ---- scopes ------------------------------------------------------------ */

static binding *lookup(checker *c, const char *name) {
  for (size_t i = c->n_scope; i-- > 0;)
    if (strcmp(c->scope[i].name, name) == 0) return &c->scope[i];
  return NULL;
}

static int bind(checker *c, const qnode *at, const char *name, vtype t) {
  if (c->next_slot >= MAX_SLOTS || c->n_scope >= MAX_SCOPE) {
    if (!c->frame_full) error_at(c, at, "more than %d variables in one check", MAX_SLOTS);
    c->frame_full = 1;
    return -1;
  }
  if (name && lookup(c, name)) {
    error_at(c, at, "'%s' is already bound here; pick another name", name);
    return -1;
  }
  int slot = c->next_slot++;
  if (name) {
    binding *b = &c->scope[c->n_scope++];
    b->name = name;
    b->slot = slot;
    b->type = t;
  }
  return slot;
}

/* ---- patterns and generators ------------------------------------------- */

static void check_pattern(checker *c, qnode *pat) {
  int first_slot = c->next_slot;  /* slots from here on are this pattern's */
  for (size_t i = 0; i < pat->n_items; i++) {
    qnode *p = pat->items[i];
    if (p->kind == N_EDGEPAT) {
      if (p->str && p->u.edge.min)
        error_at(c, p, "a repeated edge ({N,M}) is a path, not one edge: it cannot be named");
      p->u.edge.slot = p->str ? bind(c, p, p->str, VT_EDGE) : -1;
      continue;
    }
    binding *b = p->str ? lookup(c, p->str) : NULL;
    if (b && b->slot >= first_slot) {
      if (b->type != VT_NODE)
        error_at(c, p, "'%s' is a %s, not a node", p->str, vtype_name(b->type));
      /* Named again in this pattern: a join, as in Cypher. */
      p->u.node.slot = b->slot;
      p->u.node.bound = 0;
      p->u.node.join = 1;
      for (size_t j = 0; j < i; j += 2)
        if (pat->items[j]->u.node.slot == b->slot) pat->items[j]->u.node.join = 1;
    } else if (b) {
      if (b->type != VT_NODE && b->type != VT_ANY)
        error_at(c, p, "'%s' is a %s, not a node", p->str, vtype_name(b->type));
      p->u.node.slot = b->slot;
      p->u.node.bound = 1; /* bound before the pattern: a constraint */
      p->u.node.join = 0;
    } else {
      p->u.node.slot = bind(c, p, p->str, VT_NODE);
      p->u.node.bound = 0;
      p->u.node.join = 0;
    }
    if (p->a) {
      vtype t = check_expr(c, p->a);
      if (t != VT_BOOL && t != VT_ANY)
        error_at(c, p->a, "a node pattern's 'where' needs true or false, found a %s",
                 vtype_name(t));
    }
  }
}

static void check_generators(checker *c, qnode **gens, size_t n) {
  for (size_t i = 0; i < n; i++) {
    qnode *g = gens[i];
    if (g->kind == N_PATTERN) {
      check_pattern(c, g);
      continue;
    }
    vtype t = check_expr(c, g->a);
    if (t != VT_LIST && t != VT_ANY && t != VT_NULL)
      error_at(c, g->a, "'%s in ...' needs a list, found a %s", g->str, vtype_name(t));
    g->u.gen.slot = bind(c, g, g->str, VT_ANY);
  }
}

static void check_condition(checker *c, qnode *n, const char *what) {
  vtype t = check_expr(c, n);
  if (t != VT_BOOL && t != VT_ANY)
    error_at(c, n, "%s needs true or false, found a %s", what, vtype_name(t));
}

/* exists / all / count / [ ... ]: the generators' slots are
 * [first_slot, end_slot). */
static vtype check_quantifier(checker *c, qnode *n) {
  size_t saved = c->n_scope;
  n->u.quant.first_slot = c->next_slot;
  check_generators(c, n->items, n->n_items);
  n->u.quant.end_slot = c->next_slot;
  if (n->a) check_condition(c, n->a, "'where'");
  vtype result = n->kind == N_COUNT ? VT_NUMBER : n->kind == N_COMPREHENSION ? VT_LIST : VT_BOOL;
  if (n->kind == N_ALL) check_condition(c, n->b, "'satisfy'");
  if (n->kind == N_COMPREHENSION && n->b) check_expr(c, n->b);
  c->n_scope = saved;
  return result;
}

/* ---- expressions ------------------------------------------------------- */

static int compatible(vtype want, vtype got) {
  return want == VT_ANY || got == VT_ANY || want == got ||
         (got == VT_NULL && want != VT_NODE && want != VT_EDGE);
}

static vtype check_call(checker *c, qnode *n) {
  int fn = qfunc_find(n->str);
  for (size_t i = 0; i < n->n_items; i++) check_expr(c, n->items[i]);
  if (fn >= 0) {
    const qfunc_info *f = &qfuncs[fn];
    n->u.call.builtin = fn;
    n->u.call.def = -1;
    if (n->n_items < f->min_args || n->n_items > f->max_args) {
      if (f->min_args == f->max_args)
        error_at(c, n, "%s() takes %u argument%s, given %u", f->name, f->min_args,
                 f->min_args == 1 ? "" : "s", (unsigned)n->n_items);
      else
        error_at(c, n, "%s() takes %u to %u arguments, given %u", f->name, f->min_args,
                 f->max_args, (unsigned)n->n_items);
      return f->result;
    }
    /* The second type stands for every later argument, as the signature
     * shows it (builtins_table.c). */
    for (size_t i = 0; i < n->n_items; i++)
      if (!compatible(f->args[i < 2 ? i : 1], n->items[i]->type))
        error_at(c, n->items[i], "%s() expects a %s as argument %zu, found a %s", f->name,
                 vtype_name(f->args[i < 2 ? i : 1]), i + 1, vtype_name(n->items[i]->type));
    return f->result;
  }
  int found = find_def(c, n->str);
  if (found >= 0) {
    int d = found;
    const qdef *def = &c->q->defs[d];
    n->u.call.builtin = -1;
    n->u.call.def = (int)d;
    unsigned reach = c->depth + def->depth;
    if (def->depth <= Q_MAX_EVAL_DEPTH && reach > Q_MAX_EVAL_DEPTH)
      error_at(c, n, "calls nested more than %d levels deep (each def call adds the "
               "depth of its body and of the defs it calls)", Q_MAX_EVAL_DEPTH);
    if (reach > c->reach) c->reach = reach;
    if (n->n_items != def->n_params)
      error_at(c, n, "%s() takes %zu argument%s, given %u", def->name, def->n_params,
               def->n_params == 1 ? "" : "s", (unsigned)n->n_items);
    return VT_ANY;
  }
  if (gave_up(c)) return VT_ANY;
  suggestion s = {NULL, 99};
  for (int f = 0; f < F_COUNT_; f++) consider(&s, n->str, qfuncs[f].name);
  for (size_t d = 0; d < c->q->n_defs; d++) consider(&s, n->str, c->q->defs[d].name);
  int later = 0;
  for (size_t d = c->defs_visible; d < c->q->n_defs; d++)
    if (strcmp(c->q->defs[d].name, n->str) == 0) later = 1;
  if (later)
    error_at(c, n, "%s() is defined later; a def can only call the defs before it",
             n->str);
  else if (s.best)
    error_at(c, n, "unknown function %s() (did you mean %s()?)", n->str, s.best);
  else
    error_at(c, n, "unknown function %s()", n->str);
  return VT_ANY;
}

static vtype check_name(checker *c, qnode *n) {
  binding *b = lookup(c, n->str);
  if (b) {
    n->u.name.slot = b->slot;
    return b->type;
  }
  for (size_t i = c->lets_visible; i-- > 0;)
    if (strcmp(c->q->lets[i].name, n->str) == 0) {
      n->u.name.slot = (int)i;
      n->u.name.query_let = 1;
      return c->q->lets[i].value->type;
    }
  suggestion s = {NULL, 99};
  for (size_t i = 0; i < c->n_scope; i++) consider(&s, n->str, c->scope[i].name);
  int is_param = 0;
  for (size_t i = 0; i < c->q->n_params; i++)
    if (strcmp(c->q->params[i].name, n->str) == 0) is_param = 1;
  if (is_param)
    error_at(c, n, "unknown name '%s' (parameters are written $%s)", n->str, n->str);
  else if (s.best)
    error_at(c, n, "unknown name '%s' (did you mean '%s'?)", n->str, s.best);
  else if (qfunc_find(n->str) >= 0)
    error_at(c, n, "'%s' is a function: call it as %s(...)", n->str, n->str);
  else
    error_at(c, n, "unknown name '%s'", n->str);
  return VT_ANY;
}

static vtype param_vtype(qparam_type t) {
  switch (t) {
  case PT_STRING: return VT_STRING;
  case PT_NUMBER: return VT_NUMBER;
  case PT_BOOL: return VT_BOOL;
  default: return VT_LIST;
  }
}

static vtype check_param(checker *c, qnode *n) {
  for (size_t i = 0; i < c->q->n_params; i++)
    if (strcmp(c->q->params[i].name, n->str) == 0) {
      n->u.param.index = (int)i;
      return param_vtype(c->q->params[i].type);
    }
  suggestion s = {NULL, 99};
  for (size_t i = 0; i < c->q->n_params; i++) consider(&s, n->str, c->q->params[i].name);
  if (s.best)
    error_at(c, n, "unknown parameter $%s (did you mean $%s?)", n->str, s.best);
  else
    error_at(c, n, "unknown parameter $%s (declare it with 'param %s: TYPE = DEFAULT')",
             n->str, n->str);
  return VT_ANY;
}

/* Compiles a literal pattern once, here, so that lint reports it and the
 * evaluator only matches. */
static void compile_regex(checker *c, qnode *pattern) {
  qregex *re;
  char why[200];
  size_t at;
  int rc = qregex_compile(&re, pattern->str, pattern->len, why, sizeof why, &at);
  if (rc == -2) {
    error_at(c, pattern, "out of memory");
    return;
  }
  if (rc != 0) {
    error_at(c, pattern, "bad regular expression: %s (at byte %zu of the pattern)", why, at);
    return;
  }
  qquery *q = c->q;
  if (VEC_PUSH(q->regexes, q->n_regexes, q->cap_regexes, (void *)re) < 0) {
    qregex_free(re);
    error_at(c, pattern, "out of memory");
    return;
  }
  pattern->regex = re;
}

static vtype check_binary(checker *c, qnode *n) {
  vtype a = check_expr(c, n->a), b = check_expr(c, n->b);
  switch (n->op) {
  case T_PLUS:
    if ((a == VT_STRING && (b == VT_STRING || b == VT_ANY)) || (b == VT_STRING && a == VT_ANY))
      return VT_STRING;
    if ((a == VT_LIST && (b == VT_LIST || b == VT_ANY)) || (b == VT_LIST && a == VT_ANY))
      return VT_LIST;
    /* fallthrough */
  case T_MINUS: case T_STAR: case T_SLASH:
    if (!compatible(VT_NUMBER, a) || !compatible(VT_NUMBER, b) || a == VT_NULL || b == VT_NULL) {
      error_at(c, n, "arithmetic needs numbers, found a %s and a %s", vtype_name(a),
               vtype_name(b));
      return VT_ANY;
    }
    return a == VT_ANY || b == VT_ANY ? VT_ANY : VT_NUMBER;
  case T_EQ: case T_NE:
    if (a != VT_ANY && b != VT_ANY && a != VT_NULL && b != VT_NULL && a != b)
      error_at(c, n, "comparing a %s with a %s is never true", vtype_name(a),
               vtype_name(b));
    return VT_BOOL;
  case T_LT: case T_LE: case T_GT: case T_GE:
    if ((a != VT_ANY && a != VT_NUMBER && a != VT_STRING) ||
        (b != VT_ANY && b != VT_NUMBER && b != VT_STRING) ||
        (a != VT_ANY && b != VT_ANY && a != b))
      error_at(c, n, "'<' and '>' compare two numbers or two strings, found a %s and a %s",
               vtype_name(a), vtype_name(b));
    return VT_BOOL;
  case T_MATCH: case T_NOMATCH:
    if (!compatible(VT_STRING, a) || !compatible(VT_STRING, b))
      error_at(c, n, "'=~' matches a string against a regular expression, found a %s and a %s",
               vtype_name(a), vtype_name(b));
    else if (n->b->kind == N_STRING)
      compile_regex(c, n->b);
    return VT_BOOL;
  }
  return VT_ANY;
}

/* A list whose elements are all literals (`type(n) in ['a', 'b']`) is one
 * value: built here, once, in the query's memory, rather than at each
 * evaluation (an allocation and a step per element, for every resource a
 * query tests). Nothing writes to a list value once built. */
static void fold_list(checker *c, qnode *n) {
  if (n->constant) return;   /* a library's def, checked again */
  for (size_t i = 0; i < n->n_items; i++)
    if (!qv_is_literal(n->items[i])) return;
  qlist *l = qv_list_new(&c->q->mem, n->n_items);
  if (!l) {
    error_at(c, n, "out of memory");
    return;
  }
  for (size_t i = 0; i < n->n_items; i++) l->items[i] = qv_literal(n->items[i]);
  n->constant = l;
}

static vtype check_expr_kind(checker *c, qnode *n) {
  switch (n->kind) {
  case N_NUMBER: return VT_NUMBER;
  case N_STRING: return VT_STRING;
  case N_BOOL: return VT_BOOL;
  case N_NULL: return VT_NULL;
  case N_TEMPLATE:
    for (size_t i = 0; i < n->n_items; i++) check_expr(c, n->items[i]);
    return VT_STRING;
  case N_PARAM: return check_param(c, n);
  case N_NAME: return check_name(c, n);
  case N_CALL: return check_call(c, n);
  case N_LIST:
    for (size_t i = 0; i < n->n_items; i++) check_expr(c, n->items[i]);
    fold_list(c, n);
    return VT_LIST;
  case N_RECORD:
    for (size_t i = 0; i < n->n_items; i++) {
      check_expr(c, n->items[i]);
      for (size_t j = 0; j < i; j++)
        if (strcmp(n->names[i], n->names[j]) == 0)
          error_at(c, n->items[i], "field '%s' is given twice", n->names[i]);
    }
    return VT_ANY;
  case N_COMPREHENSION:
  case N_EXISTS:
  case N_ALL:
  case N_COUNT:
    return check_quantifier(c, n);
  case N_FIELD: {
    vtype t = check_expr(c, n->a);
    if (t == VT_NUMBER || t == VT_STRING || t == VT_BOOL || t == VT_EDGE)
      error_at(c, n, "'.%s' reads an attribute, but this is a %s", n->str, vtype_name(t));
    return VT_ANY;
  }
  case N_INDEX:
    check_expr(c, n->a);
    check_expr(c, n->b);
    return VT_ANY;
  case N_SPLAT:
    check_expr(c, n->a);
    return VT_LIST;
  case N_UNARY:
    if (!compatible(VT_NUMBER, check_expr(c, n->a)))
      error_at(c, n, "'-' needs a number, found a %s", vtype_name(n->a->type));
    return VT_NUMBER;
  case N_BINARY: return check_binary(c, n);
  case N_IN: {
    check_expr(c, n->a);
    vtype b = check_expr(c, n->b);
    if (b != VT_ANY && b != VT_LIST && b != VT_STRING && b != VT_NULL)
      error_at(c, n, "'in' needs a list or a string on its right, found a %s",
               vtype_name(b));
    return VT_BOOL;
  }
  case N_AND:
  case N_OR:
    check_condition(c, n->a, n->kind == N_AND ? "'and'" : "'or'");
    check_condition(c, n->b, n->kind == N_AND ? "'and'" : "'or'");
    return VT_BOOL;
  case N_NOT:
    check_condition(c, n->a, "'not'");
    return VT_BOOL;
  case N_IF: {
    check_condition(c, n->a, "'if'");
    vtype a = check_expr(c, n->b), b = check_expr(c, n->c);
    return a == b ? a : VT_ANY;
  }
  default:
    error_at(c, n, "a %s is not an expression", qnode_kind_name(n->kind));
    return VT_ANY;
  }
}

/* Recursion here is bounded by the parser (MAX_TREE_DEPTH levels). */
static vtype check_expr(checker *c, qnode *n) {
  if (++c->depth > c->reach) c->reach = c->depth;
  n->type = check_expr_kind(c, n);
  c->depth--;
  return n->type;
}

/* ---- query-level clauses ----------------------------------------------- */

static int literal_matches(const qnode *v, qparam_type t) {
  switch (t) {
  case PT_STRING: return v->kind == N_STRING;
  case PT_NUMBER: return v->kind == N_NUMBER || (v->kind == N_UNARY && v->a->kind == N_NUMBER);
  case PT_BOOL: return v->kind == N_BOOL;
  case PT_LIST_STRING:
  case PT_LIST_NUMBER:
    if (v->kind != N_LIST) return 0;
    for (size_t i = 0; i < v->n_items; i++)
      if (!literal_matches(v->items[i], t == PT_LIST_STRING ? PT_STRING : PT_NUMBER))
        return 0;
    return 1;
  }
  return 0;
}

static void check_params(checker *c) {
  for (size_t i = 0; i < c->q->n_params; i++) {
    qparam *p = &c->q->params[i];
    for (size_t j = 0; j < i; j++)
      if (strcmp(c->q->params[j].name, p->name) == 0) {
        qnode at = {.start = p->start, .end = p->start + 5};
        error_at(c, &at, "parameter '%s' is declared twice", p->name);
      }
    if (p->default_value && !literal_matches(p->default_value, p->type))
      error_at(c, p->default_value, "the default of '%s' must be a %s literal", p->name,
               qparam_type_name(p->type));
  }
}

static void check_template(checker *c, qnode *t) {
  if (t) check_expr(c, t);
}

static void check_one(checker *c, qcheck *k) {
  c->n_scope = 0;
  c->next_slot = 0;
  c->frame_full = 0;
  check_generators(c, k->gens, k->n_gens);
  k->n_gen_slots = c->next_slot;
  k->distinct_bindings = 1;
  for (size_t i = 0; i < k->n_gens; i++)
    if (k->gens[i]->kind == N_PATTERN && k->gens[i]->n_items != 1) k->distinct_bindings = 0;
  if (k->where) check_condition(c, k->where, "'where'");
  for (size_t i = 0; i < k->n_lets; i++) {
    qlet *l = &k->lets[i];
    vtype t = check_expr(c, l->value);
    l->slot = bind(c, l->value, l->name, t);
  }
  check_template(c, k->subject);
  if (k->expect) check_condition(c, k->expect, "'expect'");
  check_template(c, k->message);
  for (size_t i = 0; i < k->n_returns; i++) check_expr(c, k->returns[i]);
  k->n_slots = c->next_slot;
}

/* A def's name, parameters, lets and body; defs[0, d) are visible and in
 * the index, and d joins it unless its name is taken. */
static int check_def(checker *c, size_t d) {
  qquery *q = c->q;
  qdef *def = &q->defs[d];
  qnode at = {.start = def->start, .end = def->start + 3};
  c->source = def->from;
  c->defs_visible = d;
  int twice = find_def(c, def->name) >= 0;
  if (twice) error_at(c, &at, "%s() is defined twice", def->name);
  if (qfunc_find(def->name) >= 0)
    error_at(c, &at, "%s() is a built-in function; pick another name", def->name);
  c->n_scope = 0;
  c->next_slot = 0;
  c->frame_full = 0;
  for (size_t i = 0; i < def->n_params; i++) bind(c, &at, def->params[i], VT_ANY);
  c->reach = 0; /* lets run one level below the call, as the body does */
  for (size_t i = 0; i < def->n_lets; i++) {
    qlet *l = &def->lets[i];
    vtype t = check_expr(c, l->value);
    l->slot = bind(c, l->value, l->name, t);
  }
  check_expr(c, def->body);
  def->depth = c->reach;
  def->n_slots = c->next_slot;
  if (twice) return PG_OK;
  return idset_add(&c->def_index, def_hash(q->defs[d].name), (int32_t)d) < 0
             ? PG_ERR_NOMEM : PG_OK;
}

int qcheck_query(qquery *q, pg_diags *diags) {
  checker c;
  memset(&c, 0, sizeof c);
  c.q = q;
  c.diags = diags;
  idset_init(&c.def_index);
  check_params(&c);
  int rc = PG_OK;
  for (size_t d = 0; d < q->n_defs && rc == PG_OK && !gave_up(&c); d++) rc = check_def(&c, d);
  c.defs_visible = q->n_defs;
  c.source = NULL;
  int let_slots = 0;
  for (size_t i = 0; i < q->n_lets && !gave_up(&c); i++) {
    c.n_scope = 0;
    c.next_slot = 0;
    c.frame_full = 0;
    c.lets_visible = i;
    for (size_t j = 0; j < i; j++)
      if (strcmp(q->lets[j].name, q->lets[i].name) == 0)
        error_at(&c, q->lets[i].value, "'%s' is already a query-level let", q->lets[i].name);
    check_expr(&c, q->lets[i].value);
    if (c.next_slot > let_slots) let_slots = c.next_slot;
  }
  q->n_let_slots = let_slots;
  c.lets_visible = q->n_lets;
  for (size_t i = 0; i < q->n_checks && !gave_up(&c); i++) check_one(&c, &q->checks[i]);
  idset_release(&c.def_index);
  if (rc != PG_OK) return rc;
  return c.errors ? PG_ERR_PARSE : PG_OK;
}
