/* The query parser alone (qparse_query, without the checker): one test per
 * case, named by the case. Accepted forms give the kind of the first
 * returned expression (or of the first check's expect); rejected ones give
 * their first error, exactly, as "line:column: message". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "case_table.h"
#include "query/qparse.h"

typedef struct parse_case {
  const char *name;
  int adhoc;
  const char *src;
  const char *want;   /* node kind name of the first return/expect, or the error */
} parse_case;

/* Two queries in one file. */
#define SECOND_QUERY                                                         \
  "query x\n  title 'a'\ncheck subject 'a' expect true message 'm'\n"       \
  "query y\n  title 'b'\ncheck subject 'b' expect true message 'm'\n"

static const parse_case cases[] = {
    /* Accepted forms. */
    {"pattern and return", 1, "match (v: aws_vpc) return v", "name"},
    {"edge both ways", 1, "match (a) <-[ref vpc_id]- (b: aws_subnet) -- (c) return a", "name"},
    {"in is its own node kind", 1, "match (v) return 'a' in ['a']", "'in' test"},
    {"not in", 1, "match (v) return 1 not in [2]", "not"},
    {"binary operator", 1, "match (v) return 1 + 2 * 3", "binary operator"},
    {"call", 1, "match (v) return region(v)", "call"},
    {"template", 1, "match (v) return 'x {v} y'", "template"},
    {"comprehension", 1, "match (v) return [x in [1, 2] where x > 1 | x * 2]",
     "list comprehension"},
    {"pattern comprehension", 1, "match (v) return [(s: aws_subnet) -[link]-> (v)]",
     "list comprehension"},
    {"quantifier", 1, "match (v) return exists { (s) -[ref]-> (v) where true }", "exists"},
    {"all satisfy", 1, "match (v) return all { x in [1] satisfy x > 0 }", "all"},
    {"if then else", 1, "match (v) return if true then 1 else 2", "if"},
    {"splat and index", 1, "match (v) return v.route[*].cidr_block[0]", "index"},
    {"parameter", 1, "match (v) return $p", "parameter"},
    {"whole query", 0,
     "query vpc-ok\n  title \"t\"\n  severity high\n  param p: list<number> = [1]\n"
     "  def f(a) = a\n  let g = 1\n"
     "check for each (v: aws_vpc) where true\n  let x = v\n  subject \"{v}\"\n"
     "  expect f(x) == x\n  message \"m\"\n",
     "binary operator"},
    /* Errors, each at its line:column. */
    {"keyword as a name", 1, "match (in: aws_vpc) return in", "1:8: 'in' is a keyword, not a name"},
    {"chained comparison", 1, "match (v) return 1 < 2 < 3",
     "1:24: comparisons do not chain: write 'a < b and b < c'"},
    {"missing expression", 1, "match (v) return",
     "1:17: expected an expression, found end of file"},
    {"unclosed placeholder", 1, "match (v) return 'a{'",
     "1:20: unclosed '{' in string (write \\{ for a brace)"},
    {"empty placeholder", 1, "match (v) return '{}'",
     "1:19: empty placeholder '{}'"},
    {"edge without a node", 1, "match (v) -[ref]- return v",
     "1:19: expected '(', found 'return'"},
    {"check without message", 0, "query x\ncheck\n  subject 'a'\n  expect true\n",
     "5:1: expected 'message' (a check needs subject, expect and message), found end of file"},
    {"unknown severity", 0, "query x\n  title 'a'\n  severity extreme\n",
     "3:12: expected a severity (critical, high, medium, low), found 'extreme'"},
    {"list of bool", 0, "query x\n  title 'a'\n  param p: list<bool>\n",
     "3:17: expected 'string' or 'number', found 'bool'"},
    {"second title", 0, "query x\n  title 'a'\n  title 'b'\n",
     "3:3: a second 'title'"},
    {"no title", 0, "query x\n  check subject 'a' expect true message 'm'\n",
     "1:1: query 'x' has no 'title'"},
    {"second query", 0, SECOND_QUERY,
     "4:1: a second 'query' in one file: put each query in a .pgq file of its own"},
    {"bad character", 1, "match (v) @",
     "1:11: expected 'return' and the columns to show, found '@', a character the language does not use"},
    {"lone dollar", 1, "match (v) return $",
     "1:18: '$' must start a parameter name ($allowed_regions)"},
    {"attribute name", 1, "match (v) return v.1",
     "1:20: expected an attribute name after '.', found '1'"},
    {"column name", 1, "match (v) return v as",
     "1:22: expected a column name after 'as', found end of file"},
    {"let without a name", 0, "query x\n  title 'a'\n  let = 3\n",
     "3:7: expected a name after 'let', found '='"},
    {"unknown clause", 0, "query x\n  title 'a'\n  frobnicate\n",
     "3:3: expected a clause (title, severity, description, skip, param, def, check), found 'frobnicate'"},
    {"bad edge kind", 1, "match (a)-[ref|bogus]->(b) return a",
     "1:15: expected an edge kind after '|', found '|'"},
    {"unterminated string", 1, "match (v) return 'abc",
     "1:18: unterminated string"},
    {"nothing to run", 1, "def f(a) = a",
     "1:13: expected 'match ... return ...' or a 'check'"},
    {"two matches", 1, "match (v) return v\nmatch (w) return w",
     "2:1: only one 'match' per query"},
};

