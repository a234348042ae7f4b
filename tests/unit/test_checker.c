/* The checker, through the driver (qquery_parse): how names, calls and
 * parameters are bound and what types it infers, and its errors (unknown
 * names and functions, arity, types) verbatim at line:column. One named
 * test per case. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "case_table.h"
#include "query/builtins.h"

typedef struct check_case {
  const char *name;
  int adhoc;
  const char *src;
  const char *want;   /* the binding of the first return (or expect), or the error */
} check_case;

#define Q(body) "query x\n  title 't'\n" body

static const check_case cases[] = {
    /* Binding and types. */
    {"pattern variable", 1, "match (v: aws_vpc) return v", "name slot 0: node"},
    {"edge variable", 1, "match (a) -[e: ref]-> (b) return e", "name slot 1: edge"},
    {"bound node is a constraint", 1, "match (a), (b) -[ref]-> (a) return b", "name slot 1: node"},
    {"query-level let", 1, "let g = 5\nmatch (v) return g", "let 0: number"},
    {"check let", 1, "match (v) let n = 'x' return n", "name slot 1: string"},
    {"generator variable", 1, "match x in [1, 2] return x", "name slot 0: value"},
    {"def call", 1, "def f(a) = a\nmatch (v) return f(v)", "def 0: value"},
    {"builtin call", 1, "match (v) return region(v)", "builtin region: string"},
    {"parameter", 0, Q("  param p: bool = true\n  check subject 'a' expect $p message 'm'\n"),
     "param 0: bool"},
    {"quantifier slots", 1, "match (v) return count { (s) -[ref]-> (v) }",
     "slots 1..2: number"},
    {"comprehension type", 1, "match (v) return [x in [1] | x]", "slots 1..2: list"},
    {"string concatenation", 1, "match (v) return 'a' + 'b'", "type: string"},
    /* Errors. */
    {"unknown name", 1, "match (vpc) return vcp",
     "1:20: unknown name 'vcp' (did you mean 'vpc'?)"},
    {"unknown name without a guess", 1, "match (v) return zzzzzz",
     "1:18: unknown name 'zzzzzz'"},
    {"name of a parameter", 0, Q("  param p: bool = true\n  check subject 'a' expect p message 'm'\n"),

     "4:28: unknown name 'p' (parameters are written $p)"},
    {"name of a function", 1, "match (v) return region",
     "1:18: 'region' is a function: call it as region(...)"},
    {"unknown function", 1, "match (v) return regoin(v)",
     "1:18: unknown function regoin() (did you mean region()?)"},
    {"too few arguments", 1, "match (v) return region()",
     "1:18: region() takes 1 argument, given 0"},
    {"too many arguments", 1, "match (v) return scope_regions([], [])",
     "1:18: scope_regions() takes 0 to 1 arguments, given 2"},
    {"argument type", 1, "match (v: aws_vpc) return lower(v)",
     "1:33: lower() expects a string as argument 1, found a node"},
    {"def defined later", 1, "def f() = g()\ndef g() = 1\nmatch (v) return f()",
     "1:11: g() is defined later; a def can only call the defs before it"},
    {"def arity", 1, "def f(a) = a\nmatch (v) return f()",
     "2:18: f() takes 1 argument, given 0"},
    {"def named like a built-in", 1, "def region(a) = a\nmatch (v) return v",
     "1:5: region() is a built-in function; pick another name"},
    {"bound twice", 1, "match (v) let v = 1 return v",
     "1:19: 'v' is already bound here; pick another name"},
    {"arithmetic on a string", 1, "match (v) return 'a' - 1",
     "1:18: arithmetic needs numbers, found a string and a number"},
    {"never equal", 1, "match (v) return 1 == 'a'",
     "1:18: comparing a number with a string is never true"},
    {"ordering a node", 1, "match (v) return v < 1",
     "1:18: '<' and '>' compare two numbers or two strings, found a node and a number"},
    {"regex on a number", 1, "match (v) return 1 =~ 'a'",
     "1:18: '=~' matches a string against a regular expression, found a number and a string"},
    {"bad regex", 1, "match (v) return 'a' =~ '['",
     "1:25: bad regular expression: missing terminating ] for character class (at byte 1 of the pattern)"},
    {"in a number", 1, "match (v) return 1 in 2",
     "1:18: 'in' needs a list or a string on its right, found a number"},
    {"attribute of a number", 1, "match (v) return (1).x",
     "1:19: '.x' reads an attribute, but this is a number"},
    {"where not a condition", 1, "match (v) where 1 return v",
     "1:17: 'where' needs true or false, found a number"},
    {"pattern where not a condition", 1, "match (v where 'a') return v",
     "1:16: a node pattern's 'where' needs true or false, found a string"},
    {"unknown parameter", 1, "match (v) return $nope",
     "1:18: unknown parameter $nope (declare it with 'param nope: TYPE = DEFAULT')"},
    {"default of the wrong type", 0,
     Q("  param p: number = 'a'\n  check subject 'a' expect true message 'm'\n"),
     "3:21: the default of 'p' must be a number literal"},
    {"edge used as a node", 1, "match (a) -[e: ref]-> (b), (e) return a",
     "1:28: 'e' is a edge, not a node"},
    {"generator over a number", 1, "match (v) return [x in 1 | x]",
     "1:24: 'x in ...' needs a list, found a number"},
};

static const char *case_name(const void *row) { return ((const check_case *)row)->name; }

/* How the checker bound n, and its type. */
static void describe(const qnode *n, char *buf, size_t cap) {
  const char *t = vtype_name(n->type);
  switch (n->kind) {
  case N_NAME:
    if (n->u.name.query_let) snprintf(buf, cap, "let %d: %s", n->u.name.slot, t);
    else snprintf(buf, cap, "name slot %d: %s", n->u.name.slot, t);
    return;
  case N_CALL:
    if (n->u.call.builtin >= 0)
      snprintf(buf, cap, "builtin %s: %s", qfuncs[n->u.call.builtin].name, t);
    else
      snprintf(buf, cap, "def %d: %s", n->u.call.def, t);
    return;
  case N_PARAM: snprintf(buf, cap, "param %d: %s", n->u.param.index, t); return;
  case N_EXISTS: case N_ALL: case N_COUNT: case N_COMPREHENSION:
    snprintf(buf, cap, "slots %d..%d: %s", n->u.quant.first_slot, n->u.quant.end_slot, t);
    return;
  default: snprintf(buf, cap, "type: %s", t);
  }
}

static void test_check(void **state) {
  const check_case *c = *state;
  pg_diags *d = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  qquery *q = NULL;
  char got[600];
  if (qquery_parse(&q, "case.pgq", c->src, strlen(c->src), c->adhoc, NULL, d) == PG_OK) {
    const qcheck *k = &q->checks[0];
    describe(k->n_returns ? k->returns[0] : k->expect, got, sizeof got);
  } else {
    assert_true(pg_diags_count(d) > 0);
    const pg_diag *e = pg_diags_get(d, 0);
    snprintf(got, sizeof got, "%u:%u: %s", e->line, e->column, e->message);
  }
  if (strcmp(got, c->want) != 0) fprintf(stderr, "  {\"%s\" gives \"%s\"}\n", c->name, got);
  assert_string_equal(got, c->want);
  qquery_free(q);
  pg_diags_free(d);
}

int main(void) {
  return run_case_table("checker", cases, sizeof cases[0], sizeof cases / sizeof cases[0],
                        case_name, test_check);
}
