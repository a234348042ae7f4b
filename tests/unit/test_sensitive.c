/* Sensitive values through the query language (docs/query-language.md,
 * "Sensitive values"): one named case per operator, built-in and
 * quantifier that computes something from a secret, each run as an ad-hoc
 * query on samples/secrets (whose aws_ssm_parameter.signing_key value is
 * the sensitive "PGSECRET-ssm-new-value") and compared row by row; the
 * same expressions on plain values are the control, so a case cannot pass
 * by masking everything. Then every refusal with its exact message. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "case_table.h"
#include "helpers.h"

typedef struct scase {
  const char *name;
  const char *ret;    /* the return list, over p (the signing key) and s (its value) */
  const char *want;   /* the row; NULL when the query must fail */
  const char *error;  /* the whole error message, when it must fail */
} scase;

#define S "(sensitive)"

static const scase cases[] = {
    /* Operators: the secret on one side, a plain value as the control. */
    {"eq", "s == 'PGSECRET-ssm-new-value', 'a' == 'a'", S "|true", NULL},
    {"ne", "s != 'x', 'a' != 'a'", S "|false", NULL},
    {"lt", "s < 'Q', 'a' < 'b'", S "|true", NULL},
    {"le_ge_gt", "s <= 'Q', s >= 'Q', s > 'Q', 'b' > 'a'", S "|" S "|" S "|true", NULL},
    {"match", "s =~ '^PGS', s !~ '^x', 'ab' =~ '^a'", S "|" S "|true", NULL},
    {"in_string", "'new' in s, 'b' in 'abc'", S "|true", NULL},
    {"in_list", "'x' in [s], s in ['x'], 'x' in ['x']", S "|" S "|true", NULL},
    {"eq_list_holding_secret", "[s] == ['x'], [1] == [1]", S "|true", NULL},
    {"not", "not (s == 'x'), not false", S "|true", NULL},
    {"and_or", "s == 'x' or true, true and s == 'x', false and s == 'x', true or s == 'x'",
     S "|" S "|false|true", NULL},
    {"if", "if s == 'x' then 1 else 2, if true then 1 else 2", S "|1", NULL},
    {"arith_index", "length(s) + 1, s[0], [1, 2][length(s) - 21]", S "|" S "|" S, NULL},
    /* Built-ins: tests and numbers of a secret, or of a list holding one. */
    {"starts_ends_with", "starts_with(s, 'PG'), ends_with(s, 'e'), starts_with('ab', 'a')",
     S "|" S "|true", NULL},
    {"contains_glob", "contains(s, 'new'), contains([s], 'x'), glob(s, 'PG*'), glob('ab', 'a*')",
     S "|" S "|" S "|true", NULL},
    {"cidr_contains", "cidr_contains('10.0.0.0/8', s), cidr_contains('10.0.0.0/8', '10.1.0.0/16')",
     S "|true", NULL},
    {"is_null", "is_null(s), is_null([x in ['a'] where s == x]), is_null([])",
     "false|" S "|true", NULL},
    {"length_count", "length(s), length(split(s, '-')), count(split(s, '-')), length('abc')",
     S "|" S "|" S "|3", NULL},
    {"number_sum_join", "number(s), sum([length(s)]), join([s, 'x'], ','), join(['a', 'b'], ',')",
     S "|" S "|" S "|a,b", NULL},
    {"known_default", "known(s == 'x'), default(null, s), known(1)", S "|" S "|true", NULL},
    /* known() and unknown() of a list or record that holds a secret tell of
     * the holder only, as is_null() does: not marked. */
    {"known_of_holder", "known([s]), unknown([s]), known({k: s}), unknown({k: [s]})",
     "true|false|true|false", NULL},
    /* A sensitive string is not opened: no field of it comes out unmarked. */
    {"json_decode", "json_decode(s), json_decode(s).a, json_decode(r'{\"a\": 1}').a", S "|" S "|1", NULL},
    {"sensitive_asks_the_mark", "sensitive(s), sensitive(s == 'x'), sensitive('a')",
     "true|true|false", NULL},
    /* setting() is always sensitive, and so is comparing two of them;
     * same_setting() holds two blocks against each other and is not. */
    {"setting_same_setting",
     "setting(provider(p), 'region') == setting(provider(p), 'region'), "
     "same_setting('region', provider(p), provider(p)), "
     "sensitive(same_setting('secret_key', provider(p), provider(p)))",
     S "|true|false", NULL},
    /* Quantifiers and comprehensions. */
    {"exists", "exists { x in ['P', 'Q'] where s[0] == x }, exists { x in [1] where x == 1 }",
     S "|true", NULL},
    {"all", "all { x in ['P'] satisfy s[0] == x }, all { x in [1] satisfy x == 1 }", S "|true",
     NULL},
    {"count_quantifier", "count { x in ['P', 'Q'] where s[0] == x }, count { x in [s] }, "
     "count { x in [1, 2] }", S "|" S "|2", NULL},
    {"comprehension_where", "[c in ['P', 'Q'] where s[0] == c | c], [c in ['P'] | c + s], "
     "[c in ['P', 'Q'] where c == 'P' | c]", S "|" S "|P", NULL},
    {"oracle", "join([i in [0, 1] | join([c in ['P', 'G'] where s[i] == c | c], '')], '')", S,
     NULL},
    {"template", "'<{s}>', '<{s == \"x\"}>', '<{1}>'", "<" S ">|<" S ">|<1>", NULL},
    /* paths() and keys(): names under a sensitive mark stay hidden. */
    {"keys_paths", "keys(split(s, '-')), paths(split(s, '-'), '*'), paths(p, 'value*')",
     S "|" S "|value, value_wo", NULL},
    /* Refusals, verbatim. */
    {"refuse_where", "p where s == 'x'", NULL,
     "case:1:67: `where` depends on a sensitive value; which rows a query returns may not"},
    {"refuse_for_each", "x from split", NULL,
     "case:1:68: the list of `for each` or `match` depends on a sensitive value; which "
     "subjects or rows exist may not"},
    {"refuse_sort", "sort([s, 'a'])", NULL,
     "case:1:84: a sort() element depends on a sensitive value; an order may not"},
    {"refuse_distinct", "distinct([s, 'a'])", NULL,
     "case:1:84: a distinct() element depends on a sensitive value; what is grouped by may "
     "not"},
    {"refuse_group", "group([[s, 1]])", NULL,
     "case:1:84: a group() key depends on a sensitive value; what is grouped by may not"},
    {"refuse_pattern_where", "!match (p: aws_ssm_parameter where p.value == 'x') return p", NULL,
     "case:1:35: a pattern's `where` depends on a sensitive value; what a pattern matches may "
     "not (test the value in `expect`)"},
    {"refuse_subject", "!check for each (p: aws_ssm_parameter) subject '{p} {p.value}' "
     "expect true message 'm'", NULL,
     "case:1:47: the subject's name depends on a sensitive value; a subject's name may not "
     "(name it by its resource)"},
    /* A check's `where` on a secret: every candidate is a subject,
     * whatever the value, undecided unless it passes (which subjects a
     * check has may not tell the secret; a refusal stopped every report). */
    {"check_where_on_secret", "!check for each (p: aws_ssm_parameter where name(p) == 'signing_key') "
     "where length(p.value) > 3 subject '{p}' expect false message 'm'",
     "aws_ssm_parameter.signing_key|unknown|undecided: whether the check applies to it depends "
     "on a value the plan marks sensitive (which subjects a check has may not depend on a secret)",
     NULL},
    /* An expect may test a secret; its message shows no derived value. */
    {"expect_on_secret", "!check for each (p: aws_ssm_parameter where name(p) == 'signing_key') "
     "subject '{p}' expect p.value == 'x' message 'is {p.value} {p.value == \"x\"} "
     "{[c in [\"P\"] where p.value[0] == c | c]}'",
     "aws_ssm_parameter.signing_key|fail|is " S " " S " " S, NULL},
};