static const char *case_name(const void *row) { return ((const parse_case *)row)->name; }

/* What the case gives: a node kind name or "line:column: message". */
static void outcome(const parse_case *c, char *buf, size_t cap) {
  pg_diags *d = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  qquery *q = calloc(1, sizeof *q);
  assert_non_null(q);
  arena_init(&q->mem);
  q->file = "case.pgq";
  q->src = c->src;
  q->src_len = (uint32_t)strlen(c->src);
  if (qparse_query(q, c->adhoc, d) == PG_OK) {
    const qcheck *k = &q->checks[0];
    const qnode *n = k->n_returns ? k->returns[0] : k->expect;
    snprintf(buf, cap, "%s", qnode_kind_name(n->kind));
  } else {
    assert_true(pg_diags_count(d) > 0);
    const pg_diag *e = pg_diags_get(d, 0);
    snprintf(buf, cap, "%u:%u: %s", e->line, e->column, e->message);
  }
  q->file = q->src = NULL; /* not the arena's: nothing to free */
  qquery_free(q);
  pg_diags_free(d);
}

static void test_parse(void **state) {
  const parse_case *c = *state;
  char got[600];
  outcome(c, got, sizeof got);
  if (strcmp(got, c->want) != 0) fprintf(stderr, "  {\"%s\" gives \"%s\"}\n", c->name, got);
  assert_string_equal(got, c->want);
}

/* Nesting is bounded, with an error rather than a stack overflow. */
static void test_nesting_limit(void **state) {
  (void)state;
  char src[1000] = "match (v) return ";
  size_t n = strlen(src);
  for (int i = 0; i < 201; i++) src[n++] = '(';
  src[n++] = '1';
  src[n] = '\0';
  parse_case c = {"deep", 1, src, "1:218: expression nested more than 200 deep"};
  char got[600];
  outcome(&c, got, sizeof got);
  assert_string_equal(got, c.want);
}

/* A second 'query' is told once, and nothing after it is read: the
 * parser used to stop at the clause word, fail on it again and again, and
 * give up after ten copies of the same error. */
static void test_second_query_told_once(void **state) {
  (void)state;
  pg_diags *d = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  qquery *q = calloc(1, sizeof *q);
  assert_non_null(q);
  arena_init(&q->mem);
  q->file = "case.pgq";
  q->src = SECOND_QUERY;
  q->src_len = (uint32_t)strlen(q->src);
  assert_int_not_equal(qparse_query(q, 0, d), PG_OK);
  assert_int_equal(pg_diags_count(d), 1);
  q->file = q->src = NULL;
  qquery_free(q);
  pg_diags_free(d);
}

/* Every keyword of the language is refused as a name, and a name that
 * only starts or ends like one is not (the parser finds keywords by a
 * search of a sorted table: a word out of order would be missed). */
static void test_keywords_refused(void **state) {
  (void)state;
  static const char *const keywords[] = {
      "and", "or", "not", "in", "true", "false", "null", "exists", "all", "if",
      "then", "else", "where", "satisfy", "for", "each", "let", "subject",
      "expect", "message", "return", "match", "check", "def"};
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
    char src[120], want[120], got[600];
    snprintf(src, sizeof src, "match (%s: aws_vpc) return 1", keywords[i]);
    parse_case c = {keywords[i], 1, src, want};
    if (strcmp(keywords[i], "where") == 0) {
      snprintf(want, sizeof want, "1:13: expected an expression, found ':'");
    } else {
      snprintf(want, sizeof want, "1:8: '%s' is a keyword, not a name", keywords[i]);
    }
    outcome(&c, got, sizeof got);
    assert_string_equal(got, want);
    snprintf(src, sizeof src, "match (%sx: aws_vpc) -- (x%s) return 1", keywords[i], keywords[i]);
    outcome(&c, got, sizeof got);
    assert_string_equal(got, "number");
  }
}

int main(void) {
  const struct CMUnitTest whole[] = {cmocka_unit_test(test_keywords_refused),
                                     cmocka_unit_test(test_nesting_limit),
                                     cmocka_unit_test(test_second_query_told_once)};
  int failed = run_case_table("parser", cases, sizeof cases[0], sizeof cases / sizeof cases[0],
                              case_name, test_parse);
  return failed + cmocka_run_group_tests(whole, NULL, NULL);
}