static const char *case_name(const void *row) { return ((const scase *)row)->name; }

/* The query text of a case: most return over p and s; the refusals of a
 * `where` and a list generator need their clause in place; a ret starting
 * with '!' is the whole query. */
static void query_of(const scase *c, char *q, size_t cap) {
  if (c->ret && c->ret[0] == '!') {
    snprintf(q, cap, "%s", c->ret + 1);
    return;
  }
  const char *head = "match (p: aws_ssm_parameter where name(p) == 'signing_key') ";
  if (strcmp(c->name, "refuse_where") == 0)
    snprintf(q, cap, "%swhere p.value == 'x' return p", head);
  else if (strcmp(c->name, "refuse_for_each") == 0)
    snprintf(q, cap, "%s, x in split(p.value, '-') return x", head);
  else
    snprintf(q, cap, "%slet s = p.value return %s", head, c->ret);
}

static void run_case(void **state) {
  const scase *c = *state;
  char q[1024], got[4096] = "";
  query_of(c, q, sizeof q);
  pg_graph *g = load_sample("secrets", 0);
  pg_diags *d = NULL;
  pg_table *t = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  pg_check_options opts = {2000000, 0, 0};
  int rc = pg_query_run(g, "case", q, strlen(q), &opts, &t, d);
  if (c->want) {
    if (rc != PG_OK) fprintf(stderr, "%s: %s\n", q, pg_diags_get(d, 0)->message);
    assert_int_equal(rc, PG_OK);
    assert_int_equal(pg_table_rows(t), 1);
    size_t n = 0;
    for (size_t col = 0; col < pg_table_columns(t); col++)
      n += (size_t)snprintf(got + n, sizeof got - n, "%s%s", col ? "|" : "",
                            pg_table_text(t, 0, col));
    assert_string_equal(got, c->want);
    assert_null(strstr(got, "PGSECRET"));
  } else {
    assert_int_not_equal(rc, PG_OK);
    assert_true(pg_diags_count(d) > 0);
    /* The place is the diagnostic's, said once: file:line:col, message. */
    const pg_diag *e = pg_diags_get(d, 0);
    char placed[512];
    snprintf(placed, sizeof placed, "%s:%u:%u: %s", e->file, e->line, e->column, e->message);
    assert_string_equal(placed, c->error);
    assert_non_null(e->snippet);
  }
  pg_table_free(t);
  pg_diags_free(d);
  pg_graph_free(g);
}

int main(void) {
  return run_case_table("sensitive", cases, sizeof cases[0], sizeof cases / sizeof cases[0],
                        case_name, run_case);
}
